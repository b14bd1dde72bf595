"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";

export const inputClass =
  "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700";

/** Number input value: an emptied box is NaN, which the schema then reports next to it. */
export const numberValue = (n: number) => (Number.isNaN(n) ? "" : n);

type TAction = "up" | "down" | "remove";
type TFocusTarget = { itemId: string; action: TAction } | "add";

/**
 * Keyboard focus for a reorderable list. A moved item's DOM node is re-inserted (which drops
 * focus) and a removed one is gone, so after the change focus is put back: on the moved item's
 * same button (the other arrow once it reaches an end, where its own is disabled), or on the
 * next item's Remove (else the previous one's, else the Add button). A polite live region says
 * what happened. Items are `<li data-item={id}>` inside `listRef`.
 */
export function useListFocus(noun: string) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pending = useRef<TFocusTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    if (target === "add") {
      addRef.current?.focus();
      return;
    }
    listRef.current
      ?.querySelector<HTMLElement>(
        `[data-item="${CSS.escape(target.itemId)}"] [data-action="${target.action}"]`,
      )
      ?.focus();
  });

  return {
    listRef,
    addRef,
    announcement,
    moved(itemId: string, to: number, count: number, by: -1 | 1) {
      const atEnd = by === -1 ? to === 0 : to === count - 1;
      const action = by === -1 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
      pending.current = { itemId, action };
      setAnnouncement(`${noun} moved to position ${to + 1} of ${count}.`);
    },
    removed(items: readonly { id: string }[], index: number) {
      const next = items[index + 1] ?? items[index - 1];
      pending.current = next ? { itemId: next.id, action: "remove" } : "add";
      const left = items.length - 1;
      setAnnouncement(`${noun} removed. ${left} left.`);
    },
  };
}

/** Where useListFocus tells screen readers about moves and removals. */
export function ListAnnouncer({ text }: { text: string }) {
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}

/** Move up / move down / remove for one item of a list, named after the item. */
export function ItemActions({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="secondary"
        data-action="up"
        aria-label={`Move “${name}” up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span> Up
      </Button>
      <Button
        variant="secondary"
        data-action="down"
        aria-label={`Move “${name}” down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span> Down
      </Button>
      <Button
        variant="ghost"
        data-action="remove"
        aria-label={`Remove “${name}”`}
        onClick={onRemove}
      >
        Remove
      </Button>
    </div>
  );
}
