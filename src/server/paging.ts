import "server-only";
import { CURSOR_REFUSED, encodeCursor, type TCursor, type TPage } from "~/lib/cursor";
import { db, Prisma } from "./db";
import { AppError } from "./errors";

/**
 * Keyset paging, the one way lists are paged. A list is ordered by a tuple of keys, each
 * ascending or descending, the last one the row's id (so no two rows tie). A page is the rows
 * strictly after the last item shown (its cursor, see lib/cursor): an item that moved away
 * meanwhile neither breaks nor shifts the list, and since the condition holds only values,
 * AND-ed inside the reader's scoped `where`, a cursor cannot reveal whether another person's
 * row exists or where it sorts (Prisma's `cursor: { id }` looks the row up unscoped).
 *
 *   const order = keyset([
 *     { field: "name", type: "text", direction: "asc" },
 *     { field: "id", type: "text", direction: "asc" },
 *   ]);
 *   const rows = await db.x.findMany({
 *     where: { AND: [scope, order.after(cursor)] }, orderBy: order.orderBy, take: limit + 1 });
 *   return order.toPage(rows, limit, toItem);
 *
 * A key may be computed (a count, a flag): raw SQL reads use `sqlAfter` and `sqlOrderBy` over
 * the SQL expressions. Keys are never null (COALESCE a computed one). A page that shows several
 * lists reads them in one statement: each list's SQL becomes a `jsonList`, and `readLists` sends
 * them together (one round trip instead of one per list).
 */

type TDirection = "asc" | "desc";
type TKeyTypes = { date: Date; text: string; int: number; flag: boolean };
type TSortKey = {
  readonly field: string;
  readonly type: keyof TKeyTypes;
  readonly direction: TDirection;
};
type TIdKey = { readonly field: "id"; readonly type: "text"; readonly direction: TDirection };
type TKeys = readonly [...TSortKey[], TIdKey];

type TField<K extends TKeys> = K[number]["field"];
/** What a row must hold for its cursor: each key's value. */
type TKeyRow<K extends TKeys> = { [Key in K[number] as Key["field"]]: TKeyTypes[Key["type"]] };
/** A row as it comes back inside JSON: Postgres writes a `timestamp` as text. */
type TJsonRow<Row> = { [F in keyof Row]: Row[F] extends Date ? string : Row[F] };
type TPast<T> = { gt: T } | { lt: T };
/** One branch of "after the cursor": equal on the keys before, past it on one. */
type TAfterBranch<K extends TKeys> = {
  [Key in K[number] as Key["field"]]?: Key["type"] extends "flag"
    ? boolean
    : TKeyTypes[Key["type"]] | TPast<TKeyTypes[Key["type"]]>;
};

const INT_LIMIT = 2 ** 31 - 1;
const matchesType: Record<keyof TKeyTypes, (value: unknown) => boolean> = {
  date: (value) => value instanceof Date,
  text: (value) => typeof value === "string",
  // Prisma's Int and Postgres' integer: a bigger one cannot be a key of ours.
  int: (value) => Number.isInteger(value) && Math.abs(value as number) <= INT_LIMIT,
  flag: (value) => typeof value === "boolean",
};

const refused = () =>
  new AppError("BAD_REQUEST", {
    userMessage: CURSOR_REFUSED,
    fieldErrors: { cursor: [CURSOR_REFUSED] },
  });

