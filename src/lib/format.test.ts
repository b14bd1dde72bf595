import { describe, expect, test } from "vitest";
import { formatClientTime, formatDay, formatDaysAgo } from "./format";

describe("formatClientTime", () => {
  const due = new Date("2026-11-22T19:00:00Z");
  test("in the client's zone, labelled when the reader's zone differs", () => {
    expect(
      formatClientTime(due, { name: "Sam Rivera", timeZone: "Europe/London" }, "Europe/Berlin"),
    ).toBe("Sun 22 Nov, 19:00 (Sam's time, Europe/London)");
  });
  test("without a label when both share the zone", () => {
    expect(
      formatClientTime(due, { name: "Sam Rivera", timeZone: "Europe/Berlin" }, "Europe/Berlin"),
    ).toBe("Sun 22 Nov, 20:00");
  });
});

test("formatDay gives the day in the zone asked for, not the machine's", () => {
  // An invitation expiring late evening UTC is already the next day for a therapist in Berlin.
  const expires = new Date("2026-11-22T23:30:00Z");
  expect(formatDay(expires, "Europe/Berlin")).toBe("Mon 23 Nov");
  expect(formatDay(expires, "America/New_York")).toBe("Sun 22 Nov");
});

describe("formatDaysAgo", () => {
  const now = new Date("2026-03-10T08:00:00Z");
  test("counts calendar days in the reader's zone, not 24-hour spans", () => {
    // 23:30 the evening before in London is yesterday, though less than 9 hours ago.
    expect(formatDaysAgo(new Date("2026-03-09T23:30:00Z"), now, "Europe/London")).toBe("yesterday");
    // The same instant is still 10 March in Tokyo: today.
    expect(formatDaysAgo(new Date("2026-03-09T23:30:00Z"), now, "Asia/Tokyo")).toBe("today");
    expect(formatDaysAgo(new Date("2026-03-05T12:00:00Z"), now, "UTC")).toBe("5 days ago");
    expect(formatDaysAgo(new Date("2026-02-01T12:00:00Z"), now, "UTC")).toBe("on Sun 1 Feb");
  });
});
