import { z } from "zod";

import {
  addDays,
  daysBetween,
  isoWeekday,
  isValidDateString,
  isValidTimeString,
  localDateOf,
  zonedWallTimeToUtc,
} from "~/lib/dates";

/**
 * When homework is due: once, daily or on chosen weekdays, always as wall-clock times in the
 * client's time zone. Instants are computed per local date, so 08:00 stays 08:00 across
 * daylight-saving changes (see `zonedWallTimeToUtc` for gaps and repeated hours).
 */

export { zonedWallTimeToUtc } from "~/lib/dates";

/** Longest span an "until" end may cover, so schedules stay about as long as 52 weeks. */
export const MAX_UNTIL_DAYS = 366;

export const ZLocalDateSchema = z
  .string("Enter a date.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a date like 2026-03-29.", abort: true })
  .refine(isValidDateString, "This date does not exist. Check the day and month.");

export const ZLocalTimeSchema = z
  .string("Enter a time.")
  .regex(/^\d{2}:\d{2}$/, { message: "Enter a time like 08:00.", abort: true })
  .refine(isValidTimeString, "Enter a time between 00:00 and 23:59.");

export const ZWeekdaySchema = z
  .number("Pick weekdays from Monday to Sunday.")
  .int("Pick weekdays from Monday to Sunday.")
  .min(1, "Pick weekdays from Monday to Sunday.")
  .max(7, "Pick weekdays from Monday to Sunday.");

export const ZScheduleEndSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("weeks"),
      // An emptied number box arrives as NaN: a plain sentence, not zod's "received NaN".
      weeks: z
        .number({ error: "Enter a number of weeks." })
        .int("Enter a whole number of weeks.")
        .min(1, "Choose at least 1 week.")
        .max(52, "Choose at most 52 weeks."),
    }),
    z.object({ type: z.literal("until"), date: ZLocalDateSchema }),
  ],
  { error: "Choose when the schedule ends." },
);

// Unrefined option objects, so forms can .pick()/.extend() them; cross-field rules sit on the union.
export const ZOnceScheduleSchema = z.object({
  kind: z.literal("once"),
  // The portal lists it from this date; absent on homework given before there was a choice.
  startDate: ZLocalDateSchema.optional(),
  dueDate: ZLocalDateSchema,
  dueTime: ZLocalTimeSchema,
});

export const ZDailyScheduleSchema = z.object({
  kind: z.literal("daily"),
  startDate: ZLocalDateSchema,
  dueTime: ZLocalTimeSchema,
  end: ZScheduleEndSchema,
});

export const ZWeekdaysScheduleSchema = z.object({
  kind: z.literal("weekdays"),
  startDate: ZLocalDateSchema,
  dueTime: ZLocalTimeSchema,
  weekdays: z
    .array(ZWeekdaySchema)
    .min(1, "Pick at least one weekday.")
    .refine((days) => new Set(days).size === days.length, "Pick each weekday only once."),
  end: ZScheduleEndSchema,
});

export const ZScheduleSchema = z
  .discriminatedUnion(
    "kind",
    [ZOnceScheduleSchema, ZDailyScheduleSchema, ZWeekdaysScheduleSchema],
    { error: "Choose a single due date, daily or chosen weekdays." },
  )
  .superRefine((s, ctx) => {
    if (s.kind === "once") {
      if (s.startDate && isValidDateString(s.startDate) && s.startDate > s.dueDate) {
        ctx.addIssue({
          code: "custom",
          path: ["startDate"],
          message: "The start date is after the due date.",
        });
      }
      return;
    }
    if (s.end.type !== "until") return;
    // Only compare once both dates are real; their own messages already explain the problem.
    if (!isValidDateString(s.startDate) || !isValidDateString(s.end.date)) return;
    const path = ["end", "date"];
    if (s.end.date < s.startDate) {
      ctx.addIssue({ code: "custom", path, message: "The end date is before the start date." });
    } else if (daysBetween(s.startDate, s.end.date) > MAX_UNTIL_DAYS) {
      ctx.addIssue({ code: "custom", path, message: "Choose an end date within a year." });
    } else if (s.kind === "weekdays" && s.weekdays.length > 0 && lastDueDate(s) === null) {
      ctx.addIssue({
        code: "custom",
        path,
        message: "None of the chosen weekdays falls in these dates. Pick a later end date.",
      });
    }
  });

