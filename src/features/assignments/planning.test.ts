import { describe, expect, test } from "vitest";
import {
  dueTimesToPlan,
  planningWindow,
  replanFuture,
  topUpThreshold,
  type TFutureOccurrence,
} from "./planning";
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

describe("replanFuture", () => {
  const tz = "Europe/Berlin";
  const at = (iso: string) => new Date(iso);
  const occ = (
    id: string,
    iso: string,
    status: TFutureOccurrence["status"] = "OPEN",
    started = false,
  ): TFutureOccurrence => ({ id, dueAt: at(iso), status, started });
  // 20:00 and 07:30 Berlin time (CET, UTC+1) on three days.
  const evenings = ["2026-03-10T19:00:00Z", "2026-03-11T19:00:00Z", "2026-03-12T19:00:00Z"];
  const mornings = ["2026-03-10T06:30:00Z", "2026-03-11T06:30:00Z", "2026-03-12T06:30:00Z"];

  test("unchanged due times keep every occurrence and create nothing", () => {
    const existing = evenings.map((iso, i) => occ(`o${i}`, iso, "OPEN", i === 1));
    expect(replanFuture(existing, evenings.map(at), { timeZone: tz, once: false })).toEqual({
      reopen: [],
      cancel: [],
      move: [],
      create: [],
    });
  });

  test("a new due time: untouched ones are cancelled, a draft moves to its day's new time", () => {
    const existing = [
      occ("a", evenings[0]!),
      occ("b", evenings[1]!, "OPEN", true),
      occ("c", evenings[2]!, "DONE", true),
    ];
    const plan = replanFuture(existing, mornings.map(at), { timeZone: tz, once: false });
    expect(plan.cancel).toEqual(["a"]);
    expect(plan.move).toEqual([{ id: "b", dueAt: at(mornings[1]!) }]);
    // Day 3 was already handed in: no second worksheet that day.
    expect(plan.create).toEqual([at(mornings[0]!)]);
    expect(plan.reopen).toEqual([]);
  });

  test("a draft whose day is no longer due stays open and gets no twin", () => {
    const existing = [occ("a", evenings[0]!), occ("b", evenings[1]!, "OPEN", true)];
    // Only the first and third day remain.
    const wanted = [at(evenings[0]!), at(evenings[2]!)];
    const plan = replanFuture(existing, wanted, { timeZone: tz, once: false });
    expect(plan).toEqual({ reopen: [], cancel: [], move: [], create: [at(evenings[2]!)] });
  });

  test("a cancelled occurrence back in the schedule reopens instead of a new one", () => {
    const existing = [occ("a", evenings[0]!, "CANCELLED"), occ("m", mornings[0]!)];
    const plan = replanFuture(existing, [at(evenings[0]!)], { timeZone: tz, once: false });
    expect(plan).toEqual({ reopen: ["a"], cancel: ["m"], move: [], create: [] });
  });

  test("a draft never moves onto an instant another occurrence holds", () => {
    const existing = [occ("x", mornings[0]!, "CANCELLED"), occ("d", evenings[0]!, "OPEN", true)];
    const plan = replanFuture(existing, [at(mornings[0]!)], { timeZone: tz, once: false });
    // The draft stays at its time and covers its day, so the cancelled one stays cancelled.
    expect(plan).toEqual({ reopen: [], cancel: [], move: [], create: [] });
  });

  test("once: the worksheet follows the new due date, even to another day, started or not", () => {
    const existing = [occ("d", evenings[0]!, "OPEN", true)];
    const plan = replanFuture(existing, [at(mornings[2]!)], { timeZone: tz, once: true });
    expect(plan).toEqual({
      reopen: [],
      cancel: [],
      move: [{ id: "d", dueAt: at(mornings[2]!) }],
      create: [],
    });
    const untouched = replanFuture([occ("a", evenings[0]!)], [at(mornings[2]!)], {
      timeZone: tz,
      once: true,
    });
    expect(untouched).toEqual({
      reopen: [],
      cancel: [],
      move: [{ id: "a", dueAt: at(mornings[2]!) }],
      create: [],
    });
  });

  test("no schedule any more: untouched ones are cancelled, started ones stay", () => {
    const existing = [occ("a", evenings[0]!), occ("b", evenings[1]!, "OPEN", true)];
    expect(replanFuture(existing, [], { timeZone: tz, once: false })).toEqual({
      reopen: [],
      cancel: ["a"],
      move: [],
      create: [],
    });
  });
});
