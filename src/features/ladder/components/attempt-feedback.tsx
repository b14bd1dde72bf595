"use client";

import { FeedbackForm } from "~/features/feedback/components/feedback-form";
import { FeedbackList } from "~/features/feedback/components/feedback-list";
import type { TAttempt } from "../schema";

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
      <h4 className="text-sm font-semibold text-slate-900">From your therapist</h4>
      <FeedbackList items={attempt.feedback} timeZone={timeZone} canReply />
    </section>
  );
}

/** Under one attempt on the therapist's pages: the thread so far and new feedback. */
export function TherapistAttemptFeedback({
  attempt,
  timeZone,
}: {
  attempt: TAttempt;
  timeZone: string;
}) {
  return (
    <section
      aria-labelledby={`feedback-${attempt.id}`}
      className="mt-3 border-t border-slate-200 pt-2"
    >
      <h4 id={`feedback-${attempt.id}`} className="text-sm font-semibold text-slate-900">
        Feedback
      </h4>
      <div className="mt-2 flex flex-col gap-3">
        <FeedbackList items={attempt.feedback} timeZone={timeZone} />
        <FeedbackForm target={{ attemptId: attempt.id }} />
      </div>
    </section>
  );
}