export type TLocalDate = z.infer<typeof ZLocalDateSchema>;
export type TLocalTime = z.infer<typeof ZLocalTimeSchema>;
export type TScheduleEnd = z.infer<typeof ZScheduleEndSchema>;
export type TOnceSchedule = z.infer<typeof ZOnceScheduleSchema>;
export type TDailySchedule = z.infer<typeof ZDailyScheduleSchema>;
export type TWeekdaysSchedule = z.infer<typeof ZWeekdaysScheduleSchema>;
export type TRecurringSchedule = TDailySchedule | TWeekdaysSchedule;
export type TSchedule = z.infer<typeof ZScheduleSchema>;
export type TScheduleWindow = { from: Date; to: Date };

/** Last local date the schedule may fall on: "weeks: N" ends N*7 days after start (exclusive). */
function lastDate(s: TRecurringSchedule): string {
  return s.end.type === "weeks" ? addDays(s.startDate, s.end.weeks * 7 - 1) : s.end.date;
}

function isDueOn(s: TRecurringSchedule, date: string): boolean {
  return s.kind === "daily" || s.weekdays.includes(isoWeekday(date));
}

/** The last local date with an occurrence, or null when no chosen weekday falls in the span. */
function lastDueDate(s: TRecurringSchedule): string | null {
  const last = lastDate(s);
  // Any 7 consecutive days hold every weekday, so a week of stepping back is enough.
  for (let i = 0; i < 7; i++) {
    const date = addDays(last, -i);
    if (date < s.startDate) return null;
    if (isDueOn(s, date)) return date;
  }
  return null;
}

/** Due instants of the schedule within [from, to), ascending. */
export function expandSchedule(
  schedule: TSchedule,
  timeZone: string,
  window: TScheduleWindow,
): Date[] {
  const inWindow = (d: Date) => d >= window.from && d < window.to;
  if (schedule.kind === "once") {
    const due = zonedWallTimeToUtc(schedule.dueDate, schedule.dueTime, timeZone);
    return inWindow(due) ? [due] : [];
  }
  if (window.from >= window.to) return [];
  // A day of margin either side: a gap shift can move a due time onto the next local date.
  const windowFirst = addDays(localDateOf(window.from, timeZone), -1);
  const windowLast = addDays(localDateOf(window.to, timeZone), 1);
  const first = schedule.startDate > windowFirst ? schedule.startDate : windowFirst;
  const last = lastDate(schedule) < windowLast ? lastDate(schedule) : windowLast;
  const due: Date[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (!isDueOn(schedule, date)) continue;
    const instant = zonedWallTimeToUtc(date, schedule.dueTime, timeZone);
    if (inWindow(instant)) due.push(instant);
  }
  return due;
}

/** The local date from which the client sees the homework; null when the schedule has none. */
export function scheduleStartDate(schedule: TSchedule): TLocalDate | null {
  return schedule.kind === "once" ? (schedule.startDate ?? null) : schedule.startDate;
}

/**
 * Whether two schedules give the same due times: the order of weekdays does not matter, nor a
 * once schedule's start date (it only says from when the client sees it).
 */
export function haveSameDueTimes(a: TSchedule | null, b: TSchedule | null): boolean {
  const canonical = (s: TSchedule | null) =>
    s === null
      ? "none"
      : JSON.stringify(
          s.kind === "once"
            ? [s.kind, s.dueDate, s.dueTime]
            : [
                s.kind,
                s.startDate,
                s.dueTime,
                s.kind === "weekdays" ? s.weekdays.toSorted((x, y) => x - y) : [],
                s.end.type === "weeks" ? ["weeks", s.end.weeks] : ["until", s.end.date],
              ],
        );
  return canonical(a) === canonical(b);
}

/**
 * The last due instant: once it has passed, the assignment has no more occurrences. A schedule
 * with no occurrence at all (refused by the schema) ends at its start date's due time.
 */
export function scheduleEnd(schedule: TSchedule, timeZone: string): Date {
  if (schedule.kind === "once") {
    return zonedWallTimeToUtc(schedule.dueDate, schedule.dueTime, timeZone);
  }
  const date = lastDueDate(schedule) ?? schedule.startDate;
  return zonedWallTimeToUtc(date, schedule.dueTime, timeZone);
}
