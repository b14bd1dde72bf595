import { z } from "zod";
import type { TNotificationPrefs } from "~/features/account/schema";
import { addDays, localDateOf, localTimeOf, zonedWallTimeToUtc } from "~/lib/dates";

/** The reminders a therapist chose for one assignment; each due date gets these. */
export const ZReminderRulesSchema = z.object({
  morningOf: z.boolean(),
  // null: none
  hoursBefore: z
    .number()
    .int("Choose how many hours before from the list.")
    .min(1, "Choose how many hours before from the list.")
    .max(48, "A reminder can be at most 48 hours before.")
    .nullable(),
  overdue: z.boolean(),
});
export type TReminderRules = z.infer<typeof ZReminderRulesSchema>;

export const NO_REMINDERS: TReminderRules = { morningOf: false, hoursBefore: null, overdue: false };

/** The rules as the Assignment row stores them, and back. */
export const reminderColumns = (rules: TReminderRules) => ({
  remindMorningOf: rules.morningOf,
  remindHoursBefore: rules.hoursBefore,
  remindOverdue: rules.overdue,
});
export const reminderRulesOf = (row: {
  remindMorningOf: boolean;
  remindHoursBefore: number | null;
  remindOverdue: boolean;
}): TReminderRules => ({
  morningOf: row.remindMorningOf,
  hoursBefore: row.remindHoursBefore,
  overdue: row.remindOverdue,
});
/** What the assign form starts with: the morning of the due day, which the client can move. */
export const NEW_HOMEWORK_REMINDERS: TReminderRules = { ...NO_REMINDERS, morningOf: true };

export type TReminderKind = "MORNING_OF" | "BEFORE_DUE" | "OVERDUE";
export type TPlannedReminder = { kind: TReminderKind; sendAt: Date };

const HOUR_MS = 3_600_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** True when `time` (HH:MM) is inside the window [from, until), which may span midnight. */
export function isQuietTime(time: string, from: string, until: string): boolean {
  if (from === until) return false;
  return from < until ? time >= from && time < until : time >= from || time < until;
}

/**
 * `at`, or the end of the quiet hours it falls in (the next time the clocks in `timeZone` show
 * `quietUntil`), DST-correct.
 */
export function afterQuietHours(
  at: Date,
  prefs: Pick<TNotificationPrefs, "quietFrom" | "quietUntil">,
  timeZone: string,
): Date {
  const time = localTimeOf(at, timeZone);
  if (!isQuietTime(time, prefs.quietFrom, prefs.quietUntil)) return at;
  const date = localDateOf(at, timeZone);
  // Past midnight in a window that spans it, the end is today; before midnight, tomorrow.
  const endsToday = time < prefs.quietUntil;
  return zonedWallTimeToUtc(endsToday ? date : addDays(date, 1), prefs.quietUntil, timeZone);
}

/**
 * When each chosen reminder for a task due at `dueAt` goes out, in the client's zone: the morning
 * of the due day at their morning hour; `hoursBefore` hours before; once a day after it was due.
 * One that falls in quiet hours waits until they end, and a reminder before the due time that
 * would then come at or after it is dropped. Reminders already in the past at `now` are not
 * planned (a new assignment due in an hour gets no "24 hours before"). None when the client has
 * turned reminders off.
 */
export function planReminders(options: {
  dueAt: Date;
  rules: TReminderRules;
  prefs: TNotificationPrefs;
  timeZone: string;
  now: Date;
}): TPlannedReminder[] {
  const { dueAt, rules, prefs, timeZone, now } = options;
  if (!prefs.remindersOn) return [];
  const wanted: TPlannedReminder[] = [];
  if (rules.morningOf) {
    const morning = `${pad(prefs.morningHour)}:00`;
    wanted.push({
      kind: "MORNING_OF",
      sendAt: zonedWallTimeToUtc(localDateOf(dueAt, timeZone), morning, timeZone),
    });
  }
  if (rules.hoursBefore !== null) {
    wanted.push({
      kind: "BEFORE_DUE",
      sendAt: new Date(dueAt.getTime() - rules.hoursBefore * HOUR_MS),
    });
  }
  if (rules.overdue) {
    wanted.push({ kind: "OVERDUE", sendAt: new Date(dueAt.getTime() + 24 * HOUR_MS) });
  }
  return wanted
    .map((r) => ({ ...r, sendAt: afterQuietHours(r.sendAt, prefs, timeZone) }))
    .filter((r) => r.kind === "OVERDUE" || r.sendAt < dueAt)
    .filter((r) => r.sendAt > now);
}

/** Why a reminder whose time has come is not sent, or null: send it. */
export function reasonToSkip(options: {
  kind: TReminderKind;
  dueAt: Date;
  now: Date;
  occurrenceOpen: boolean;
  assignmentActive: boolean;
  remindersOn: boolean;
}): string | null {
  if (!options.occurrenceOpen) return "done or cancelled";
  if (!options.assignmentActive) return "assignment ended";
  if (!options.remindersOn) return "reminders turned off";
  if (options.kind !== "OVERDUE" && options.now >= options.dueAt) return "already due";
  return null;
}
