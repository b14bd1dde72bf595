import Link from "next/link";
import { Card } from "~/components/ui/card";
import { formatDaysAgo } from "~/lib/format";
import type { TCaseloadEntry } from "../schema";

const DIRECTION_TEXT = {
  falling: "distress falling",
  rising: "distress rising",
  steady: "distress steady",
} as const;
const DIRECTION_MARK = { falling: "↓", rising: "↑", steady: "→" } as const;

function DoneOfDue({ done, due }: { done: number; due: number }) {
  if (due === 0) return <span className="text-slate-600">nothing due</span>;
  return (
    <span>
      {done} of {due}
    </span>
  );
}

function LadderCell({ ladder }: { ladder: TCaseloadEntry["ladder"] }) {
  if (!ladder) return <span className="text-slate-600">no ladder</span>;
  const where =
    ladder.currentStep === null
      ? `all ${ladder.steps} steps mastered`
      : `step ${ladder.currentStep} of ${ladder.steps}`;
  return (
    <span className="flex flex-col">
      <span>{where}</span>
      {ladder.direction ? (
        <span
          className={ladder.direction === "rising" ? "font-semibold text-amber-900" : undefined}
        >
          <span aria-hidden="true">{DIRECTION_MARK[ladder.direction]} </span>
          {DIRECTION_TEXT[ladder.direction]}
        </span>
      ) : null}
    </span>
  );
}

/**
 * The caseload as a table a therapist scans between sessions: what needs them (flags, items
 * waiting) first, then how homework is going. Plain text for every figure, so nothing depends
 * on colour; wide tables scroll sideways on a phone.
 */
export function CaseloadList({
  clients,
  now,
  timeZone,
  flaggedOnly,
}: {
  clients: TCaseloadEntry[];
  now: Date;
  timeZone: string;
  flaggedOnly: boolean;
}) {
  if (clients.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">
          {flaggedOnly
            ? "No client has an open flag."
            : "No clients yet. When a client accepts your invitation they appear here."}
        </p>
      </Card>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      {/* Every cell's padding is set here once rather than on each of the rows' cells. */}
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm [&_:is(th,td)]:px-3 [&_:is(th,td)]:py-3 [&_:is(th,td)]:align-top">
        <caption className="sr-only">
          Clients, those with open flags first, then those with the most waiting for you
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Needs you</th>
            <th scope="col">Last activity</th>
            <th scope="col">Done, last 7 days</th>
            <th scope="col">Done, last 30 days</th>
            <th scope="col">Overdue</th>
            <th scope="col">Ladder</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr
              key={c.clientId}
              className={
                c.openFlags > 0
                  ? "border-b border-slate-200 bg-amber-50 last:border-0"
                  : "border-b border-slate-200 last:border-0"
              }
            >
              <th scope="row" className="font-normal">
                <Link
                  href={`/therapist/clients/${c.clientId}`}
                  className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                >
                  {c.name}
                </Link>
                <span className="block text-slate-700">{c.email}</span>
              </th>
              <td>
                <span className="flex flex-col gap-1">
                  {c.openFlags > 0 ? (
                    <span className="font-semibold text-amber-950">
                      {c.openFlags === 1 ? "1 open flag" : `${c.openFlags} open flags`}
                      {c.latestFlagReason ? (
                        <span className="block font-normal">{c.latestFlagReason}</span>
                      ) : null}
                    </span>
                  ) : null}
                  {c.waiting > 0 ? (
                    <span>{c.waiting} waiting for review</span>
                  ) : c.openFlags === 0 ? (
                    <span className="text-slate-600">nothing waiting</span>
                  ) : null}
                </span>
              </td>
              <td>
                {c.lastActivityAt ? (
                  formatDaysAgo(c.lastActivityAt, now, timeZone)
                ) : (
                  <span className="text-slate-600">none yet</span>
                )}
              </td>
              <td>
                <DoneOfDue {...c.last7Days} />
              </td>
              <td>
                <DoneOfDue {...c.last30Days} />
              </td>
              <td>
                {c.overdue > 0 ? (
                  <span className="font-semibold">{c.overdue}</span>
                ) : (
                  <span className="text-slate-600">0</span>
                )}
              </td>
              <td>
                <LadderCell ladder={c.ladder} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
