import type { ReactNode } from "react";
import type { TAttempt } from "../schema";
import { FEARED_OUTCOME_TEXT, formatWhen } from "./format";

const dash = (n: number | null) => (n === null ? "–" : String(n));

/**
 * A step's attempts, newest first. `detailed` shows the client's words openly (therapist view);
 * otherwise they sit behind a disclosure so the history stays short on a phone.
 */
export function AttemptHistory({
  attempts,
  timeZone,
  detailed = false,
  renderExtra,
}: {
  attempts: readonly TAttempt[];
  timeZone: string;
  detailed?: boolean;
  renderExtra?: (attempt: TAttempt) => ReactNode;
}) {
  if (attempts.length === 0) return null;
  return (
    <ol className="flex flex-col gap-3">
      {[...attempts].reverse().map((a) => {
        const words = <AttemptWords attempt={a} />;
        return (
          <li key={a.id} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">
              {formatWhen(a.startedAt, timeZone)}
              {a.stoppedAt ? (
                <span className="ml-2 text-slate-700">(stopped this time)</span>
              ) : a.completedAt ? null : (
                <span className="ml-2 text-sky-800">(in progress)</span>
              )}
            </p>
            {a.stoppedAt ? (
              <p className="text-slate-700">Distress before {a.distressBefore}</p>
            ) : (
              <p className="text-slate-700">
                Distress before {a.distressBefore} → peak {dash(a.peakDistress)} → after{" "}
                {dash(a.afterDistress)}
              </p>
            )}
            {a.fearedOutcome ? (
              <p className="text-slate-700">{FEARED_OUTCOME_TEXT[a.fearedOutcome]}</p>
            ) : null}
            {detailed ? (
              words
            ) : (
              <details className="mt-1">
                <summary className="cursor-pointer font-medium text-brand-800">
                  What you wrote
                </summary>
                {words}
              </details>
            )}
            {renderExtra?.(a)}
          </li>
        );
      })}
    </ol>
  );
}

function AttemptWords({ attempt: a }: { attempt: TAttempt }) {
  return (
    <dl className="mt-2 grid gap-1 text-slate-800">
      <dt className="font-semibold">Prediction ({a.predictionConfidence}% likely)</dt>
      <dd className="whitespace-pre-wrap">{a.prediction}</dd>
      {a.whatHappened ? (
        <>
          <dt className="font-semibold">What actually happened</dt>
          <dd className="whitespace-pre-wrap">{a.whatHappened}</dd>
        </>
      ) : null}
      {a.confidenceAfter !== null ? (
        <>
          <dt className="font-semibold">How likely it felt afterwards, for next time</dt>
          <dd>{a.confidenceAfter}%</dd>
        </>
      ) : null}
      {a.learned ? (
        <>
          <dt className="font-semibold">What I learned</dt>
          <dd className="whitespace-pre-wrap">{a.learned}</dd>
        </>
      ) : null}
      {a.note ? (
        <>
          <dt className="font-semibold">Note</dt>
          <dd className="whitespace-pre-wrap">{a.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
