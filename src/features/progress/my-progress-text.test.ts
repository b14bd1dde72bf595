import { expect, test } from "vitest";
import { readingEase } from "../../../tests/reading-ease";
import {
  currentStep,
  fearsCount,
  ladderCount,
  MY_PROGRESS_TEXT,
  trendSummary,
  weeksCount,
} from "./my-progress-text";

test("the fixed words of My progress read easily (Flesch 70 or more)", () => {
  const texts = [
    ...Object.values(MY_PROGRESS_TEXT),
    fearsCount(9, 12),
    ladderCount(2, 10),
    currentStep(3, "Hand over a small task"),
    weeksCount(5, 12),
    trendSummary([60, 25]),
    trendSummary([40]),
  ];
  expect(readingEase(texts)).toBeGreaterThanOrEqual(70);
});

test("the setback line is there: progress is not a straight line", () => {
  expect(MY_PROGRESS_TEXT.intro).toMatch(/step back.*normal/);
});

test("trendSummary", () => {
  expect(trendSummary([60, 45, 25])).toBe(
    "Your distress afterwards went from 60 to 25 over 3 tries.",
  );
  expect(trendSummary([40])).toBe("After your first try, your distress was 40.");
  expect(trendSummary([])).toBe("No tries of this step yet.");
});
