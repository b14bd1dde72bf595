import { describe, expect, test } from "vitest";
import { afterKey, decodeCursor, encodeCursor, toPage, ZPortalCursorSchema } from "./paging";

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

  test("a request's cursor is decoded, or refused with a plain sentence", () => {
    const at = new Date("2026-03-09T10:59:00.000Z");
    expect(ZPortalCursorSchema.parse(encodeCursor({ at, id: "cm8abc123" }))).toEqual({
      at,
      id: "cm8abc123",
    });
    const refused = ZPortalCursorSchema.safeParse("not-a-cursor");
    expect(refused.error?.issues.map((i) => i.message)).toEqual([
      "This list has changed since it was shown. Reload the page to see it again.",
    ]);
  });
});

describe("afterKey", () => {
  const cursor = { at: new Date("2026-03-09T10:59:00.000Z"), id: "cm8abc123" };

  test("the first page has no condition", () => {
    expect(afterKey("dueAt", "asc", undefined)).toEqual({});
  });

  test("continues strictly after the key, ties broken by id, in the list's direction", () => {
    expect(afterKey("dueAt", "asc", cursor)).toEqual({
      OR: [{ dueAt: { gt: cursor.at } }, { dueAt: cursor.at, id: { gt: cursor.id } }],
    });
    expect(afterKey("createdAt", "desc", cursor)).toEqual({
      OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }],
    });
  });
});

describe("toPage", () => {
  const rows = [1, 2, 3].map((n) => ({ n, at: new Date(Date.UTC(2026, 2, n)), id: `r${n}` }));
  const keyOf = (r: (typeof rows)[number]) => ({ at: r.at, id: r.id });

  test("an extra row means a next page, after the last one shown", () => {
    expect(toPage(rows, 2, (r) => r.n, keyOf)).toEqual({
      items: [1, 2],
      nextCursor: encodeCursor(keyOf(rows[1]!)),
    });
  });

  test("no extra row, no next page", () => {
    expect(toPage(rows, 3, (r) => r.n, keyOf)).toEqual({ items: [1, 2, 3], nextCursor: null });
    expect(toPage([], 3, (r) => r, keyOf)).toEqual({ items: [], nextCursor: null });
  });
});
