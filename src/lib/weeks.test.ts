import { describe, expect, test } from "vitest";
import { localDateOf } from "./dates";
import { firstDayOfWeek, recentWeekStarts, weekStartOf } from "./weeks";

describe("firstDayOfWeek", () => {
  test("from the browser's language and region", () => {
    expect(firstDayOfWeek("en-US,en;q=0.9")).toBe(7);
    expect(firstDayOfWeek("en-GB,en;q=0.9")).toBe(1);
    expect(firstDayOfWeek("de-DE")).toBe(1);
    // A language alone takes its likeliest region: English, the US.
    expect(firstDayOfWeek("en")).toBe(7);
  });
  test("the most preferred language wins, whatever the order written", () => {
    expect(firstDayOfWeek("en-US;q=0.5, fr-FR;q=0.9")).toBe(1);
  });
  test("Monday when the header says nothing we can read", () => {
    expect(firstDayOfWeek(null)).toBe(1);
    expect(firstDayOfWeek("")).toBe(1);
    expect(firstDayOfWeek("*")).toBe(1);
    expect(firstDayOfWeek("not a language!!")).toBe(1);
  });
});

describe("weekStartOf", () => {
  test("Monday weeks and Sunday weeks", () => {
    // Wednesday 11 March 2026.
    expect(weekStartOf("2026-03-11", 1)).toBe("2026-03-09");
    expect(weekStartOf("2026-03-11", 7)).toBe("2026-03-08");
    // A Sunday starts its own Sunday week and ends a Monday week.
    expect(weekStartOf("2026-03-08", 7)).toBe("2026-03-08");
    expect(weekStartOf("2026-03-08", 1)).toBe("2026-03-02");
    // Saturday weeks exist too (e.g. in parts of the Middle East).
    expect(weekStartOf("2026-03-11", 6)).toBe("2026-03-07");
  });
});

describe("week buckets across daylight-saving changes", () => {
  test("an instant just after midnight on the first day after a change lands in the new week", () => {
    // Europe/Berlin springs forward on Sunday 29 March 2026. 00:30 on Monday 30 March there is
    // 22:30 UTC on Sunday: by UTC it would still be the old week.
    const justAfter = new Date("2026-03-29T22:30:00Z");
    const day = localDateOf(justAfter, "Europe/Berlin");
    expect(day).toBe("2026-03-30");
    expect(weekStartOf(day, 1)).toBe("2026-03-30");
    // New York falls back on Sunday 1 November 2026: 23:30 that Saturday is 03:30 UTC Sunday.
    const lateSaturday = new Date("2026-11-01T03:30:00Z");
    expect(weekStartOf(localDateOf(lateSaturday, "America/New_York"), 7)).toBe("2026-10-25");
  });
  test("twelve week starts, seven days apart, ending with the current week", () => {
    const now = new Date("2026-04-02T12:00:00Z");
    const weeks = recentWeekStarts(now, "Europe/Berlin", 1, 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toBe("2026-03-30");
    expect(weeks[0]).toBe("2026-01-12");
    // The week holding the change has seven calendar days like any other.
    expect(weeks).toContain("2026-03-23");
  });
});
