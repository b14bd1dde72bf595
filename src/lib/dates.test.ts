import { describe, expect, test } from "vitest";

import {
  addDays,
  daysBetween,
  isoWeekday,
  isValidDateString,
  isValidTimeString,
  isValidTimeZone,
  localDateOf,
  zonedWallTimeToUtc,
  zoneOffsetMs,
} from "./dates";

const HOUR = 3_600_000;

describe("calendar dates", () => {
  test("the unit tests run away from UTC, so UTC assumptions fail", () => {
    expect(new Date("2026-06-01T00:00:00Z").getTimezoneOffset()).not.toBe(0);
  });

  test("addDays crosses month, year and leap-day boundaries", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    // Sao Paulo and Berlin change clocks in these weeks; calendar days must not notice.
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
  });

  test("daysBetween counts whole calendar days", () => {
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2026-04-01", "2026-03-01")).toBe(-31);
  });

  test("isoWeekday numbers Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2026-03-02")).toBe(1);
    expect(isoWeekday("2026-03-06")).toBe(5);
    expect(isoWeekday("2026-03-08")).toBe(7);
  });

  test("only real dates and 24-hour times are valid", () => {
    expect(isValidDateString("2028-02-29")).toBe(true);
    expect(isValidDateString("2026-02-29")).toBe(false);
    expect(isValidDateString("2026-13-01")).toBe(false);
    expect(isValidDateString("2026-4-1")).toBe(false);
    expect(isValidTimeString("23:59")).toBe(true);
    expect(isValidTimeString("00:00")).toBe(true);
    expect(isValidTimeString("24:00")).toBe(false);
    expect(isValidTimeString("8:00")).toBe(false);
    expect(isValidTimeString("08:60")).toBe(false);
  });

  test("isValidTimeZone accepts IANA names only", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("time zones", () => {
  test("localDateOf uses the given zone, not the machine's", () => {
    const instant = new Date("2026-03-10T02:30:00Z");
    expect(localDateOf(instant, "Asia/Tokyo")).toBe("2026-03-10");
    expect(localDateOf(instant, "America/Los_Angeles")).toBe("2026-03-09");
    expect(localDateOf(instant, "UTC")).toBe("2026-03-10");
  });

  test("zoneOffsetMs follows daylight saving", () => {
    expect(zoneOffsetMs(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(HOUR);
    expect(zoneOffsetMs(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(2 * HOUR);
    expect(zoneOffsetMs(new Date("2026-01-15T12:00:00Z"), "Australia/Adelaide")).toBe(10.5 * HOUR);
  });

  test("a plain wall time maps to its instant", () => {
    expect(zonedWallTimeToUtc("2026-01-15", "08:00", "Europe/Berlin").toISOString()).toBe(
      "2026-01-15T07:00:00.000Z",
    );
    expect(zonedWallTimeToUtc("2026-07-15", "08:00", "America/New_York").toISOString()).toBe(
      "2026-07-15T12:00:00.000Z",
    );
    expect(zonedWallTimeToUtc("2026-07-15", "08:00", "Asia/Kolkata").toISOString()).toBe(
      "2026-07-15T02:30:00.000Z",
    );
    expect(zonedWallTimeToUtc("2026-07-15", "00:15", "Asia/Kolkata").toISOString()).toBe(
      "2026-07-14T18:45:00.000Z",
    );
  });

  test("a time skipped at spring-forward moves forward by the gap", () => {
    // Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist.
    const berlin = zonedWallTimeToUtc("2026-03-29", "02:30", "Europe/Berlin");
    expect(berlin.toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    // New York 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    const ny = zonedWallTimeToUtc("2026-03-08", "02:15", "America/New_York");
    expect(ny.toISOString()).toBe("2026-03-08T07:15:00.000Z"); // 03:15 EDT
  });

  test("a time repeated at fall-back takes the earlier instant", () => {
    // Berlin 2026-10-25: 02:00-03:00 happens in CEST, then again in CET.
    const berlin = zonedWallTimeToUtc("2026-10-25", "02:30", "Europe/Berlin");
    expect(berlin.toISOString()).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
    const ny = zonedWallTimeToUtc("2026-11-01", "01:30", "America/New_York");
    expect(ny.toISOString()).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
  });

  test("times either side of a change keep their own offset", () => {
    expect(zonedWallTimeToUtc("2026-03-29", "01:59", "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T00:59:00.000Z",
    );
    expect(zonedWallTimeToUtc("2026-03-29", "03:00", "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    expect(zonedWallTimeToUtc("2026-10-25", "03:00", "Europe/Berlin").toISOString()).toBe(
      "2026-10-25T02:00:00.000Z",
    );
  });

  test("Adelaide's half-hour offset and southern-hemisphere changes", () => {
    // Adelaide leaves daylight saving on 2026-04-05 (03:00 ACDT -> 02:00 ACST).
    expect(zonedWallTimeToUtc("2026-04-04", "08:00", "Australia/Adelaide").toISOString()).toBe(
      "2026-04-03T21:30:00.000Z",
    );
    expect(zonedWallTimeToUtc("2026-04-06", "08:00", "Australia/Adelaide").toISOString()).toBe(
      "2026-04-05T22:30:00.000Z",
    );
  });

  test("bad input is refused rather than guessed", () => {
    expect(() => zonedWallTimeToUtc("2026-02-30", "08:00", "Europe/Berlin")).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-03", "25:00", "Europe/Berlin")).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-03", "08:00", "Mars/Olympus")).toThrow(RangeError);
  });
});
