"use client";

import { useRef, useState } from "react";
import { FeedbackForm } from "~/features/feedback/components/feedback-form";
import { FeedbackList } from "~/features/feedback/components/feedback-list";
import { MarkReviewedButton } from "~/features/feedback/components/mark-reviewed-button";
import type { TAttempt } from "../schema";
import { formatWhen } from "./format";

/** Under one of the client's attempts: the therapist's feedback, to read and reply to. */
export function ClientAttemptFeedback({
  attempt,
  timeZone,
}: {
  attempt: TAttempt;
  timeZone: string;
}) {
  if (attempt.feedback.length === 0) return null;
  return (
    <section aria-label="Feedback from your therapist" className="mt-3 flex flex-col gap-2">
      <p className="text-sm font-semibold text-slate-900">From your therapist</p>
      <FeedbackList items={attempt.feedback} timeZone={timeZone} canReply />
    </section>
  );
}

/**
 * Under one attempt on the therapist's pages: the thread so far, and new feedback behind a
 * disclosure, so a long history is not a wall of textareas. Names carry the step and the date:
 * a screen reader's list of regions and fields tells the attempts apart.
 */
export function TherapistAttemptFeedback({
  attempt,
  stepTitle,
  timeZone,
}: {
  attempt: TAttempt;
  stepTitle: string;
  timeZone: string;
}) {
  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const which = `“${stepTitle}”, ${formatWhen(attempt.startedAt, timeZone)}`;
  return (
    <div className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3">
      {attempt.feedback.length > 0 ? (
        <section aria-label={`Feedback on ${which}`}>
          <FeedbackList items={attempt.feedback} timeZone={timeZone} />
        </section>
      ) : null}
      {attempt.completedAt || attempt.stoppedAt ? (
        <MarkReviewedButton
          target={{ attemptId: attempt.id }}
          reviewedAt={attempt.reviewedAt}
          what={`: ${which}`}
          timeZone={timeZone}
        />
      ) : null}
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary
          ref={summary}
          className="cursor-pointer font-semibold text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          Leave feedback<span className="sr-only"> on {which}</span>
        </summary>
        <div className="mt-2">
          <FeedbackForm
            target={{ attemptId: attempt.id }}
            label={`Your feedback on ${which}`}
            onSent={() => {
              // Sent: the thread above shows it; the form folds away and focus stays nearby.
              setOpen(false);
              summary.current?.focus();
            }}
          />
        </div>
      </details>
    </div>
  );
}
