import Link from "next/link";
import { Pager } from "~/components/ui/pager";
import type { TStepPageAt } from "../load-for-page";
import type { TStepAttemptsResponse } from "../schema";
import { StepHistory } from "./step-history";

/** A step history page's content, for the client or the therapist; the page checks the role. */
export function StepHistorySection({
  at,
  page,
  timeZone,
  viewer,
}: {
  at: TStepPageAt;
  page: TStepAttemptsResponse;
  timeZone: string;
  viewer: "client" | "therapist";
}) {
  return (
    <>
      <header className="flex flex-col gap-2">
        <Link
          href={at.ladderPath}
          className="font-semibold text-brand-800 underline underline-offset-2"
        >
          Back to {page.title}
        </Link>
        {viewer === "therapist" ? (
          <p className="text-sm font-medium text-slate-700">Client: {page.clientName}</p>
        ) : null}
        <h1 className="text-2xl font-bold">
          Step {page.step.number}: {page.step.title}
        </h1>
        <p className="text-slate-700">
          {viewer === "client" ? "All your attempts" : "Every attempt"} on this step, newest first.
        </p>
      </header>
      <StepHistory page={page} timeZone={timeZone} viewer={viewer} />
      <Pager
        of="attempts"
        firstHref={at.cursor ? at.path : null}
        nextHref={page.nextCursor ? `${at.path}?cursor=${page.nextCursor}` : null}
      />
    </>
  );
}
