import Link from "next/link";
import { ButtonLink } from "~/components/ui/button-link";
import { formatDateTime, formatDay } from "~/lib/format";
import { Card } from "~/components/ui/card";
import { describeSchedule } from "../describe-schedule";
import type { TAssignmentListEntry, TOccurrenceEntry } from "../schema";
import { EndAssignmentButton } from "./end-assignment-button";

const CHIP: Record<TOccurrenceEntry["status"], string> = {
  open: "border-slate-300 bg-white text-slate-800",
  done: "border-emerald-300 bg-emerald-50 text-emerald-900",
  overdue: "border-amber-400 bg-amber-50 text-amber-950",
  missed: "border-dashed border-slate-400 bg-slate-50 text-slate-800",
  cancelled: "border-slate-200 bg-slate-100 text-slate-600 line-through",
  "prediction made": "border-sky-300 bg-sky-50 text-sky-950",
};

/** One piece of homework on the client page, with a chip per occurrence. */
export function AssignmentCard({ assignment }: { assignment: TAssignmentListEntry }) {
  const a = assignment;
  const headingId = `assignment-${a.id}`;
  return (
    // An article named by its title, so each card can be found (and read) on its own.
    <article aria-labelledby={headingId}>
      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h3 id={headingId} className="text-lg font-semibold">
              {a.title}
            </h3>
            <p className="text-sm text-slate-700">
              {a.kind === "LADDER" ? "Ladder" : "Worksheet"} · {describeSchedule(a.schedule)}
            </p>
            <p className="text-sm text-slate-700">{lifespan(a)}</p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {a.kind === "LADDER" ? (
              <ButtonLink variant="ghost" href={`/therapist/ladders/${a.id}`}>
                Open ladder<span className="sr-only"> {a.title}</span>
              </ButtonLink>
            ) : null}
            {a.status === "ACTIVE" ? (
              <>
                <ButtonLink
                  variant="secondary"
                  href={`/therapist/assignments/${a.id}/edit`}
                  aria-label={`Edit ${a.title}`}
                >
                  Edit
                </ButtonLink>
                <EndAssignmentButton assignmentId={a.id} title={a.title} />
              </>
            ) : null}
          </div>
        </div>
        {a.occurrences.length > 0 ? (
          <ul aria-label={`Due dates of ${a.title}`} className="flex flex-wrap gap-2">
            {a.occurrences.map((o) => {
              const text = `${formatDateTime(o.dueAt, a.timeZone)}: ${o.status}`;
              return (
                <li
                  key={o.id}
                  className={`rounded-full border px-3 py-1 text-sm ${CHIP[o.status]}`}
                >
                  {o.submissionId ? (
                    <Link href={`/therapist/submissions/${o.submissionId}`} className="underline">
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
        {a.occurrenceCount > a.occurrences.length ? (
          <p className="text-sm text-slate-600">
            Showing the latest {a.occurrences.length} of {a.occurrenceCount} due dates.{" "}
            <Link href={`/therapist/assignments/${a.id}/due-dates`} className="underline">
              Show all due dates<span className="sr-only"> of {a.title}</span>
            </Link>
          </p>
        ) : null}
      </Card>
    </article>
  );
}

/** When it was given and, once over, how it ended: dates in the client's zone. */
function lifespan(a: TAssignmentListEntry): string {
  const assigned = `Assigned ${formatDay(a.createdAt, a.timeZone)}`;
  if (a.status === "COMPLETED" && a.completedAt)
    return `${assigned} · completed ${formatDay(a.completedAt, a.timeZone)}`;
  if (a.status === "ENDED" && a.endedAt)
    return `${assigned} · ended ${formatDay(a.endedAt, a.timeZone)}`;
  return assigned;
}
