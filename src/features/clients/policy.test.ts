import { describe, expect, test } from "vitest";
import { distressDirection } from "./policy";

describe("distressDirection", () => {
  test("needs two attempts", () => {
    expect(distressDirection([])).toBeNull();
    expect(distressDirection([60])).toBeNull();
  });
  test("reads the last three, newest against oldest", () => {
    expect(distressDirection([60, 45, 30])).toBe("falling");
    expect(distressDirection([30, 45, 60])).toBe("rising");
    // The fourth-newest (90) is out of the window.
    expect(distressDirection([90, 40, 45, 45])).toBe("steady");
  });
  test("a change of 10 or less is steady", () => {
    expect(distressDirection([40, 50])).toBe("steady");
    expect(distressDirection([40, 51])).toBe("rising");
    expect(distressDirection([50, 39])).toBe("falling");
  });
});
