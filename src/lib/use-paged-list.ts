import { useState } from "react";
import type { TPage } from "./cursor";

/**
 * A list whose first page the server rendered and whose "Show more" appends the next one: the
 * items so far, the cursor of the next page (null at the end), and one request at a time.
 * `messageOf` words a failure for the person; `onAppend` hears how many items were shown before
 * a page is added (to move focus to the first new one).
 */
export function usePagedList<T>(options: {
  first: TPage<T>;
  fetchPage: (cursor: string) => Promise<TPage<T>>;
  messageOf: (error: unknown) => string;
  onAppend?: (shownBefore: number) => void;
}) {
  const [items, setItems] = useState(options.first.items);
  const [cursor, setCursor] = useState(options.first.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function showMore() {
    if (!cursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      const page = await options.fetchPage(cursor);
      options.onAppend?.(items.length);
      setItems((current) => [...current, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(options.messageOf(e));
    } finally {
      setLoading(false);
    }
  }

  return { items, cursor, loading, error, showMore };
}
