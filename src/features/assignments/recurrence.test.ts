import { describe, expect, test } from "vitest";

import {
  expandSchedule,
  haveSameDueTimes,
  scheduleEnd,
  ZScheduleSchema,
  zonedWallTimeToUtc,
  type TSchedule,
} from "./recurrence";

const ALL_TIME = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") };

/** "YYYY-MM-DD HH:MM" as clocks in the zone show it, read independently of the code under test. */
function wall(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

function daily(startDate: string, dueTime: string, weeks: number): TSchedule {
  return { kind: "daily", startDate, dueTime, end: { type: "weeks", weeks } };
}

describe("daylight-saving changes", () => {
  test("Berlin spring forward: 08:00 stays 08:00 while UTC moves an hour earlier", () => {
    const due = expandSchedule(daily("2026-03-27", "08:00", 1), "Europe/Berlin", ALL_TIME);
    expect(due.map((d) => wall(d, "Europe/Berlin"))).toEqual([
      "2026-03-27 08:00",
      "2026-03-28 08:00",
      "2026-03-29 08:00",
      "2026-03-30 08:00",
      "2026-03-31 08:00",
      "2026-04-01 08:00",
      "2026-04-02 08:00",
    ]);
    expect(iso(due.slice(1, 3))).toEqual(["2026-03-28T07:00:00.000Z", "2026-03-29T06:00:00.000Z"]);
  });

  test("Berlin fall back: 08:00 stays 08:00 while UTC moves an hour later", () => {
    const due = expandSchedule(daily("2026-10-23", "08:00", 1), "Europe/Berlin", ALL_TIME);
    expect(due.every((d) => wall(d, "Europe/Berlin").endsWith(" 08:00"))).toBe(true);
    expect(iso(due.slice(1, 3))).toEqual(["2026-10-24T06:00:00.000Z", "2026-10-25T07:00:00.000Z"]);
    expect(due).toHaveLength(7);
  });

  test("New York spring forward and fall back", () => {
    const spring = expandSchedule(daily("2026-03-07", "08:00", 1), "America/New_York", ALL_TIME);
    expect(iso(spring.slice(0, 2))).toEqual([
      "2026-03-07T13:00:00.000Z",
      "2026-03-08T12:00:00.000Z",
    ]);
    const fall = expandSchedule(daily("2026-10-31", "08:00", 1), "America/New_York", ALL_TIME);
    expect(iso(fall.slice(0, 2))).toEqual(["2026-10-31T12:00:00.000Z", "2026-11-01T13:00:00.000Z"]);
    expect([...spring, ...fall].every((d) => wall(d, "America/New_York").endsWith(" 08:00"))).toBe(
      true,
    );
  });

  test("02:30 daily across Berlin's spring-forward day moves to 03:30 on that day only", () => {
    const due = expandSchedule(daily("2026-03-28", "02:30", 1), "Europe/Berlin", ALL_TIME);
    expect(due.slice(0, 3).map((d) => wall(d, "Europe/Berlin"))).toEqual([
      "2026-03-28 02:30",
      "2026-03-29 03:30",
      "2026-03-30 02:30",
    ]);
    expect(due).toHaveLength(7);
  });

  test("02:30 daily across Berlin's fall-back day happens once, at the first 02:30", () => {
    const due = expandSchedule(daily("2026-10-24", "02:30", 1), "Europe/Berlin", ALL_TIME);
    expect(iso(due.slice(0, 3))).toEqual([
      "2026-10-24T00:30:00.000Z",
      "2026-10-25T00:30:00.000Z",
      "2026-10-26T01:30:00.000Z",
    ]);
  });

  test("zones with half-hour offsets: Kolkata, and Adelaide across its April change", () => {
    const kolkata = expandSchedule(daily("2026-03-27", "08:00", 1), "Asia/Kolkata", ALL_TIME);
    expect(kolkata[0]?.toISOString()).toBe("2026-03-27T02:30:00.000Z");
    // Adelaide goes from +10:30 to +9:30 on 2026-04-05.
    const adelaide = expandSchedule(
      daily("2026-04-04", "08:00", 1),
      "Australia/Adelaide",
      ALL_TIME,
    );
    expect(iso(adelaide.slice(0, 2))).toEqual([
      "2026-04-03T21:30:00.000Z",
      "2026-04-04T22:30:00.000Z",
    ]);
    expect(adelaide.every((d) => wall(d, "Australia/Adelaide").endsWith(" 08:00"))).toBe(true);
  });
});

describe("which days are due", () => {
  test("Mon/Wed/Fri for 2 weeks gives 6 occurrences on those days", () => {
    const schedule: TSchedule = {
      kind: "weekdays",
      startDate: "2026-03-04", // a Wednesday: the two weeks run to Tuesday 2026-03-17
      dueTime: "18:00",
      weekdays: [5, 1, 3],
      end: { type: "weeks", weeks: 2 },
    };
    const due = expandSchedule(schedule, "Europe/Berlin", ALL_TIME);
    expect(due.map((d) => wall(d, "Europe/Berlin").slice(0, 10))).toEqual([
      "2026-03-04",
      "2026-03-06",
      "2026-03-09",
      "2026-03-11",
      "2026-03-13",
      "2026-03-16",
    ]);
  });

  test("weeks: N ends N*7 days after the start, exclusive", () => {
    const due = expandSchedule(daily("2026-05-01", "09:00", 2), "America/New_York", ALL_TIME);
    expect(due).toHaveLength(14);
    expect(wall(due.at(-1)!, "America/New_York")).toBe("2026-05-14 09:00");
  });

  test("an until date is included", () => {
    const schedule: TSchedule = {
      kind: "daily",
      startDate: "2026-05-01",
      dueTime: "21:30",
      end: { type: "until", date: "2026-05-04" },
    };
    const due = expandSchedule(schedule, "Asia/Kolkata", ALL_TIME);
    expect(due.map((d) => wall(d, "Asia/Kolkata"))).toEqual([
      "2026-05-01 21:30",
      "2026-05-02 21:30",
      "2026-05-03 21:30",
      "2026-05-04 21:30",
    ]);
  });

  test("a rolling 14-day window clips the schedule to [from, to)", () => {
    const schedule = daily("2026-03-01", "08:00", 4);
    const from = new Date("2026-03-10T15:00:00Z"); // 11:00 in New York: today's 08:00 has passed
    const to = new Date(from.getTime() + 14 * 86_400_000);
    const due = expandSchedule(schedule, "America/New_York", { from, to });
    expect(due).toHaveLength(14);
    expect(wall(due[0]!, "America/New_York")).toBe("2026-03-11 08:00");
    expect(wall(due.at(-1)!, "America/New_York")).toBe("2026-03-24 08:00");
  });

  test("the window includes its start instant and excludes its end instant", () => {
    const schedule = daily("2026-03-01", "08:00", 1);
    const first = zonedWallTimeToUtc("2026-03-02", "08:00", "Europe/Berlin");
    const third = zonedWallTimeToUtc("2026-03-04", "08:00", "Europe/Berlin");
    const due = expandSchedule(schedule, "Europe/Berlin", { from: first, to: third });
    expect(iso(due)).toEqual([first.toISOString(), "2026-03-03T07:00:00.000Z"]);
    expect(expandSchedule(schedule, "Europe/Berlin", { from: third, to: first })).toEqual([]);
  });

  test("a window after the schedule ended gives nothing", () => {
    const due = expandSchedule(daily("2026-03-01", "08:00", 1), "Europe/Berlin", {
      from: new Date("2026-03-08T07:00:00Z"),
      to: new Date("2026-03-22T07:00:00Z"),
    });
    expect(due).toEqual([]);
  });

  test("once: its due instant, only when in the window", () => {
    const once: TSchedule = { kind: "once", dueDate: "2026-06-01", dueTime: "19:00" };
    const due = new Date("2026-06-01T17:00:00Z");
    expect(expandSchedule(once, "Europe/Berlin", ALL_TIME)).toEqual([due]);
    const later = { from: new Date(due.getTime() + 1), to: ALL_TIME.to };
    expect(expandSchedule(once, "Europe/Berlin", later)).toEqual([]);
    expect(scheduleEnd(once, "Europe/Berlin")).toEqual(due);
  });
});

describe("scheduleEnd", () => {
  test("is the last occurrence of a recurring schedule", () => {
    const schedule = daily("2026-10-20", "08:00", 1);
    const all = expandSchedule(schedule, "Europe/Berlin", ALL_TIME);
    expect(scheduleEnd(schedule, "Europe/Berlin")).toEqual(all.at(-1));
    expect(wall(all.at(-1)!, "Europe/Berlin")).toBe("2026-10-26 08:00");
  });

  test("is the last chosen weekday, not the until date", () => {
    const schedule: TSchedule = {
      kind: "weekdays",
      startDate: "2026-03-02",
      dueTime: "07:15",
      weekdays: [1, 3],
      end: { type: "until", date: "2026-03-15" }, // a Sunday
    };
    expect(wall(scheduleEnd(schedule, "Australia/Adelaide"), "Australia/Adelaide")).toBe(
      "2026-03-11 07:15",
    );
  });
});

describe("ZScheduleSchema", () => {
  const base = { kind: "weekdays", startDate: "2026-03-02", dueTime: "08:00", weekdays: [1] };
  const messages = (input: unknown) =>
    ZScheduleSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

  test("accepts each kind of schedule", () => {
    expect(messages({ kind: "once", dueDate: "2026-03-02", dueTime: "23:59" })).toEqual([]);
    expect(messages({ ...base, end: { type: "weeks", weeks: 52 } })).toEqual([]);
    expect(messages({ ...base, end: { type: "until", date: "2026-03-02" } })).toEqual([]);
  });

  test("refuses no weekdays, repeated weekdays and weekday numbers outside 1-7", () => {
    const end = { type: "weeks", weeks: 2 };
    expect(messages({ ...base, weekdays: [], end })).toEqual(["Pick at least one weekday."]);
    expect(messages({ ...base, weekdays: [1, 1], end })).toEqual(["Pick each weekday only once."]);
    expect(messages({ ...base, weekdays: [0], end })).toHaveLength(1);
    expect(messages({ ...base, weekdays: [8], end })).toHaveLength(1);
  });

  test("refuses an end date before the start, with the issue on the end date", () => {
    const result = ZScheduleSchema.safeParse({
      ...base,
      end: { type: "until", date: "2026-03-01" },
    });
    expect(result.error?.issues).toMatchObject([
      { path: ["end", "date"], message: "The end date is before the start date." },
    ]);
  });

  test("refuses an until range where none of the chosen weekdays falls", () => {
    const input = { ...base, weekdays: [5], end: { type: "until", date: "2026-03-04" } };
    expect(messages(input)).toEqual([
      "None of the chosen weekdays falls in these dates. Pick a later end date.",
    ]);
  });

  test("refuses impossible dates and times and out-of-range week counts", () => {
    expect(messages({ kind: "once", dueDate: "2026-02-29", dueTime: "08:00" })).toHaveLength(1);
    expect(messages({ kind: "once", dueDate: "2026-03-02", dueTime: "24:00" })).toHaveLength(1);
    expect(messages({ kind: "once", dueDate: "02/03/2026", dueTime: "08:00" })).toHaveLength(1);
    expect(messages({ ...base, end: { type: "weeks", weeks: 0 } })).toHaveLength(1);
    expect(messages({ ...base, end: { type: "weeks", weeks: 53 } })).toHaveLength(1);
    expect(messages({ ...base, end: { type: "weeks", weeks: 1.5 } })).toHaveLength(1);
    expect(messages({ ...base, end: { type: "until", date: "2027-06-01" } })).toEqual([
      "Choose an end date within a year.",
    ]);
    expect(messages({ kind: "monthly", dueDate: "2026-03-02", dueTime: "08:00" })).toHaveLength(1);
  });

  test("an emptied weeks box gets a sentence, not zod's NaN message", () => {
    expect(messages({ ...base, end: { type: "weeks", weeks: NaN } })).toEqual([
      "Enter a number of weeks.",
    ]);
  });

  test("a once schedule may start before or on its due date, not after", () => {
    const once = { kind: "once", dueDate: "2026-03-10", dueTime: "08:00" };
    expect(messages({ ...once, startDate: "2026-03-01" })).toEqual([]);
    expect(messages({ ...once, startDate: "2026-03-10" })).toEqual([]);
    expect(
      ZScheduleSchema.safeParse({ ...once, startDate: "2026-03-11" }).error?.issues,
    ).toMatchObject([{ path: ["startDate"], message: "The start date is after the due date." }]);
  });
});

describe("haveSameDueTimes", () => {
  const weekdays: TSchedule = {
    kind: "weekdays",
    startDate: "2026-03-02",
    dueTime: "08:00",
    weekdays: [1, 3],
    end: { type: "weeks", weeks: 2 },
  };

  test("ignores the order of weekdays and of keys, and a once schedule's start date", () => {
    expect(haveSameDueTimes(weekdays, { ...weekdays, weekdays: [3, 1] })).toBe(true);
    const { kind, ...rest } = weekdays;
    const reordered = { ...rest, kind } as TSchedule;
    expect(haveSameDueTimes(weekdays, reordered)).toBe(true);
    const once: TSchedule = { kind: "once", dueDate: "2026-03-10", dueTime: "08:00" };
    expect(haveSameDueTimes(once, { ...once, startDate: "2026-03-05" })).toBe(true);
    expect(haveSameDueTimes(null, null)).toBe(true);
  });

  test("sees any change that moves a due time", () => {
    expect(haveSameDueTimes(weekdays, { ...weekdays, dueTime: "08:01" })).toBe(false);
    expect(haveSameDueTimes(weekdays, { ...weekdays, weekdays: [1] })).toBe(false);
    expect(haveSameDueTimes(weekdays, { ...weekdays, startDate: "2026-03-03" })).toBe(false);
    expect(haveSameDueTimes(weekdays, { ...weekdays, end: { type: "weeks", weeks: 3 } })).toBe(
      false,
    );
    expect(haveSameDueTimes(weekdays, { ...weekdays, kind: "daily" } as TSchedule)).toBe(false);
    expect(haveSameDueTimes(weekdays, null)).toBe(false);
  });
});
