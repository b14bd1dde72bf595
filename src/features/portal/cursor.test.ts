import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("portal list cursors", () => {
  test("round-trip the instant and the id", () => {
    const at = new Date("2026-03-09T10:59:00.000Z");
    expect(decodeCursor(encodeCursor({ at, id: "cm8abc123" }))).toEqual({ at, id: "cm8abc123" });
  });

  test("refuse anything they did not make", () => {
    for (const bad of [
      "",
      "cm8abc123",
      "2026-03-09T10:59:00.000Z_",
      "2026-03-09_cm8abc123",
      "2026-13-45T10:59:00.000Z_cm8abc123",
      "2026-03-09T10:59:00.000Z_id with spaces",
      `2026-03-09T10:59:00.000Z_${"x".repeat(101)}`,
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});
