import { decodeCursor } from "./cursor";

/**
 * Server-rendered paging: a list's next page is a link carrying its cursor (`?cursor=`), so it
 * works without JavaScript, can be bookmarked, and the back button returns to the page before.
 */

type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * A list's cursor from the URL. Anything the app did not make (a hand edit, a link from an older
 * version) is ignored: the list starts from its first page.
 */
export function readCursor(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && decodeCursor(value) ? value : undefined;
}

/** A single text parameter (a hand-edited URL may repeat it). */
export const readParam = (value: string | string[] | undefined): string | undefined =>
  typeof value === "string" && value ? value : undefined;

/**
 * This page's URL with some parameters changed (undefined removes one): filters, and the place in
 * other lists on the same page, are kept. `anchor` returns the reader to the list they paged.
 */
export function hrefWith(
  path: string,
  current: TSearchParams,
  changes: Record<string, string | undefined>,
  anchor?: string,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes })) {
    const one = readParam(value);
    if (one !== undefined) params.set(key, one);
  }
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${anchor ? `#${anchor}` : ""}`;
}

/**
 * The two links of a Pager: "first page" once past it (`cursor` set) and "next page" while more
 * rows follow. `hrefFor(undefined)` is the list's first page.
 */
export function pagerLinks(
  cursor: string | null | undefined,
  nextCursor: string | null | undefined,
  hrefFor: (cursor: string | undefined) => string,
): { firstHref: string | null; nextHref: string | null } {
  return {
    firstHref: cursor ? hrefFor(undefined) : null,
    nextHref: nextCursor ? hrefFor(nextCursor) : null,
  };
}
