/**
 * A place in a list sorted by (instant, id): the last item shown. Lists continue strictly after
 * it, so an item that moved away meanwhile (done, cancelled) neither breaks nor shifts the page.
 */
export type TKeyset = { at: Date; id: string };

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
