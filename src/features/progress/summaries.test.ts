import { describe, expect, test } from "vitest";
import {
  homeworkSummary,
  likelihoodSummary,
  predictionsSummary,
  scaleSummary,
  stepSummary,
} from "./summaries";

const at = new Date("2026-03-01T10:00:00Z");
const recorded = (after: number) => ({ at, before: 60, peak: 70, after, stopped: false });
const stopped = { at, before: 60, peak: null, after: null, stopped: true };

describe("stepSummary", () => {
  test("the direction of distress afterwards, first to last recorded attempt", () => {
    const attempts = [60, 50, 45, 40, 30, 25].map(recorded);
    expect(stepSummary({ attempts, masteredAt: null })).toBe(
      "Distress afterwards fell from 60 to 25 over 6 attempts.",
    );
    expect(stepSummary({ attempts: [recorded(20), recorded(45)], masteredAt: null })).toBe(
      "Distress afterwards rose from 20 to 45 over 2 attempts.",
    );
    expect(stepSummary({ attempts: [recorded(40), recorded(45)], masteredAt: null })).toBe(
      "Distress afterwards stayed about the same (40 to 45) over 2 attempts.",
    );
  });
  test("stopped attempts are counted apart, never as a rating", () => {
    expect(stepSummary({ attempts: [recorded(40), stopped], masteredAt: null })).toBe(
      "One attempt: distress afterwards 40; 1 attempt stopped.",
    );
    expect(stepSummary({ attempts: [stopped, stopped], masteredAt: null })).toBe(
      "No attempts recorded; 2 attempts stopped.",
    );
    expect(stepSummary({ attempts: [], masteredAt: null })).toBe("No attempts yet.");
  });
});

test("predictionsSummary counts outcomes found out, and the rest apart", () => {
  const week = { weekStart: "2026-03-02", no: 3, partly: 1, yes: 1, unknown: 2, stopped: 1 };
  expect(predictionsSummary([week, { ...week, weekStart: "2026-03-09" }])).toBe(
    "Of 10 feared outcomes found out, 6 did not happen, 2 partly happened and 2 happened; 4 not found out, 2 attempts stopped.",
  );
  expect(
    predictionsSummary([{ weekStart: "x", no: 0, partly: 0, yes: 0, unknown: 0, stopped: 0 }]),
  ).toBe("No feared outcomes found out in these weeks.");
});

test("likelihoodSummary: how likely fears felt, and whether the likely ones came true", () => {
  expect(
    likelihoodSummary([
      { likelihood: 80, outcome: "no", count: 3 },
      { likelihood: 90, outcome: "yes", count: 1 },
      { likelihood: 30, outcome: "no", count: 2 },
      { likelihood: 50, outcome: "unknown", count: 5 },
    ]),
  ).toBe(
    "On average the fear felt 65 out of 100 likely beforehand; of 4 fears rated 70 or more, 1 fully happened.",
  );
  expect(likelihoodSummary([])).toBe("No predictions with a rating and an outcome yet.");
});

test("homeworkSummary and scaleSummary", () => {
  expect(
    homeworkSummary([
      { weekStart: "a", done: 5, missed: 2 },
      { weekStart: "b", done: 7, missed: 0 },
    ]),
  ).toBe("In the last 2 weeks, 12 of 14 due dates done and 2 missed.");
  expect(homeworkSummary([{ weekStart: "a", done: 0, missed: 0 }])).toBe(
    "Nothing was due in the last 1 week.",
  );
  const points = [3, 4, 6].map((value) => ({ at, value }));
  expect(scaleSummary({ label: "How safe did you feel?", points, min: 0, max: 10 })).toBe(
    "“How safe did you feel?” went from 3 to 6 over 3 answers, on a scale of 0 to 10.",
  );
});
