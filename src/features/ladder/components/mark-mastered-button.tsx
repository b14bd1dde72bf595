"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
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
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.ladder.markMastered.mutationOptions());
  const [refreshing, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const pending = mark.isPending || refreshing;
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") cancel();
  }

  async function confirm() {
    setMessage(null);
    try {
      await mark.mutateAsync({ assignmentId, stepId });
      startTransition(() => router.refresh());
    } catch (error) {
      setMessage(readServerError(error).message);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {confirming ? (
        <div
          role="group"
          aria-labelledby={questionId}
          onKeyDown={onKeyDown}
          className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4"
        >
          <p
            id={questionId}
            ref={question}
            tabIndex={-1}
            className="text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          >
            {masteryQuestion(stepTitle, completedAttempts, audience)}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => void confirm()}>
              {pending ? "Saving…" : "Yes, mark it mastered"}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={trigger}
          variant={variant}
          className="self-start"
          onClick={() => setConfirming(true)}
        >
          Mark this step mastered
        </Button>
      )}
    </div>
  );
}
