/**
 * Calendar dates ("YYYY-MM-DD"), wall-clock times ("HH:MM") and IANA time zones.
 *
 * Calendar maths runs on UTC fields only and zone maths goes through Intl, so nothing here
 * depends on the machine's own time zone.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

type DateParts = { year: number; month: number; day: number };

function parseDate(date: string): DateParts {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function parseTime(time: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`Not an HH:MM time: ${time}`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Milliseconds of a wall-clock reading as if it were UTC; setUTCFullYear keeps years < 100. */
function wallMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function formatDate(ms: number): string {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

/** True for a real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isValidDateString(date: string): boolean {
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const { year, month, day } = parseDate(date);
  return month >= 1 && month <= 12 && day >= 1 && formatDate(wallMs(year, month, day)) === date;
}

/** True for a 24-hour time written as HH:MM (00:00 to 23:59). */
export function isValidTimeString(time: string): boolean {
  const m = TIME_RE.exec(time);
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

/** The calendar date n days after (or before, for negative n) the given date. */
export function addDays(date: string, n: number): string {
  const { year, month, day } = parseDate(date);
  return formatDate(wallMs(year, month, day) + n * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const pa = parseDate(a);
  const pb = parseDate(b);
  return Math.round(
    (wallMs(pb.year, pb.month, pb.day) - wallMs(pa.year, pa.month, pa.day)) / DAY_MS,
  );
}

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const { year, month, day } = parseDate(date);
  const sundayZero = new Date(wallMs(year, month, day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

// Building a DateTimeFormat is slow; one per zone is plenty.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a zone, as UTC-field milliseconds. */
function zonedWallMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instantMs)) parts[p.type] = p.value;
  const year = parts.era === "BC" ? 1 - Number(parts.year) : Number(parts.year);
  return wallMs(
    year,
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** Offset of the zone from UTC at an instant, in ms (e.g. +3_600_000 for CET). */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return zonedWallMs(wholeSecond, timeZone) - wholeSecond;
}

/** True when Intl knows the IANA zone name (e.g. "Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time (HH:MM) an instant shows in the zone. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const wall = new Date(zonedWallMs(instant.getTime(), timeZone));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/** The calendar date an instant falls on in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatDate(zonedWallMs(instant.getTime(), timeZone));
}

/**
 * The UTC instant at which clocks in `timeZone` show `date` `time`.
 *
 * Daylight-saving rule (the same as Temporal's "compatible" and most calendars):
 * - a time skipped by a spring-forward gap moves forward by the gap length
 *   (02:30 on Berlin's change day becomes 03:30 CEST);
 * - a time that happens twice at fall-back takes the earlier instant (the first 02:30, CEST).
 */
export function zonedWallTimeToUtc(date: string, time: string, timeZone: string): Date {
  if (!isValidDateString(date)) throw new RangeError(`Not a calendar date: ${date}`);
  if (!isValidTimeString(time)) throw new RangeError(`Not an HH:MM time: ${time}`);
  const { year, month, day } = parseDate(date);
  const { hour, minute } = parseTime(time);
  const local = wallMs(year, month, day, hour, minute);
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = zoneOffsetMs(local - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(local + DAY_MS, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter]
    .filter((ms) => zonedWallMs(ms, timeZone) === local)
    .sort((a, b) => a - b);
  // No candidate means a gap: keeping the pre-gap offset lands gap-length later on the clock.
  return new Date(candidates[0] ?? local - offsetBefore);
}
