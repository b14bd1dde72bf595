import type { ReactNode } from "react";
import type { TAttempt, TLadderResponse, TLadderStepView } from "../schema";
import { AttemptHistory } from "./attempt-history";
import { DistressSparkline } from "./sparkline";
import { StepStatus } from "./step-status";

/**
 * The ladder as an ordered list, first (easiest) step first. Shared by the client and therapist
 * pages; each fills the per-step and per-attempt slots with what its role may do.
 */
export function LadderView({
  ladder,
  timeZone,
  detailedAttempts = false,
  renderStepActions,
  renderAttemptExtra,
}: {
  ladder: TLadderResponse;
  timeZone: string;
  detailedAttempts?: boolean;
  renderStepActions?: (step: TLadderStepView, attempts: TAttempt[]) => ReactNode;
  renderAttemptExtra?: (attempt: TAttempt) => ReactNode;
}) {
  return (
    <ol className="flex flex-col gap-4" aria-label="Ladder steps, easiest first">
      {ladder.steps.map((step, index) => {
        const attempts = ladder.attempts.filter((a) => a.stepId === step.id);
        const completed = attempts.filter((a) => a.completedAt !== null);
        const border =
          step.status === "current"
            ? "border-sky-500 ring-2 ring-sky-200"
            : step.status === "done"
              ? "border-emerald-300"
              : "border-slate-200 bg-slate-50";
        return (
          <li key={step.id} className={`rounded-xl border bg-white p-4 shadow-sm ${border}`}>
            <section aria-labelledby={`step-${step.id}`} className="flex flex-col gap-3">
              <div className="flex flex-wrap items-center gap-2">
                <StepStatus status={step.status} />
                <span className="text-xs text-slate-700">Step {index + 1}</span>
              </div>
              <h2 id={`step-${step.id}`} className="text-lg font-semibold text-slate-900">
                {step.title}
              </h2>
              {step.description ? <p className="text-slate-700">{step.description}</p> : null}
              <p className="text-sm text-slate-700">
                Expected distress: <strong>{step.expectedDistress}</strong> / 100 ·{" "}
                {step.attempts === 1 ? "1 attempt" : `${step.attempts} attempts`}
              </p>
              {step.status === "upcoming" ? (
                <p className="text-sm text-slate-700">
                  Unlocks once the step before it is mastered.
                </p>
              ) : null}
              <DistressSparkline
                before={completed.map((a) => a.distressBefore)}
                after={completed.map((a) => a.afterDistress ?? 0)}
              />
              {renderStepActions?.(step, attempts)}
              {attempts.length > 0 ? (
                <div className="flex flex-col gap-2">
                  <h3 className="text-sm font-semibold text-slate-900">Attempts</h3>
                  <AttemptHistory
                    attempts={attempts}
                    timeZone={timeZone}
                    detailed={detailedAttempts}
                    renderExtra={renderAttemptExtra}
                  />
                </div>
              ) : null}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
