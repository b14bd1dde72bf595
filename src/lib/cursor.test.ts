import { describe, expect, test } from "vitest";
import { CURSOR_REFUSED, decodeCursor, encodeCursor, ZCursorSchema } from "./cursor";

const at = new Date("2026-03-09T10:59:00.123Z");
const encodeJson = (json: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

describe("cursors", () => {
  test("round-trip instants, text, whole numbers and flags, ending in the id", () => {
    for (const values of [
      [at, "cm8abc123"],
      [true, 3, "Ana Ødegård 🙂", "cm8abc123"],
      [0, new Date(0), "id"],
    ]) {
      const cursor = encodeCursor(values);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(values);
    }
  });

  test("never show a bare row id", () => {
    expect(encodeCursor([at, "cm8abc123"])).not.toContain("cm8abc123");
  });

  test("refuse what the app did not make", () => {
    const made = encodeCursor([at, "cm8abc123"]);
    for (const bad of [
      "",
      // earlier formats: a row id, the portal's instant_id, the library's b:/o:
      "cm8abc123",
      "2026-03-09T10:59:00.000Z_cm8abc123",
      "b:3",
      "o:1732400000000:cm8abc123",
      // edited
      `${made}x`,
      made.slice(0, -2),
      `${made}==`,
      made.replace(/[A-Z]/, (c) => c.toLowerCase()),
      // well-formed base64url, but not of ours
      encodeJson("{}"),
      encodeJson('["only-an-id"]'),
      encodeJson("[1, 2]"),
      encodeJson('["a", "id"]'),
      encodeJson('[null, "id"]'),
      encodeJson('[{"d": 1.5}, "id"]'),
      encodeJson('[{"d": 1e300}, "id"]'),
      encodeJson('[{"x": 1}, "id"]'),
      encodeJson('["nul\\u0000", "id"]'),
      encodeJson(JSON.stringify(Array.from({ length: 9 }, () => "k"))),
      encodeCursor(["x".repeat(600), "id"]),
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });

  test("a request's cursor is decoded, or refused with a plain sentence", () => {
    expect(ZCursorSchema.parse(encodeCursor([at, "cm8abc123"]))).toEqual([at, "cm8abc123"]);
    const refused = ZCursorSchema.safeParse("cm8abc123");
    expect(refused.error?.issues.map((i) => i.message)).toEqual([CURSOR_REFUSED]);
  });
});
