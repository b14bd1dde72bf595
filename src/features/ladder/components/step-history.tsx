"use client";

import { MarkFeedbackSeen } from "~/features/feedback/components/mark-feedback-seen";
import type { TStepAttemptsResponse } from "../schema";
import { ClientAttemptFeedback, TherapistAttemptFeedback } from "./attempt-feedback";
import { AttemptHistory } from "./attempt-history";

/** A page of one step's attempts, newest first, with what each role does under an attempt. */
export function StepHistory({
  page,
  timeZone,
  viewer,
}: {
  page: TStepAttemptsResponse;
  timeZone: string;
  viewer: "client" | "therapist";
}) {
  if (page.items.length === 0) {
    return <p className="text-slate-700">No attempts on this step yet.</p>;
  }
  return (
    <>
      {viewer === "client" ? (
        <MarkFeedbackSeen items={page.items.flatMap((a) => a.feedback)} />
      ) : null}
      <AttemptHistory
        // AttemptHistory takes them oldest first, as the ladder holds them.
        attempts={[...page.items].reverse()}
        timeZone={timeZone}
        detailed={viewer === "therapist"}
        renderExtra={(attempt) =>
          viewer === "client" ? (
            <ClientAttemptFeedback attempt={attempt} timeZone={timeZone} />
          ) : (
            <TherapistAttemptFeedback
              attempt={attempt}
              stepTitle={page.step.title}
              timeZone={timeZone}
            />
          )
        }
      />
    </>
  );
}
