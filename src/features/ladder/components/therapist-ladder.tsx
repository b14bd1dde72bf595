"use client";

import { FeedbackForm } from "~/features/feedback/components/feedback-form";
import { FeedbackList } from "~/features/feedback/components/feedback-list";
import type { TLadderResponse } from "../schema";
import { LadderView } from "./ladder-view";
import { MarkMasteredButton } from "./mark-mastered-button";

/** Read-only ladder with the client's words, plus moving the ladder on for the current step. */
export function TherapistLadder({
  ladder,
  timeZone,
}: {
  ladder: TLadderResponse;
  timeZone: string;
}) {
  return (
    <LadderView
      ladder={ladder}
      timeZone={timeZone}
      detailedAttempts
      renderStepActions={(step) =>
        step.status === "current" && ladder.status !== "ENDED" ? (
          <div className="flex flex-col gap-2">
            {step.suggestMastery ? (
              <p className="text-sm text-emerald-900">
                The last attempts ended at or below {ladder.targetDistress}: the app is suggesting
                the next step to your client.
              </p>
            ) : null}
            <MarkMasteredButton
              assignmentId={ladder.assignmentId}
              stepId={step.id}
              stepTitle={step.title}
              completedAttempts={step.completedAttempts}
              audience={{ role: "therapist", clientName: ladder.clientName }}
            />
          </div>
        ) : null
      }
      renderAttemptExtra={(attempt) => (
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
      )}
    />
  );
}
