"use client";

import { useId, type TextareaHTMLAttributes } from "react";
import { Button } from "~/components/ui/button";
import { FieldErrors } from "~/components/ui/field";

export const inputClass =
  "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700";

export function TextAreaField({
  label,
  errors,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; errors?: string[] }) {
  const id = useId();
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className={inputClass}
        {...textarea}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

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
