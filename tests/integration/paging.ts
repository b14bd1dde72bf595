import { expect } from "vitest";

type TPage<T> = { items: T[]; nextCursor: string | null };

/**
 * Reads a cursor-paged list to its end and checks the paging itself: every page but the last is
 * full, the last says nothing follows, and no row comes twice. Returns the pages.
 */
export async function readAllPages<T extends object>(
  read: (cursor: string | undefined) => Promise<TPage<T>>,
  key: (row: T) => string,
  pageSize: number,
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
    if (cursor) expect(page.items).toHaveLength(pageSize);
    expect(pages.length).toBeLessThan(100);
  } while (cursor);
  const keys = pages.flat().map(key);
  expect(new Set(keys).size).toBe(keys.length);
  return pages;
}
