import { expect, test } from "vitest";
import { dueTimesToPlan, planningWindow, topUpThreshold } from "./planning";
import type { TSchedule } from "./recurrence";

const daily: TSchedule = {
  kind: "daily",
  startDate: "2026-03-20",
  dueTime: "08:00",
  end: { type: "weeks", weeks: 4 },
};
const now = new Date("2026-03-20T06:00:00Z"); // 07:00 in Berlin

test("a new assignment is planned from now to 14 days ahead", () => {
  const window = planningWindow(
    { schedule: daily, timeZone: "Europe/Berlin", plannedUntil: null },
    now,
  );
  expect(window).toEqual({ from: now, to: new Date("2026-04-03T06:00:00Z") });
});

test("daily 08:00 in Berlin stays 08:00 across the spring-forward change", () => {
  const { dueAts, plannedUntil } = dueTimesToPlan(
    { schedule: daily, timeZone: "Europe/Berlin", plannedUntil: null },
    now,
  );
  expect(dueAts).toHaveLength(14);
  expect(dueAts[0]!.toISOString()).toBe("2026-03-20T07:00:00.000Z"); // CET
  expect(dueAts[13]!.toISOString()).toBe("2026-04-02T06:00:00.000Z"); // CEST
  expect(plannedUntil).toEqual(new Date("2026-04-03T06:00:00Z"));
});

test("a top-up plans only the part not planned yet; ladders without a schedule plan nothing", () => {
  const later = new Date("2026-03-22T06:00:00Z");
  const { dueAts } = dueTimesToPlan(
    { schedule: daily, timeZone: "Europe/Berlin", plannedUntil: new Date("2026-04-03T06:00:00Z") },
    later,
  );
  expect(dueAts.map((d) => d.toISOString())).toEqual([
    "2026-04-03T06:00:00.000Z",
    "2026-04-04T06:00:00.000Z",
  ]);
  expect(planningWindow({ schedule: null, timeZone: "UTC", plannedUntil: null }, now)).toBeNull();
  expect(topUpThreshold(now).getTime()).toBeLessThan(new Date("2026-04-03T06:00:00Z").getTime());
});
