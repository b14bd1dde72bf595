import { expandSchedule, type TSchedule } from "./recurrence";

/** Occurrences exist this far ahead, so reminders and the portal never wait for a job. */
export const PLANNING_HORIZON_DAYS = 14;
const DAY_MS = 86_400_000;
// Top-ups skip assignments planned to within this of the horizon: the window barely moved.
const TOP_UP_SLACK_MS = 3_600_000;

export type TPlannable = {
  schedule: TSchedule | null;
  timeZone: string;
  plannedUntil: Date | null;
};

export const planningHorizon = (now: Date) =>
  new Date(now.getTime() + PLANNING_HORIZON_DAYS * DAY_MS);

/** Assignments planned up to before this instant are due for a top-up. */
export const topUpThreshold = (now: Date) =>
  new Date(planningHorizon(now).getTime() - TOP_UP_SLACK_MS);

/**
 * The part of the schedule not planned yet, up to the horizon: [plannedUntil or now, now + 14d).
 * Planning starts at `now` for new (or re-planned) homework, so nothing is created already late.
 */
export function planningWindow(a: TPlannable, now: Date): { from: Date; to: Date } | null {
  if (!a.schedule) return null;
  const from = a.plannedUntil ?? now;
  const to = planningHorizon(now);
  return from < to ? { from, to } : null;
}

/** Due instants to create now, in the assignment's zone; empty when nothing new is due. */
export function dueTimesToPlan(
  a: TPlannable,
  now: Date,
): { dueAts: Date[]; plannedUntil: Date | null } {
  const window = planningWindow(a, now);
  if (!window || !a.schedule) return { dueAts: [], plannedUntil: a.plannedUntil };
  return { dueAts: expandSchedule(a.schedule, a.timeZone, window), plannedUntil: window.to };
}
