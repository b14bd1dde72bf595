"use client";

import { Fragment, useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { loadFailureMessage } from "../load-failure";

export type TPage<T> = { items: T[]; nextCursor: string | null };

/**
 * One home section's list: the server renders the first page; "Show more" appends the next one
 * below and moves focus to its first link, so a keyboard or screen reader user carries on from
 * where they were. A failure says so plainly, and the same button, focus kept, tries again.
 */
export function PagedList<T>(props: {
  /** The section's name, completing the button's accessible name ("Show more in Overdue"). */
  label: string;
  first: TPage<T>;
  fetchPage: (cursor: string) => Promise<TPage<T>>;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  const [items, setItems] = useState(props.first.items);
  const [cursor, setCursor] = useState(props.first.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.children[focusFrom.current]?.querySelector<HTMLElement>("a")?.focus();
    focusFrom.current = null;
  }, [items]);

  async function showMore() {
    if (!cursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      const page = await props.fetchPage(cursor);
      focusFrom.current = items.length;
      setItems((current) => [...current, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(loadFailureMessage(e));
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <ul ref={list} className="flex flex-col gap-2">
        {items.map((item) => (
          <Fragment key={props.keyOf(item)}>{props.render(item)}</Fragment>
        ))}
      </ul>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {cursor ? (
        // Not disabled while loading: a disabled button would drop the keyboard focus.
        <Button variant="secondary" className="self-start" onClick={showMore} aria-busy={loading}>
          {loading ? "Loading…" : error ? "Try again" : "Show more"}
          <span className="sr-only"> in {props.label}</span>
        </Button>
      ) : null}
    </>
  );
}
