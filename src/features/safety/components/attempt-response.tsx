import Link from "next/link";
import type { ReactNode } from "react";
import { FocusHere } from "~/components/ui/focus-here";
import { attemptDistressConcern } from "../policy";
import { DistressResponse } from "./distress-response";

type TEndedAttempt = {
  peakDistress: number | null;
  afterDistress: number | null;
  fearedOutcome: "YES" | "NO" | "PARTLY" | "UNKNOWN" | null;
  stoppedAt: Date | null;
};

const box = "flex flex-col gap-3 rounded-xl border p-4 text-slate-900";

/**
 * What the ladder page says first after the client records or stops an attempt: a caring
 * response to distress that stayed high, a validating word when the fear came true, and a plain
 * "that counts as information" for a stop. Nothing for an attempt that went as hoped: the
 * ladder itself shows the new ratings.
 */
export function AttemptResponse({
  attempt,
  expectedDistress,
}: {
  attempt: TEndedAttempt;
  expectedDistress: number;
}) {
  if (attempt.stoppedAt) {
    return (
      <FocusHere label="You stopped this time" className={`${box} border-sky-300 bg-sky-50`}>
        <h2 className="text-lg font-semibold">You stopped this time</h2>
        <p>
          Thank you for saying so. Stopping is information, not failure: it does not count for or
          against moving up. It can help to try a smaller version of this step, go back to an easier
          one, or talk it over with your therapist first.
        </p>
      </FocusHere>
    );
  }
  const concern = attemptDistressConcern(attempt, expectedDistress);
  const fearCameTrue = attempt.fearedOutcome === "YES" || attempt.fearedOutcome === "PARTLY";
  if (!concern && !fearCameTrue) return null;
  const fear = fearCameTrue ? <FearCameTrue partly={attempt.fearedOutcome === "PARTLY"} /> : null;
  return concern ? (
    <DistressResponse concern={concern} easierStep>
      {fear}
    </DistressResponse>
  ) : (
    <FearResponse>{fear}</FearResponse>
  );
}

/** The validating word on its own, as the page's first message. */
export function FearResponse({ children }: { children: ReactNode }) {
  return (
    <FocusHere label="When the fear comes true" className={`${box} border-sky-300 bg-sky-50`}>
      {children}
    </FocusHere>
  );
}

/** The feared outcome happened (at least partly): true about this moment, not about everyone. */
export function FearCameTrue({ partly = false }: { partly?: boolean }) {
  return (
    <div className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">
        {partly ? "Some of what you feared happened" : "What you feared happened"}
      </h2>
      <p>
        That hurts, and it makes sense to feel let down. It tells you something about this person
        and this moment. It does not prove that no one can be trusted, or that you were wrong to
        try. Being careful with someone who has let you down can be healthy caution.
      </p>
      <p>
        <Link
          href="/portal/learn/caution-or-trust-issue"
          className="font-semibold text-brand-800 underline"
        >
          Read: a trust issue or healthy caution?
        </Link>
      </p>
    </div>
  );
}
