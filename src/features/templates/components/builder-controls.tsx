"use client";

import { Button } from "~/components/ui/button";

export const inputClass =
  "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700";

/** Number input value: an emptied box is NaN, which the schema then reports next to it. */
export const numberValue = (n: number) => (Number.isNaN(n) ? "" : n);

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
        aria-label={`Move “${name}” up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span> Up
      </Button>
      <Button
        variant="secondary"
        aria-label={`Move “${name}” down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span> Down
      </Button>
      <Button variant="ghost" aria-label={`Remove “${name}”`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}
