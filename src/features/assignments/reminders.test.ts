import { describe, expect, test } from "vitest";
import { DEFAULT_NOTIFICATION_PREFS, type TNotificationPrefs } from "~/features/account/schema";
import { zonedWallTimeToUtc } from "~/lib/dates";
import {
  afterQuietHours,
  isQuietTime,
  NO_REMINDERS,
  planReminders,
  reasonToSkip,
  type TReminderRules,
} from "./reminders";

const at = (date: string, time: string, zone: string) => zonedWallTimeToUtc(date, time, zone);
const longAgo = new Date("2020-01-01T00:00:00Z");

function plan(
  dueAt: Date,
  rules: Partial<TReminderRules>,
  zone: string,
  prefs: Partial<TNotificationPrefs> = {},
  now = longAgo,
) {
  return planReminders({
    dueAt,
    rules: { ...NO_REMINDERS, ...rules },
    prefs: { ...DEFAULT_NOTIFICATION_PREFS, ...prefs },
    timeZone: zone,
    now,
  });
}

describe("quiet hours", () => {
  test("a window may span midnight; equal ends mean none", () => {
    expect(isQuietTime("22:30", "21:00", "08:00")).toBe(true);
    expect(isQuietTime("03:00", "21:00", "08:00")).toBe(true);
    expect(isQuietTime("08:00", "21:00", "08:00")).toBe(false);
    expect(isQuietTime("20:59", "21:00", "08:00")).toBe(false);
    expect(isQuietTime("13:00", "12:00", "14:00")).toBe(true);
    expect(isQuietTime("14:00", "12:00", "14:00")).toBe(false);
    expect(isQuietTime("03:00", "00:00", "00:00")).toBe(false);
  });

  test("a time inside moves to the next end of the quiet hours in the client's zone", () => {
    const quiet = { quietFrom: "21:00", quietUntil: "08:00" };
    const tokyo = "Asia/Tokyo";
    expect(afterQuietHours(at("2026-06-10", "22:15", tokyo), quiet, tokyo)).toEqual(
      at("2026-06-11", "08:00", tokyo),
    );
    expect(afterQuietHours(at("2026-06-10", "06:00", tokyo), quiet, tokyo)).toEqual(
      at("2026-06-10", "08:00", tokyo),
    );
    const noon = at("2026-06-10", "12:00", tokyo);
    expect(afterQuietHours(noon, quiet, tokyo)).toEqual(noon);
  });

  test("the end of quiet hours is a wall-clock time across a DST change", () => {
    const berlin = "Europe/Berlin";
    // Clocks go back in Berlin in the night to 25 October 2026: that night lasts 11 hours.
    const moved = afterQuietHours(
      at("2026-10-24", "23:00", berlin),
      {
        quietFrom: "21:00",
        quietUntil: "08:00",
      },
      berlin,
    );
    expect(moved).toEqual(at("2026-10-25", "08:00", berlin));
    expect(moved.toISOString()).toBe("2026-10-25T07:00:00.000Z");
  });
});

