import { daysBetween, localDateOf } from "./dates";

const DAY = { weekday: "short", day: "numeric", month: "short" } as const;
const DAY_TIME = { ...DAY, hour: "2-digit", minute: "2-digit" } as const;

// Building a DateTimeFormat costs far more than using one: one per zone and shape is plenty.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(shape: "day" | "dayTime", timeZone: string): Intl.DateTimeFormat {
  const key = `${shape} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      ...(shape === "day" ? DAY : DAY_TIME),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Dates as people read them, in their own time zone ("Tue 10 Mar, 20:00"). */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatterFor("dayTime", timeZone).format(date);
}

export function formatDay(date: Date, timeZone: string): string {
  return formatterFor("day", timeZone).format(date);
}

/**
 * A time as the client lives it, in their zone; labelled when the reader's zone differs, so a
 * therapist in another zone is not misled: "Sun 22 Nov, 19:00 (Sam's time, Europe/London)".
 */
export function formatClientTime(
  date: Date,
  client: { name: string; timeZone: string },
  readerTimeZone: string,
): string {
  const text = formatDateTime(date, client.timeZone);
  if (client.timeZone === readerTimeZone) return text;
  const firstName = client.name.trim().split(/\s+/)[0] || client.name;
  return `${text} (${firstName}'s time, ${client.timeZone})`;
}

/**
 * How long ago, by the reader's calendar: "today", "yesterday", "3 days ago", and the date
 * itself past a fortnight, when a count of days stops meaning much.
 */
export function formatDaysAgo(date: Date, now: Date, timeZone: string): string {
  const days = daysBetween(localDateOf(date, timeZone), localDateOf(now, timeZone));
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days <= 14) return `${days} days ago`;
  return `on ${formatDay(date, timeZone)}`;
}

/** "1 attempt", "3 attempts": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
