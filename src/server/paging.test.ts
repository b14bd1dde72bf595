import { describe, expect, test } from "vitest";
import { CURSOR_REFUSED, decodeCursor, encodeCursor, type TCursor } from "~/lib/cursor";
import { Prisma } from "./db";
import { AppError } from "./errors";
import { byTime, keyset } from "./paging";

const at = new Date("2026-03-09T10:59:00.000Z");

/** The therapist's caseload as the progress issue will page it: computed keys, mixed directions. */
const caseloadOrder = keyset([
  { field: "flagged", type: "flag", direction: "desc" },
  { field: "waiting", type: "int", direction: "desc" },
  { field: "name", type: "text", direction: "asc" },
  { field: "id", type: "text", direction: "asc" },
]);
type TCaseRow = { flagged: boolean; waiting: number; name: string; id: string };

/** What Postgres would do with an `after` condition, for rows in memory. */
function matches(where: { OR?: Record<string, unknown>[] }, row: Record<string, unknown>) {
  if (!where.OR) return true;
  const compare = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date
      ? a.getTime() - b.getTime()
      : a! < b!
        ? -1
        : a! > b!
          ? 1
          : 0;
  return where.OR.some((branch) =>
    Object.entries(branch).every(([field, test]) => {
      const value = row[field];
      if (test !== null && typeof test === "object" && !(test instanceof Date)) {
        if ("gt" in test) return compare(value, test.gt) > 0;
        if ("lt" in test) return compare(value, test.lt) < 0;
      }
      return compare(value, test) === 0;
    }),
  );
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError
      ? { code: error.code, message: error.userMessage, fieldErrors: error.fieldErrors }
      : error;
  }
  return "accepted";
};
const REFUSED = {
  code: "BAD_REQUEST",
  message: CURSOR_REFUSED,
  fieldErrors: { cursor: [CURSOR_REFUSED] },
};

describe("after", () => {
  test("the first page has no condition", () => {
    expect(byTime("dueAt", "asc").after(undefined)).toEqual({});
  });

  test("continues strictly after the key, ties broken by id, in the list's direction", () => {
    expect(byTime("dueAt", "asc").after([at, "c1"])).toEqual({
      OR: [{ dueAt: { gt: at } }, { dueAt: at, id: { gt: "c1" } }],
    });
    expect(byTime("createdAt", "desc").after([at, "c1"])).toEqual({
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "c1" } }],
    });
  });

  test("mixed directions: equal on the keys before, past on one", () => {
    const library = keyset([
      { field: "libraryOrder", type: "int", direction: "asc" },
      { field: "updatedAt", type: "date", direction: "desc" },
      { field: "id", type: "text", direction: "desc" },
    ]);
    expect(library.orderBy).toEqual([
      { libraryOrder: "asc" },
      { updatedAt: "desc" },
      { id: "desc" },
    ]);
    expect(library.after([1000, at, "t1"])).toEqual({
      OR: [
        { libraryOrder: { gt: 1000 } },
        { libraryOrder: 1000, updatedAt: { lt: at } },
        { libraryOrder: 1000, updatedAt: at, id: { lt: "t1" } },
      ],
    });
  });

  test("a flag has only two values: past false is true, nothing is past true", () => {
    expect(caseloadOrder.after([true, 2, "Ana", "u1"])).toEqual({
      OR: [
        { flagged: false },
        { flagged: true, waiting: { lt: 2 } },
        { flagged: true, waiting: 2, name: { gt: "Ana" } },
        { flagged: true, waiting: 2, name: "Ana", id: { gt: "u1" } },
      ],
    });
    expect(caseloadOrder.after([false, 0, "Ana", "u1"]).OR).toHaveLength(3);
  });

  test("pages through ties and mixed directions without gaps or repeats", () => {
    const rows: TCaseRow[] = [];
    for (const flagged of [false, true])
      for (const waiting of [0, 2])
        for (const name of ["Ana", "Ben"])
          for (const id of ["u1", "u2"]) rows.push({ flagged, waiting, name, id: `${name}${id}` });
    const sorted = rows.toSorted(
      (a, b) =>
        Number(b.flagged) - Number(a.flagged) ||
        b.waiting - a.waiting ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
    for (const limit of [1, 3, 5]) {
      const seen: TCaseRow[] = [];
      let cursor: TCursor | undefined;
      do {
        const where = caseloadOrder.after(cursor);
        const page = caseloadOrder.toPage(
          sorted.filter((row) => matches(where, row)).slice(0, limit + 1),
          limit,
          (row) => row,
        );
        seen.push(...page.items);
        cursor = page.nextCursor ? decodeCursor(page.nextCursor)! : undefined;
      } while (cursor);
      expect(seen).toEqual(sorted);
    }
  });

  test("refuses a cursor of another list, or values it could not hold", () => {
    const invitations = byTime("createdAt", "desc");
    expect(refusal(() => invitations.after(["Ana", "u1"]))).toEqual(REFUSED);
    expect(refusal(() => invitations.after([at, "c1", "extra"]))).toEqual(REFUSED);
    expect(refusal(() => caseloadOrder.after([true, 2 ** 31, "Ana", "u1"]))).toEqual(REFUSED);
    expect(refusal(() => caseloadOrder.after([true, 1.5, "Ana", "u1"]))).toEqual(REFUSED);
    expect(refusal(() => caseloadOrder.after([1, 2, "Ana", "u1"]))).toEqual(REFUSED);
    expect(refusal(() => caseloadOrder.sqlAfter([at, "u1"], columns))).toEqual(REFUSED);
  });
});

const columns = {
  flagged: Prisma.sql`(f.flags > 0)`,
  waiting: Prisma.sql`COALESCE(w.count, 0)`,
  name: Prisma.sql`u.name`,
  id: Prisma.sql`u.id`,
};

describe("sqlAfter and sqlOrderBy", () => {
  test("the first page has no condition", () => {
    expect(caseloadOrder.sqlAfter(undefined, columns).sql).toBe("TRUE");
  });

  test("computed keys in mixed directions: past the first, or equal on it and past the next", () => {
    const fragment = caseloadOrder.sqlAfter([true, 2, "Ana", "u1"], columns);
    expect(fragment.text).toBe(
      "((f.flags > 0) < $1 OR ((f.flags > 0) = $2 AND (COALESCE(w.count, 0) < $3 OR " +
        "(COALESCE(w.count, 0) = $4 AND (u.name > $5 OR (u.name = $6 AND u.id > $7))))))",
    );
    expect(fragment.values).toEqual([true, true, 2, 2, "Ana", "Ana", "u1"]);
    expect(caseloadOrder.sqlOrderBy(columns).text).toBe(
      "(f.flags > 0) DESC, COALESCE(w.count, 0) DESC, u.name ASC, u.id ASC",
    );
  });
});

describe("toPage", () => {
  const order = byTime("at", "desc");
  const rows = [3, 2, 1].map((n) => ({ n, at: new Date(Date.UTC(2026, 2, n)), id: `r${n}` }));

  test("an extra row means a next page, after the last one shown", () => {
    expect(order.toPage(rows, 2, (r) => r.n)).toEqual({
      items: [3, 2],
      nextCursor: encodeCursor([rows[1]!.at, "r2"]),
    });
  });

  test("no extra row, no next page", () => {
    expect(order.toPage(rows, 3, (r) => r.n)).toEqual({ items: [3, 2, 1], nextCursor: null });
    expect(order.toPage([], 3, (r) => r)).toEqual({ items: [], nextCursor: null });
  });
});