describe("planReminders", () => {
  const zone = "America/New_York";
  const dueAt = at("2026-06-10", "18:00", zone);

  test("no rules, no reminders; reminders turned off by the client, none either", () => {
    expect(plan(dueAt, {}, zone)).toEqual([]);
    expect(
      plan(dueAt, { morningOf: true, hoursBefore: 2, overdue: true }, zone, { remindersOn: false }),
    ).toEqual([]);
  });

  test("each rule at its time: morning of the due day at the client's hour, N hours before, a day after", () => {
    expect(
      plan(dueAt, { morningOf: true, hoursBefore: 2, overdue: true }, zone, { morningHour: 9 }),
    ).toEqual([
      { kind: "MORNING_OF", sendAt: at("2026-06-10", "09:00", zone) },
      { kind: "BEFORE_DUE", sendAt: at("2026-06-10", "16:00", zone) },
      { kind: "OVERDUE", sendAt: at("2026-06-11", "18:00", zone) },
    ]);
  });

  test("the morning reminder follows the client's zone, not the server's", () => {
    const auckland = "Pacific/Auckland";
    const due = at("2026-06-10", "20:00", auckland);
    expect(plan(due, { morningOf: true }, auckland, { morningHour: 9 })).toEqual([
      { kind: "MORNING_OF", sendAt: at("2026-06-10", "09:00", auckland) },
    ]);
  });

  test("a morning hour inside the quiet hours waits for their end", () => {
    expect(plan(dueAt, { morningOf: true }, zone, { morningHour: 7 })).toEqual([
      { kind: "MORNING_OF", sendAt: at("2026-06-10", "08:00", zone) },
    ]);
  });

  test("a reminder in quiet hours waits for their end, or is dropped if that is too late", () => {
    const early = at("2026-06-10", "09:00", zone);
    // 12 hours before 09:00 is 21:00, in quiet hours: moved to 08:00, still before the due time.
    expect(plan(early, { hoursBefore: 12 }, zone)).toEqual([
      { kind: "BEFORE_DUE", sendAt: at("2026-06-10", "08:00", zone) },
    ]);
    // 1 hour before 08:30 is 07:30: the quiet hours end at 08:00, too close: dropped.
    const earlier = at("2026-06-10", "08:30", zone);
    expect(plan(earlier, { hoursBefore: 1 }, zone, { quietUntil: "09:00" })).toEqual([]);
    // A morning reminder after the due time itself is dropped too.
    expect(plan(at("2026-06-10", "07:00", zone), { morningOf: true }, zone)).toEqual([]);
    // An overdue reminder in the night comes in the morning.
    expect(plan(at("2026-06-10", "23:00", zone), { overdue: true }, zone)).toEqual([
      { kind: "OVERDUE", sendAt: at("2026-06-12", "08:00", zone) },
    ]);
  });

  test("on the day clocks spring forward, 'N hours before' is N real hours", () => {
    // New York skips 02:00-03:00 on 8 March 2026: 3 hours before 04:00 shows midnight.
    const due = at("2026-03-08", "04:00", zone);
    const [reminder] = plan(due, { hoursBefore: 3 }, zone, {
      quietFrom: "00:00",
      quietUntil: "00:00",
    });
    expect(reminder?.sendAt.getTime()).toBe(due.getTime() - 3 * 3_600_000);
    expect(reminder?.sendAt).toEqual(at("2026-03-08", "00:00", zone));
  });

  test("what would already be past is not planned", () => {
    const now = at("2026-06-10", "17:00", zone);
    expect(plan(dueAt, { morningOf: true, hoursBefore: 2, overdue: true }, zone, {}, now)).toEqual([
      { kind: "OVERDUE", sendAt: at("2026-06-11", "18:00", zone) },
    ]);
  });
});

describe("reasonToSkip", () => {
  const dueAt = new Date("2026-06-10T18:00:00Z");
  const base = {
    kind: "BEFORE_DUE" as const,
    dueAt,
    now: new Date("2026-06-10T16:00:00Z"),
    occurrenceOpen: true,
    assignmentActive: true,
    remindersOn: true,
  };
  test("sends what is still open, active, wanted and ahead", () => {
    expect(reasonToSkip(base)).toBeNull();
  });
  test("skips done homework, ended homework, silenced reminders and before-due ones past due", () => {
    expect(reasonToSkip({ ...base, occurrenceOpen: false })).toBe("done or cancelled");
    expect(reasonToSkip({ ...base, assignmentActive: false })).toBe("assignment ended");
    expect(reasonToSkip({ ...base, remindersOn: false })).toBe("reminders turned off");
    const late = new Date("2026-06-10T19:00:00Z");
    expect(reasonToSkip({ ...base, now: late })).toBe("already due");
    expect(reasonToSkip({ ...base, kind: "MORNING_OF", now: late })).toBe("already due");
    expect(reasonToSkip({ ...base, kind: "OVERDUE", now: late })).toBeNull();
  });
});
