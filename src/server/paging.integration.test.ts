import { expect, test } from "vitest";
import { decodeCursor, type TCursor } from "~/lib/cursor";
import { db, Prisma } from "./db";
import { keyset } from "./paging";

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