export function keyset<const K extends TKeys>(keys: K) {
  /** The cursor's values, checked against this list's keys: a cursor of another list is refused. */
  function valuesOf(cursor: TCursor): TCursor {
    const fits =
      cursor.length === keys.length && keys.every((key, i) => matchesType[key.type](cursor[i]));
    if (!fits) throw refused();
    return cursor;
  }

  /** `field` strictly past `value` in its direction; null when nothing can be (a flag at its end). */
  function past(key: TSortKey, value: TCursor[number]): unknown {
    if (key.type === "flag") {
      const beyond = key.direction === "asc" ? value === false : value === true;
      return beyond ? !value : null;
    }
    return key.direction === "asc" ? { gt: value } : { lt: value };
  }

  const sqlDirection = (key: TSortKey) => Prisma.raw(key.direction === "asc" ? "ASC" : "DESC");

  /** `ORDER BY` terms over `columns`, matching `sqlAfter`. */
  function sqlOrderBy(columns: Record<TField<K>, Prisma.Sql>): Prisma.Sql {
    return Prisma.join(
      keys.map((key) => Prisma.sql`${columns[key.field as TField<K>]} ${sqlDirection(key)}`),
      ", ",
    );
  }

  /**
   * One page of `limit` items out of `limit + 1` rows (the extra one tells whether a next page
   * exists without counting); the next page continues after the last item shown.
   */
  function toPage<Row extends TKeyRow<K>, Item>(
    rows: readonly Row[],
    limit: number,
    toItem: (row: Row) => Item,
  ): TPage<Item> {
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      items: shown.map((row) => toItem(row)),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor(keys.map((key) => (last as Record<string, TCursor[number]>)[key.field]!))
          : null,
    };
  }

  // A `timestamp` column holds UTC wall-clock time; in JSON it is that time as text, no zone.
  const dateKeys = keys.filter((key) => key.type === "date").map((key) => key.field);
  const fromJson = <Row extends TKeyRow<K>>(row: TJsonRow<Row>): Row => {
    const dates = dateKeys.map((field) => [field, new Date(`${row[field as keyof Row]}Z`)]);
    return { ...row, ...Object.fromEntries(dates) } as Row;
  };

  return {
    /** Prisma's `orderBy` for this order. */
    orderBy: keys.map((key) => ({ [key.field]: key.direction })) as Array<
      Partial<Record<TField<K>, TDirection>>
    >,

    /**
     * The `where` part that continues strictly after `cursor` (nothing for the first page):
     * past the first key, or equal on it and past the second, and so on. AND it inside the
     * reader's scoped `where`, never beside it.
     */
    after(cursor: TCursor | undefined): { OR?: TAfterBranch<K>[] } {
      if (!cursor) return {};
      const values = valuesOf(cursor);
      const branches: Record<string, unknown>[] = [];
      keys.forEach((key, i) => {
        const beyond = past(key, values[i]!);
        if (beyond === null) return;
        const equalBefore = Object.fromEntries(
          keys.slice(0, i).map((k, j) => [k.field, values[j]]),
        );
        branches.push({ ...equalBefore, [key.field]: beyond });
      });
      return { OR: branches as TAfterBranch<K>[] };
    },

    /**
     * The same condition in SQL over `columns` (an expression per key, computed ones too):
     * `(k1 past v1 OR (k1 = v1 AND (k2 past v2 OR ...)))`; TRUE for the first page.
     */
    sqlAfter(cursor: TCursor | undefined, columns: Record<TField<K>, Prisma.Sql>): Prisma.Sql {
      if (!cursor) return Prisma.sql`TRUE`;
      const values = valuesOf(cursor);
      return keys.reduceRight<Prisma.Sql | null>((rest, key, i) => {
        const column = columns[key.field as TField<K>];
        const value = values[i];
        const beyond =
          key.direction === "asc"
            ? Prisma.sql`${column} > ${value}`
            : Prisma.sql`${column} < ${value}`;
        return rest ? Prisma.sql`(${beyond} OR (${column} = ${value} AND ${rest}))` : beyond;
      }, null)!;
    },

    sqlOrderBy,
    toPage,

    /**
     * A list for `readLists`: `rows` is its query (`sqlAfter`, `sqlOrderBy`, `LIMIT limit + 1`),
     * each key output under its field name. Postgres returns the rows as one JSON array, sorted
     * again in this order since json_agg keeps none of its own.
     */
    jsonList<Row extends TKeyRow<K>, Item>(
      rows: Prisma.Sql,
      limit: number,
      toItem: (row: Row) => Item,
    ): TJsonList<TPage<Item>> {
      const outputs = Object.fromEntries(
        keys.map((key) => [key.field, Prisma.raw(`x."${key.field}"`)]),
      ) as Record<TField<K>, Prisma.Sql>;
      return {
        sql: Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY ${sqlOrderBy(outputs)}), '[]'::json)
          FROM (${rows}) x)`,
        toPage: (json) => toPage((json as TJsonRow<Row>[]).map(fromJson), limit, toItem),
      };
    },
  };
}

/** A list read as JSON, with what turns its rows into the page shown (see `jsonList`). */
export type TJsonList<Page> = { sql: Prisma.Sql; toPage: (json: unknown[]) => Page };

/**
 * Several lists in one statement, each under its name: one round trip for a page that shows
 * them all, however many there are.
 */
export async function readLists<const L extends Record<string, TJsonList<unknown>>>(
  lists: L,
): Promise<{ [Name in keyof L]: ReturnType<L[Name]["toPage"]> }> {
  const names = Object.keys(lists);
  const columns = names.map((name) => {
    if (!/^[a-zA-Z]\w*$/.test(name)) throw new Error(`not a list name: ${name}`);
    return Prisma.sql`${lists[name]!.sql} AS "${Prisma.raw(name)}"`;
  });
  const [row] = await db.$queryRaw<Record<string, unknown[]>[]>`SELECT ${Prisma.join(columns)}`;
  return Object.fromEntries(names.map((name) => [name, lists[name]!.toPage(row![name]!)])) as {
    [Name in keyof L]: ReturnType<L[Name]["toPage"]>;
  };
}

/** One list alone ("Show more"): the same SQL as when read with others. */
export async function readList<Page>(list: TJsonList<Page>): Promise<Page> {
  return (await readLists({ page: list })).page;
}

/** Most lists: by one instant, ties broken by id in the same direction. */
export const byTime = <F extends string>(field: F, direction: TDirection) =>
  keyset([
    { field, type: "date", direction },
    { field: "id", type: "text", direction },
  ] as const);
