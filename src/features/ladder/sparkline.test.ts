import { describe, expect, test } from "vitest";
import {
  polylinePoints,
  sparklineCoordinates,
  sparklineLabel,
  type TSparklineBox,
} from "./sparkline";

// The line the component draws: each value's coordinates, as SVG `points`.
const sparklinePoints = (values: number[], box: TSparklineBox) =>
  polylinePoints(sparklineCoordinates(values, box));

describe("sparklinePoints", () => {
  const box = { width: 104, height: 24, padding: 2 };

  test("spreads values across the width, 100 at the top and 0 at the bottom", () => {
    expect(sparklinePoints([100, 50, 0], box)).toBe("2,2 52,12 102,22");
  });

  test("a single value sits in the middle", () => {
    expect(sparklinePoints([25], box)).toBe("52,17");
  });

  test("out-of-range values are clamped to the box", () => {
    expect(sparklinePoints([150, -20], box)).toBe("2,2 102,22");
  });

  test("no values, no points", () => {
    expect(sparklinePoints([], box)).toBe("");
  });
});

describe("sparklineCoordinates", () => {
  const box = { width: 104, height: 24, padding: 2 };

  test("one attempt gives one point to mark, in the middle (a line alone would draw nothing)", () => {
    expect(sparklineCoordinates([25], box)).toEqual([{ x: 52, y: 17 }]);
  });

  test("one point per value, matching the line", () => {
    expect(sparklineCoordinates([100, 0], box)).toEqual([
      { x: 2, y: 2 },
      { x: 102, y: 22 },
    ]);
  });
});

describe("sparklineLabel", () => {
  test("lists the values in order", () => {
    expect(sparklineLabel("After-distress", [70, 50, 30])).toBe(
      "After-distress over 3 attempts: 70, 50, 30.",
    );
    expect(sparklineLabel("After-distress", [40])).toBe("After-distress over 1 attempt: 40.");
    expect(sparklineLabel("After-distress", [])).toBe("No after-distress recorded yet.");
  });
});
