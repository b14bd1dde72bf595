"use client";

import type { ReactNode } from "react";
import { Button } from "~/components/ui/button";
import { moveItem, removeItem, replaceItem } from "../builder-ops";
import { ItemActions, ListAnnouncer, useListFocus } from "./builder-controls";

/** What a builder list hands each item's editor: its place, and edits that keep focus. */
export type TItemEdits<T> = {
  index: number;
  count: number;
  onChange: (next: T) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/**
 * The ordered items of a builder (ladder steps, worksheet questions) with their Add button: every
 * edit goes through `onChange` as a new array, and focus and announcements follow moves and
 * removals (see useListFocus). `addControls` stand before the Add button, e.g. a type to add.
 */
export function BuilderList<T extends { id: string }>(props: {
  items: T[];
  noun: string;
  empty: string;
  onChange: (next: T[]) => void;
  renderItem: (item: T, edits: TItemEdits<T>) => ReactNode;
  addLabel: string;
  newItem: () => T;
  addControls?: ReactNode;
  addClassName?: string;
}) {
  const { items, onChange } = props;
  const { listRef, addRef, announcement, moved, removed } = useListFocus(props.noun);
  return (
    <>
      {items.length === 0 ? <p className="text-slate-700">{props.empty}</p> : null}
      <ListAnnouncer text={announcement} />
      <ol ref={listRef} className="flex flex-col gap-5">
        {items.map((item, index) => (
          <li key={item.id} data-item={item.id}>
            {props.renderItem(item, {
              index,
              count: items.length,
              onChange: (next) => onChange(replaceItem(items, index, next)),
              onMove: (by) => {
                onChange(moveItem(items, index, by));
                moved(item.id, index + by, items.length, by);
              },
              onRemove: () => {
                onChange(removeItem(items, index));
                removed(items, index);
              },
            })}
          </li>
        ))}
      </ol>
      <div className={props.addClassName}>
        {props.addControls}
        <Button
          ref={addRef}
          variant="secondary"
          onClick={() => onChange([...items, props.newItem()])}
        >
          {props.addLabel}
        </Button>
      </div>
    </>
  );
}

/** One item's box in a builder list: its inputs, then its move and remove buttons. */
export function ItemFieldset({
  legend,
  name,
  edits,
  children,
}: {
  legend: ReactNode;
  /** What the buttons call the item, for screen readers. */
  name: string;
  edits: Omit<TItemEdits<unknown>, "onChange">;
  children: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold text-slate-900">{legend}</legend>
      {children}
      <ItemActions
        name={name}
        index={edits.index}
        count={edits.count}
        onMove={edits.onMove}
        onRemove={edits.onRemove}
      />
    </fieldset>
  );
}
