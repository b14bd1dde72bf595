import { z } from "zod";

/**
 * A place in a list sorted by (instant, id): the last item shown. Lists continue strictly after
 * it, so an item that moved away meanwhile (done, cancelled) neither breaks nor shifts the page.
 */
export type TKeyset = { at: Date; id: string };
export type TDirection = "asc" | "desc";

const SEPARATOR = "_";
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ID = /^[A-Za-z0-9-]{1,100}$/;

export const encodeCursor = ({ at, id }: TKeyset) => `${at.toISOString()}${SEPARATOR}${id}`;

/** Null for anything `encodeCursor` did not make. */
export function decodeCursor(cursor: string): TKeyset | null {
  const split = cursor.indexOf(SEPARATOR);
  if (split === -1) return null;
  const iso = cursor.slice(0, split);
  const id = cursor.slice(split + 1);
  if (!ISO_INSTANT.test(iso) || !ID.test(id)) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : { at, id };
}

/** A request's cursor, decoded; one the app did not make is a field error with a plain sentence. */
export const ZPortalCursorSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const keyset = decodeCursor(value);
    if (keyset) return keyset;
    ctx.addIssue({
      code: "custom",
      message: "This list has changed since it was shown. Reload the page to see it again.",
    });
    return z.NEVER;
  });

type TPast<T> = { gt: T } | { lt: T };

/** Strictly past `value` in the list's direction. */
const beyond = <T>(direction: TDirection, value: T): TPast<T> =>
  direction === "asc" ? { gt: value } : { lt: value };

/**
 * The `where` part of a list ordered by (`field`, id), both in `direction`, that continues
 * strictly after `cursor`; with no cursor, nothing (the first page).
 */
export function afterKey<F extends string>(
  field: F,
  direction: TDirection,
  cursor: TKeyset | undefined,
) {
  if (!cursor) return {};
  const pastKey = { [field]: beyond(direction, cursor.at) } as Record<F, TPast<Date>>;
  const sameKey = { [field]: cursor.at } as Record<F, Date>;
  return { OR: [pastKey, { ...sameKey, id: beyond(direction, cursor.id) }] };
}

/**
 * One page of `limit` items out of `limit + 1` rows (the extra one tells whether there is a next
 * page without counting); the next page continues after the last item shown.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => TKeyset,
) {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
