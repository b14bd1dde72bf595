import { ladderState } from "~/features/ladder/policy";
import type { TLadderBody } from "~/features/templates/schema";
import { scheduleEnd, type TSchedule } from "./recurrence";

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

/**
 * A schedule is finished when no due instant is left after now that has no occurrence yet, and
 * no occurrence is still OPEN. A missed (overdue OPEN) occurrence keeps it going: the client can
 * still do it late, and submitting it then finishes the homework.
 */
export function isScheduleFinished(p: TScheduledProgress, now: Date): boolean {
  if (p.openOccurrences > 0) return false;
  // Due instants before plannedUntil already have occurrences (done or cancelled by now).
  const unplannedFrom = p.plannedUntil && p.plannedUntil > now ? p.plannedUntil : now;
  return scheduleEnd(p.schedule, p.timeZone) < unplannedFrom;
}

/** A self-paced ladder is finished once every step is mastered. */
export function isLadderFinished(body: TLadderBody, masteredStepIds: readonly string[]): boolean {
  return ladderState({
    steps: body.steps,
    attempts: [],
    masteredStepIds,
    targetDistress: body.targetDistress,
    masteryStreak: body.masteryStreak,
  }).complete;
}
