"use client";

import { useState } from "react";
import type { TScaleField } from "~/features/templates/schema";
import { scaleRuleOf } from "../answers";

type Props = {
  id: string;
  field: TScaleField;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled?: boolean;
  required?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A slider with its anchors and a number box beside it, kept in step. Until the person answers,
 * both say so: a slider resting mid-way must not pass for an answer. A tap on the resting thumb
 * takes that value, and the box takes any value directly, so every number can be chosen at once.
 */
export function ScaleInput({ id, field, value, onChange, disabled, required, ...aria }: Props) {
  const rule = scaleRuleOf(field);
  // What is typed in the box while it is not (yet) a number the scale takes.
  const [typed, setTyped] = useState<string | null>(null);
  const middle = field.min + Math.round((field.max - field.min) / field.step / 2) * field.step;
  const numberId = `${id}-number`;
  const hintId = `${id}-number-hint`;
  const unrated = value === undefined;

  function onType(raw: string) {
    if (raw.trim() === "") {
      setTyped(null);
      onChange(undefined);
      return;
    }
    const n = Number(raw);
    if (rule.fits(n)) {
      setTyped(null);
      onChange(n);
    } else {
      setTyped(raw);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={field.min}
          max={field.max}
          step={field.step}
          value={value ?? middle}
          disabled={disabled}
          required={required}
          aria-valuetext={unrated ? "Not rated yet" : String(value)}
          onChange={(e) => {
            setTyped(null);
            onChange(Number(e.target.value));
          }}
          // A tap where the thumb already rests changes nothing, so it would never count.
          onClick={(e) => unrated && onChange(Number(e.currentTarget.value))}
          className={`h-11 w-full accent-brand-700 ${unrated ? "opacity-60 grayscale" : ""}`}
          {...aria}
        />
        <div className="flex shrink-0 flex-col items-end">
          <label htmlFor={numberId} className="text-xs text-slate-700">
            <span className="sr-only">{field.label}: </span>Number
          </label>
          <input
            id={numberId}
            type="number"
            inputMode="numeric"
            min={field.min}
            max={field.max}
            step={field.step}
            value={typed ?? (unrated ? "" : String(value))}
            placeholder="–"
            disabled={disabled}
            aria-invalid={typed !== null || aria["aria-invalid"] ? true : undefined}
            aria-describedby={
              [typed !== null ? hintId : null, aria["aria-describedby"]]
                .filter(Boolean)
                .join(" ") || undefined
            }
            onChange={(e) => onType(e.target.value)}
            className="min-h-11 w-20 rounded-lg border border-slate-400 bg-white px-2 text-right text-lg font-semibold tabular-nums aria-[invalid]:border-red-700 disabled:bg-slate-100"
          />
        </div>
      </div>
      {typed !== null ? (
        <p id={hintId} className="text-sm text-red-800">
          {rule.message}
        </p>
      ) : unrated ? (
        <p className="text-sm text-slate-700">
          Not rated yet: move or tap the slider, or type a number.
        </p>
      ) : null}
      <div className="flex justify-between text-sm text-slate-700">
        <span>
          {field.min}
          {field.minLabel ? ` · ${field.minLabel}` : ""}
        </span>
        <span>
          {field.max}
          {field.maxLabel ? ` · ${field.maxLabel}` : ""}
        </span>
      </div>
    </div>
  );
}
