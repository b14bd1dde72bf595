import { isoWeekday } from "~/lib/dates";
import type { TScheduleEnd, TSchedule } from "./recurrence";

const DAY_NAMES = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Fri 28 Nov" for a YYYY-MM-DD date, with no time zone involved (it is already local). */
export function describeLocalDate(date: string): string {
  const [, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${DAY_NAMES[isoWeekday(date)]} ${day} ${MONTHS[month - 1]}`;
}

function describeEnd(end: TScheduleEnd): string {
  if (end.type === "weeks") return `for ${end.weeks} week${end.weeks === 1 ? "" : "s"}`;
  return `until ${describeLocalDate(end.date)}`;
}

/**
 * A schedule in plain words: "Daily at 08:00 for 2 weeks", "Once, Fri 28 Nov 18:00, shown from
 * Wed 26 Nov".
 */
export function describeSchedule(schedule: TSchedule | null): string {
  if (!schedule) return "At the client's own pace, no due dates";
  if (schedule.kind === "once") {
    const due = `Once, ${describeLocalDate(schedule.dueDate)} ${schedule.dueTime}`;
    const { startDate } = schedule;
    return startDate && startDate < schedule.dueDate
      ? `${due}, shown from ${describeLocalDate(startDate)}`
      : due;
  }
  const days =
    schedule.kind === "daily"
      ? "Daily"
      : [...schedule.weekdays]
          .sort((a, b) => a - b)
          .map((d) => DAY_NAMES[d])
          .join(", ");
  return `${days} at ${schedule.dueTime} ${describeEnd(schedule.end)}`;
}
