import { expect, test } from "vitest";
import { decodeCursor, type TCursor } from "~/lib/cursor";
import { db, Prisma } from "./db";
import { byTime, keyset, readLists } from "./paging";

/**
 * The caseload the progress issue will page in raw SQL: flagged first, then most items waiting,
 * then name, then id, all computed in the query. Here over a VALUES list with ties on every key.
 */
const caseloadOrder = keyset([
  { field: "flagged", type: "flag", direction: "desc" },
  { field: "waiting", type: "int", direction: "desc" },
  { field: "name", type: "text", direction: "asc" },
  { field: "id", type: "text", direction: "asc" },
]);
const columns = {
  flagged: Prisma.sql`(r.flags > 0)`,
  waiting: Prisma.sql`(r.waiting)::int`,
  name: Prisma.sql`r.name`,
  id: Prisma.sql`r.id`,
};
type TRow = { flagged: boolean; waiting: number; name: string; id: string };

const values: string[] = [];
for (const flags of [0, 2])
  for (const waiting of [0, 3])
    for (const name of ["Ana", "Ben"])
      for (const n of [1, 2])
        values.push(`(${flags}, ${waiting}, '${name}', '${name}-${flags}-${waiting}-${n}')`);
const rows = Prisma.raw(`(VALUES ${values.join(", ")}) AS r(flags, waiting, name, id)`);

const read = (cursor: TCursor | undefined, limit: number) =>
  db.$queryRaw<TRow[]>`
    SELECT ${columns.flagged} AS flagged, ${columns.waiting} AS waiting, r.name, r.id
    FROM ${rows}
    WHERE ${caseloadOrder.sqlAfter(cursor, columns)}
    ORDER BY ${caseloadOrder.sqlOrderBy(columns)}
    LIMIT ${limit + 1}`;

test("computed keys in mixed directions page in SQL without gaps or repeats", async () => {
  const all = await read(undefined, values.length);
  expect(all.slice(0, 2).map((r) => [r.flagged, r.waiting])).toEqual([
    [true, 3],
    [true, 3],
  ]);
  for (const limit of [1, 3, 4]) {
    const seen: TRow[] = [];
    let cursor: TCursor | undefined;
    do {
      const page = caseloadOrder.toPage(await read(cursor, limit), limit, (row) => row);
      seen.push(...page.items);
      cursor = page.nextCursor ? decodeCursor(page.nextCursor)! : undefined;
    } while (cursor);
    expect(seen).toEqual(all);
  }
});

test("lists read in one statement come back as pages of their own, in order, instants exact", async () => {
  // Two rows tie on the instant (id decides); one instant is just before a midnight.
  const times = Prisma.raw(`(VALUES
    ('b', timestamp '2026-01-01 00:00:00.007'), ('d', timestamp '2025-12-31 23:59:59.999'),
    ('a', timestamp '2026-01-01 00:00:00.007'), ('c', timestamp '2026-01-01 00:00:01')) AS r(id, at)`);
  const order = byTime("at", "desc");
  const onRows = { at: Prisma.sql`r.at`, id: Prisma.sql`r.id` };
  const list = (cursor: TCursor | undefined, limit: number) =>
    order.jsonList<{ id: string; at: Date }, { id: string; at: Date }>(
      Prisma.sql`SELECT r.id, r.at FROM ${times}
        WHERE ${order.sqlAfter(cursor, onRows)}
        ORDER BY ${order.sqlOrderBy(onRows)} LIMIT ${limit + 1}`,
      limit,
      (row) => row,
    );
  const { first, all } = await readLists({ first: list(undefined, 2), all: list(undefined, 9) });
  expect(all).toEqual({
    items: [
      { id: "c", at: new Date("2026-01-01T00:00:01.000Z") },
      { id: "b", at: new Date("2026-01-01T00:00:00.007Z") },
      { id: "a", at: new Date("2026-01-01T00:00:00.007Z") },
      { id: "d", at: new Date("2025-12-31T23:59:59.999Z") },
    ],
    nextCursor: null,
  });
  expect(first.items).toEqual(all.items.slice(0, 2));
  const { rest } = await readLists({ rest: list(decodeCursor(first.nextCursor!)!, 9) });
  expect(rest).toEqual({ items: all.items.slice(2), nextCursor: null });
});
