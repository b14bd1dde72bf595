"use client";

import { Alert } from "~/components/ui/alert";
import { MarkFeedbackSeen } from "~/features/feedback/components/mark-feedback-seen";
import type { TAttempt, TLadderResponse, TLadderStepView } from "../schema";
import { ClientAttemptFeedback } from "./attempt-feedback";
import { CompleteAttemptForm } from "./complete-attempt-form";
import { LadderView } from "./ladder-view";
import { MarkMasteredButton } from "./mark-mastered-button";
import { StartAttemptForm } from "./start-attempt-form";
import { StopAttemptForm } from "./stop-attempt-form";

/** The client's ladder: what they can do on each step right now. */
export function ClientLadder({
  ladder,
  timeZone,
  userId,
}: {
  ladder: TLadderResponse;
  timeZone: string;
  /** The signed-in client: unsent text in this tab is kept under their name. */
  userId: string;
}) {
  return (
    <div className="flex flex-col gap-4">
      <MarkFeedbackSeen items={ladder.attempts.flatMap((a) => a.feedback)} />
      {ladder.complete ? (
        <Alert tone="success">
          You have mastered every step on this ladder. You can still practise any of them.
        </Alert>
      ) : null}
      {ladder.status === "ENDED" ? (
        <Alert tone="info">This ladder has ended. You can still look back at your attempts.</Alert>
      ) : null}
      <LadderView
        ladder={ladder}
        timeZone={timeZone}
        viewer="client"
        renderAttemptExtra={(attempt) => (
          <ClientAttemptFeedback attempt={attempt} timeZone={timeZone} />
        )}
        renderStepActions={(step, attempts) =>
          ladder.status === "ENDED" ? null : (
            <StepActions
              ladder={ladder}
              step={step}
              attempts={attempts}
              timeZone={timeZone}
              userId={userId}
            />
          )
        }
      />
    </div>
  );
}

function StepActions({
  ladder,
  step,
  attempts,
  timeZone,
  userId,
}: {
  ladder: TLadderResponse;
  step: TLadderStepView;
  attempts: TAttempt[];
  timeZone: string;
  userId: string;
}) {
  if (step.status === "upcoming") return null;
  const open = attempts.find((a) => a.id === step.openAttemptId);
  const attemptForm = open ? (
    <div key={open.id} className="flex flex-col gap-3">
      <CompleteAttemptForm
        userId={userId}
        assignmentId={ladder.assignmentId}
        attemptId={open.id}
        startedAt={open.startedAt}
        timeZone={timeZone}
      />
      <StopAttemptForm userId={userId} assignmentId={ladder.assignmentId} attemptId={open.id} />
    </div>
  ) : (
    <StartAttemptForm
      key={`${step.id}-${attempts.length}`}
      userId={userId}
      assignmentId={ladder.assignmentId}
      stepId={step.id}
      again={step.status === "done"}
    />
  );
  if (step.status === "done") {
    // Practising a done step again is normal, but it should not crowd the current one.
    return open ? (
      attemptForm
    ) : (
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-brand-800">
          Practise this step again
        </summary>
        <div className="mt-3">{attemptForm}</div>
      </details>
    );
  }
  // Moving up needs at least one recorded attempt (the note below says so until there is one).
  const master =
    step.completedAttempts === 0 ? null : (
      <MarkMasteredButton
        assignmentId={ladder.assignmentId}
        stepId={step.id}
        stepTitle={step.title}
        completedAttempts={step.completedAttempts}
        audience={{ role: "client" }}
        variant={step.suggestMastery ? "primary" : "secondary"}
      />
    );
  return (
    <div className="flex flex-col gap-3">
      {step.suggestMastery ? (
        // The suggestion and the choice sit together; practising more stays just below.
        <div className="flex flex-col gap-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
          <p role="status" className="text-sm text-emerald-950">
            {step.masteryNote}
          </p>
          {master}
        </div>
      ) : step.masteryNote ? (
        // Why not yet, so the rule is never a mystery.
        <p className="text-sm text-slate-700">{step.masteryNote}</p>
      ) : null}
      {attemptForm}
      {step.suggestMastery ? null : master}
    </div>
  );
}
