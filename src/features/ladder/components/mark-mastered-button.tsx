"use client";

import { useMutation } from "~/trpc/use-mutation";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { masteryQuestion, type TMasteryAudience } from "./format";

/**
 * Client or therapist moves the ladder on; the server only allows the current step. Mastering
 * cannot be taken back, so it asks first, inline: focus goes to the question, then back to the
 * button on Cancel or Escape. Once marked, the page re-renders from the server.
 */
export function MarkMasteredButton({
  assignmentId,
  stepId,
  stepTitle,
  completedAttempts,
  audience,
  variant = "secondary",
}: {
  assignmentId: string;
  stepId: string;
  stepTitle: string;
  completedAttempts: number;
  audience: TMasteryAudience;
  variant?: "primary" | "secondary";
}) {
  const mark = useMutation((api) => api.ladder.markMastered);
  return (
    <ConfirmButton
      variant={variant}
      label="Mark this step mastered"
      confirmLabel="Yes, mark it mastered"
      question={<p>{masteryQuestion(stepTitle, completedAttempts, audience)}</p>}
      onConfirm={() => mark.mutateAsync({ assignmentId, stepId })}
    />
  );
}
