import type { ReactNode } from "react";
import type { TAttempt } from "../schema";
import { FEARED_OUTCOME_TEXT, formatWhen } from "./format";

const dash = (n: number | null) => (n === null ? "–" : String(n));

export type TAttemptItemProps = {
  timeZone: string;
  /** Shows the client's words openly (therapist view); otherwise behind a disclosure. */
  detailed?: boolean;
  renderExtra?: (attempt: TAttempt) => ReactNode;
};

/** A step's attempts, newest first, so the history stays short on a phone. */
export function AttemptHistory({
  attempts,
  ...item
}: TAttemptItemProps & { attempts: readonly TAttempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <ol className="flex flex-col gap-3">
      {[...attempts].reverse().map((a) => (
        <AttemptItem key={a.id} attempt={a} {...item} />
      ))}
    </ol>
  );
}

/** One attempt as a list item: the numbers, then the client's words. */
export function AttemptItem({
  attempt: a,
  timeZone,
  detailed = false,
  renderExtra,
}: TAttemptItemProps & { attempt: TAttempt }) {
  const words = <AttemptWords attempt={a} />;
  return (
    <li className="rounded-lg border border-slate-200 p-3 text-sm">
      <p className="font-medium text-slate-900">
        {formatWhen(a.startedAt, timeZone)}
        {a.completedAt ? null : <span className="ml-2 text-sky-800">(in progress)</span>}
      </p>
      <p className="text-slate-700">
        Distress before {a.distressBefore} → peak {dash(a.peakDistress)} → after{" "}
        {dash(a.afterDistress)}
      </p>
      {a.fearedOutcome ? (
        <p className="text-slate-700">{FEARED_OUTCOME_TEXT[a.fearedOutcome]}</p>
      ) : null}
      {detailed ? (
        words
      ) : (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium text-brand-800">What you wrote</summary>
          {words}
        </details>
      )}
      {renderExtra?.(a)}
    </li>
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
      {a.note ? (
        <>
          <dt className="font-semibold">Note</dt>
          <dd className="whitespace-pre-wrap">{a.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
