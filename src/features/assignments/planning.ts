import { localDateOf } from "~/lib/dates";
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

export type TFutureOccurrence = {
  id: string;
  dueAt: Date;
  status: "OPEN" | "DONE" | "CANCELLED";
  /** The client has started it (a draft) or handed it in. */
  started: boolean;
};

type TReplan = {
  reopen: string[];
  cancel: string[];
  /** Started occurrences that follow the new due time of their day; id and draft stay. */
  move: { id: string; dueAt: Date }[];
  create: Date[];
};

/**
 * How the future follows a changed schedule, given the occurrences due after now (for a once
 * schedule, its overdue open one too) and the new due instants up to the horizon. Ids (the
 * client's links) and drafts survive wherever possible:
 * - one at a wanted instant stays (a cancelled one reopens);
 * - an open one nobody started is cancelled, not deleted (a once schedule's moves instead: it is
 *   the homework itself, and "cancelled" beside its new date would read as if it were dropped);
 * - a started open one moves to the new due time of its local day (for a once schedule: the
 *   new due time) when that instant is free, and otherwise stays where it is, so the client's
 *   words are never lost;
 * - a day (for a once schedule: the whole schedule) that has a started or done occurrence gets
 *   no second one; every other wanted instant is created.
 */
export function replanFuture(
  existing: readonly TFutureOccurrence[],
  wanted: readonly Date[],
  options: { timeZone: string; once: boolean },
): TReplan {
  const dayOf = (d: Date) => (options.once ? "once" : localDateOf(d, options.timeZone));
  const wantedTimes = new Set(wanted.map((d) => d.getTime()));
  const heldTimes = new Set(existing.map((o) => o.dueAt.getTime()));
  const taken = new Set<number>();
  const coveredDays = new Set<string>();
  const plan: TReplan = { reopen: [], cancel: [], move: [], create: [] };

  const matches = (o: TFutureOccurrence) => wantedTimes.has(o.dueAt.getTime());
  for (const o of existing) {
    if (matches(o) && o.status !== "CANCELLED") {
      taken.add(o.dueAt.getTime());
      coveredDays.add(dayOf(o.dueAt));
    }
  }
  const byDueAt = [...existing].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  for (const o of byDueAt) {
    if (matches(o) || o.status === "CANCELLED") continue;
    if (o.status === "OPEN" && !o.started && !options.once) {
      plan.cancel.push(o.id);
      continue;
    }
    const day = dayOf(o.dueAt);
    if (o.status === "OPEN" && !coveredDays.has(day)) {
      const target = wanted.find(
        (d) => dayOf(d) === day && !taken.has(d.getTime()) && !heldTimes.has(d.getTime()),
      );
      if (target) {
        plan.move.push({ id: o.id, dueAt: target });
        taken.add(target.getTime());
      }
    }
    coveredDays.add(day);
  }
  for (const o of existing) {
    if (o.status === "CANCELLED" && matches(o) && !coveredDays.has(dayOf(o.dueAt))) {
      plan.reopen.push(o.id);
      coveredDays.add(dayOf(o.dueAt));
    }
  }
  for (const d of wanted) {
    if (heldTimes.has(d.getTime()) || taken.has(d.getTime()) || coveredDays.has(dayOf(d))) continue;
    plan.create.push(d);
    coveredDays.add(dayOf(d));
  }
  return plan;
}
