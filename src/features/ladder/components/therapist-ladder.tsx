"use client";

import type { TLadderResponse } from "../schema";
import { TherapistAttemptFeedback } from "./attempt-feedback";
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
      viewer="therapist"
      renderStepActions={(step) =>
        step.status === "current" && ladder.status !== "ENDED" ? (
          <div className="flex flex-col gap-2">
            {step.suggestMastery ? (
              <p className="text-sm text-emerald-900">
                The last attempts peaked at or below {step.expectedDistress} and ended at or below{" "}
                {ladder.targetDistress}: the app is suggesting the next step to your client.
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
        <TherapistAttemptFeedback
          attempt={attempt}
          stepTitle={ladder.steps.find((s) => s.id === attempt.stepId)?.title ?? ""}
          timeZone={timeZone}
        />
      )}
    />
  );
}
