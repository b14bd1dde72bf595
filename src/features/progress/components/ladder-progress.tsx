import type { TLadderProgress } from "../schema";
import { LadderStepChart } from "./ladder-step-chart";

/** One ladder: a chart per step practised so far; the steps not started are named below. */
export function LadderProgress({
  ladder,
  timeZone,
}: {
  ladder: TLadderProgress;
  timeZone: string;
}) {
  const practised = ladder.steps.filter((s) => s.attempts.length > 0);
  const mastered = ladder.steps.filter((s) => s.masteredAt !== null).length;
  const notStarted = ladder.steps.filter((s) => s.attempts.length === 0 && !s.masteredAt);
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-lg font-semibold">
        {ladder.title}{" "}
        <span className="font-normal text-slate-700">
          · {mastered} of {ladder.steps.length} steps mastered
        </span>
      </h3>
      {practised.length === 0 ? (
        <p className="text-slate-700">No attempts recorded yet.</p>
      ) : (
        <div className="grid max-w-3xl gap-4">
          {practised.map((step) => (
            <LadderStepChart
              key={step.id}
              step={step}
              targetDistress={ladder.targetDistress}
              timeZone={timeZone}
            />
          ))}
        </div>
      )}
      {notStarted.length > 0 ? (
        <p className="text-sm text-slate-700">
          Not started: {notStarted.map((s) => `${s.position}. ${s.title}`).join("; ")}
        </p>
      ) : null}
    </div>
  );
}
