"use client";

import { useMutation } from "@tanstack/react-query";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";
import { useLadderAction } from "./use-ladder-action";

/** Client or therapist moves the ladder on; the server only allows the current step. */
export function MarkMasteredButton({
  assignmentId,
  stepId,
  variant = "secondary",
}: {
  assignmentId: string;
  stepId: string;
  variant?: "primary" | "secondary";
}) {
  const trpc = useTRPC();
  const mark = useMutation(trpc.ladder.markMastered.mutationOptions());
  const { run, pending, message } = useLadderAction();
  return (
    <div className="flex flex-col gap-2">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Button
        variant={variant}
        disabled={pending}
        className="self-start"
        onClick={() => void run(() => mark.mutateAsync({ assignmentId, stepId }))}
      >
        {pending ? "Saving…" : "Mark this step mastered"}
      </Button>
    </div>
  );
}
