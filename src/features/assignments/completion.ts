import { scheduleEnd, type TSchedule } from "./recurrence";
import type { TOccurrenceView } from "./schema";

/**
 * When homework is finished (ACTIVE -> COMPLETED), as plain data so it can be unit-tested; the
 * database side is `completeIfFinished` in mutations/completion.ts.
 */

export type TScheduledProgress = {
  schedule: TSchedule;
  timeZone: string;
  /** Occurrences exist for every due instant before this (null: nothing planned yet). */
  plannedUntil: Date | null;
  openOccurrences: number;
};

/** How long after a schedule's last due time a missed occurrence can still be done late. */
export const LATE_GRACE_DAYS = 7;
const DAY_MS = 86_400_000;

/** The last due instant lies more than the grace period back: nothing more is coming. */
export function isLongOver(schedule: TSchedule, timeZone: string, now: Date): boolean {
  return now.getTime() - scheduleEnd(schedule, timeZone).getTime() > LATE_GRACE_DAYS * DAY_MS;
}

/**
 * A schedule is finished when no due instant is left after now that has no occurrence yet, and
 * no occurrence is still OPEN. A missed (overdue OPEN) occurrence keeps it going for a while:
 * the client can still do it late, and submitting it then finishes the homework. Once the last
 * due time is LATE_GRACE_DAYS behind, it is finished all the same; what is still open was missed.
 */
export function isScheduleFinished(p: TScheduledProgress, now: Date): boolean {
  if (isLongOver(p.schedule, p.timeZone, now)) return true;
  if (p.openOccurrences > 0) return false;
  // Due instants before plannedUntil already have occurrences (done or cancelled by now).
  const unplannedFrom = p.plannedUntil && p.plannedUntil > now ? p.plannedUntil : now;
  return scheduleEnd(p.schedule, p.timeZone) < unplannedFrom;
}

/**
 * A ladder is finished once every step is mastered (an empty one never is: there was nothing to
 * master). The ladder's own state (ladder/policy) counts "complete" by this rule too.
 */
export function isLadderFinished(
  steps: readonly { id: string }[],
  masteredStepIds: ReadonlySet<string> | readonly string[],
): boolean {
  const mastered = new Set(masteredStepIds);
  return steps.length > 0 && steps.every((s) => mastered.has(s.id));
}

/**
 * How the therapist sees one occurrence. Open and past due is "overdue" while the homework is
 * active (it can still be done), and "missed" once the homework has ended or finished.
 */
export function occurrenceView(
  o: { status: "OPEN" | "DONE" | "CANCELLED"; dueAt: Date },
  assignmentStatus: "ACTIVE" | "COMPLETED" | "ENDED",
  now: Date,
): TOccurrenceView {
  if (o.status === "DONE") return "done";
  if (o.status === "CANCELLED") return "cancelled";
  if (o.dueAt >= now) return "open";
  return assignmentStatus === "ACTIVE" ? "overdue" : "missed";
}
