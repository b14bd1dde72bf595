"use client";

import { Fragment, useEffect, useRef, type ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { TPage } from "~/lib/cursor";
import { usePagedList } from "~/lib/use-paged-list";
import { loadFailureMessage } from "../load-failure";

type TPagedListProps<T> = {
  /** The section's name, completing the button's accessible name ("Show more in Overdue"). */
  label: string;
  first: TPage<T>;
  fetchPage: (cursor: string) => Promise<TPage<T>>;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
};

/** A fresh first page from the server (after a submit, say) starts the list over. */
const signatureOf = <T,>(page: TPage<T>, keyOf: (item: T) => string) =>
  `${page.items.map(keyOf).join(",")}|${page.nextCursor ?? ""}`;

/**
 * One home section's list: the server renders the first page; "Show more" appends the next one
 * below and moves focus to its first link, so a keyboard or screen reader user carries on from
 * where they were. A failure says so plainly, and the same button, focus kept, tries again.
 */
export function PagedList<T>(props: TPagedListProps<T>) {
  return <ShownPages key={signatureOf(props.first, props.keyOf)} {...props} />;
}

function ShownPages<T>(props: TPagedListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const { items, cursor, loading, error, showMore } = usePagedList({
    first: props.first,
    fetchPage: props.fetchPage,
    messageOf: loadFailureMessage,
    onAppend: (shownBefore) => {
      focusFrom.current = shownBefore;
    },
  });

  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.children[focusFrom.current]?.querySelector<HTMLElement>("a")?.focus();
    focusFrom.current = null;
  }, [items]);

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
