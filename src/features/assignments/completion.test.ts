import { describe, expect, test } from "vitest";
import type { TLadderBody } from "~/features/templates/schema";
import {
  isLadderFinished,
  isLongOver,
  isScheduleFinished,
  LATE_GRACE_DAYS,
  occurrenceView,
} from "./completion";
import { zonedWallTimeToUtc, type TSchedule } from "./recurrence";

const TZ = "Europe/London";
const at = (date: string, time: string) => zonedWallTimeToUtc(date, time, TZ);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

const once: TSchedule = { kind: "once", dueDate: "2026-03-10", dueTime: "20:00" };
const daily: TSchedule = {
  kind: "daily",
  startDate: "2026-03-01",
  dueTime: "08:00",
  end: { type: "weeks", weeks: 4 },
};

describe("isScheduleFinished", () => {
  const due = at("2026-03-10", "20:00");

  test("a planned once-schedule with nothing open is finished, even before its due time", () => {
    const now = plus(due, -6 * HOUR);
    expect(
      isScheduleFinished(
        {
          schedule: once,
          timeZone: TZ,
          plannedUntil: plus(now, 14 * 24 * HOUR),
          openOccurrences: 0,
        },
        now,
      ),
    ).toBe(true);
  });

  test("an open occurrence keeps it going, also once overdue (it can be done late)", () => {
    const progress = { schedule: once, timeZone: TZ, plannedUntil: plus(due, 10 * 24 * HOUR) };
    expect(isScheduleFinished({ ...progress, openOccurrences: 1 }, plus(due, -HOUR))).toBe(false);
    expect(isScheduleFinished({ ...progress, openOccurrences: 1 }, plus(due, 48 * HOUR))).toBe(
      false,
    );
  });

  test("due instants not planned yet keep it going", () => {
    // Daily for 4 weeks from 1 March; planned up to 15 March, everything planned is done.
    const now = at("2026-03-05", "12:00");
    const plannedUntil = at("2026-03-15", "12:00");
    expect(
      isScheduleFinished({ schedule: daily, timeZone: TZ, plannedUntil, openOccurrences: 0 }, now),
    ).toBe(false);
    expect(
      isScheduleFinished(
        { schedule: once, timeZone: TZ, plannedUntil: null, openOccurrences: 0 },
        plus(due, -HOUR),
      ),
    ).toBe(false);
  });

  test("the last due instant planned exactly at the window's end is still to come", () => {
    // Planning windows are [from, to): an instant equal to plannedUntil has no occurrence yet.
    const now = plus(due, -2 * HOUR);
    expect(
      isScheduleFinished(
        { schedule: once, timeZone: TZ, plannedUntil: due, openOccurrences: 0 },
        now,
      ),
    ).toBe(false);
  });

  test("after the last due instant with nothing open, it is finished", () => {
    const last = at("2026-03-28", "08:00");
    expect(
      isScheduleFinished(
        { schedule: daily, timeZone: TZ, plannedUntil: plus(last, -HOUR), openOccurrences: 0 },
        plus(last, HOUR),
      ),
    ).toBe(true);
  });
});

describe("a schedule long over", () => {
  const last = at("2026-03-28", "08:00");
  const progress = { schedule: daily, timeZone: TZ, plannedUntil: plus(last, 14 * DAY) };

  test("is finished a grace week after its last due time, missed ones open or not", () => {
    expect(LATE_GRACE_DAYS).toBe(7);
    const missedTwo = { ...progress, openOccurrences: 2 };
    expect(isScheduleFinished(missedTwo, plus(last, 6 * DAY))).toBe(false);
    expect(isScheduleFinished(missedTwo, plus(last, 7 * DAY - HOUR))).toBe(false);
    expect(isScheduleFinished(missedTwo, plus(last, 7 * DAY + HOUR))).toBe(true);
  });

  test("counts from the last due instant in the client's zone", () => {
    expect(isLongOver(daily, TZ, plus(last, 7 * DAY))).toBe(false);
    expect(isLongOver(daily, TZ, plus(last, 7 * DAY + 1))).toBe(true);
    // The same wall-clock schedule in Tokyo ended 9 hours earlier in absolute time.
    expect(isLongOver(daily, "Asia/Tokyo", plus(last, 7 * DAY - 8 * HOUR))).toBe(true);
  });
});

describe("occurrenceView", () => {
  const now = at("2026-03-10", "12:00");
  const past = { status: "OPEN" as const, dueAt: plus(now, -HOUR) };
  const future = { status: "OPEN" as const, dueAt: plus(now, HOUR) };

  test("past and open is overdue while the homework is active, missed once it is over", () => {
    expect(occurrenceView(past, "ACTIVE", now)).toBe("overdue");
    expect(occurrenceView(past, "ENDED", now)).toBe("missed");
    expect(occurrenceView(past, "COMPLETED", now)).toBe("missed");
  });

  test("done, cancelled and still to come read the same whatever the homework's status", () => {
    for (const status of ["ACTIVE", "COMPLETED", "ENDED"] as const) {
      expect(occurrenceView({ ...past, status: "DONE" }, status, now)).toBe("done");
      expect(occurrenceView({ ...past, status: "CANCELLED" }, status, now)).toBe("cancelled");
      expect(occurrenceView(future, status, now)).toBe("open");
    }
  });
});

describe("isLadderFinished", () => {
  const body: TLadderBody = {
    targetDistress: 30,
    masteryStreak: 2,
    steps: [
      { id: "a", title: "A", description: "", expectedDistress: 10 },
      { id: "b", title: "B", description: "", expectedDistress: 20 },
    ],
  };

  test("finished only when every step is mastered", () => {
    expect(isLadderFinished(body.steps, [])).toBe(false);
    expect(isLadderFinished(body.steps, ["a"])).toBe(false);
    expect(isLadderFinished(body.steps, ["b", "a"])).toBe(true);
  });

  test("an empty ladder is never finished", () => {
    expect(isLadderFinished([], [])).toBe(false);
  });
});
