import Link from "next/link";
import type { ReactNode } from "react";
import type { TAttempt, TLadderResponse, TLadderStepView } from "../schema";
import { AttemptHistory } from "./attempt-history";
import { DistressSparkline } from "./sparkline";
import { StepStatus } from "./step-status";

const linkClass =
  "font-semibold text-brand-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

/**
 * The ladder as an ordered list, first (easiest) step first. Shared by the client and therapist
 * pages and the template preview; each fills the per-step and per-attempt slots with what its
 * role may do. The therapist reads the client's words openly; the client opens their own.
 */
export function LadderView({
  ladder,
  timeZone,
  viewer,
  stepHeadingLevel = 2,
  renderStepActions,
  renderAttemptExtra,
}: {
  ladder: TLadderResponse;
  timeZone: string;
  viewer: "client" | "therapist";
  /** 2 on the ladder pages; deeper where the ladder sits inside another section (a preview). */
  stepHeadingLevel?: 2 | 4;
  renderStepActions?: (step: TLadderStepView, attempts: TAttempt[]) => ReactNode;
  renderAttemptExtra?: (attempt: TAttempt) => ReactNode;
}) {
  const StepHeading = stepHeadingLevel === 2 ? "h2" : "h4";
  const AttemptsHeading = stepHeadingLevel === 2 ? "h3" : "h5";
  const historyBase = `${viewer === "client" ? "/portal" : "/therapist"}/ladders/${ladder.assignmentId}/steps`;
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
                {step.masteredBy === "therapist" ? (
                  <span className="text-xs text-slate-700">
                    Marked mastered by {viewer === "client" ? "your therapist" : "you"}
                  </span>
                ) : null}
              </div>
              <StepHeading id={`step-${step.id}`} className="text-lg font-semibold text-slate-900">
                {step.title}
              </StepHeading>
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
                  <AttemptsHeading className="text-sm font-semibold text-slate-900">
                    Attempts
                  </AttemptsHeading>
                  <AttemptHistory
                    attempts={attempts}
                    timeZone={timeZone}
                    detailed={viewer === "therapist"}
                    renderExtra={renderAttemptExtra}
                  />
                  {step.attempts > attempts.length ? (
                    // Bounded page, nothing hidden: the step's full history is a link away.
                    <p className="text-sm text-slate-700">
                      Showing the newest {attempts.length} of {step.attempts}.{" "}
                      <Link href={`${historyBase}/${step.id}`} className={linkClass}>
                        See all {step.attempts} attempts
                        <span className="sr-only"> on “{step.title}”</span>
                      </Link>
                    </p>
                  ) : null}
                </div>
              ) : null}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
