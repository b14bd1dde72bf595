"use client";

import type { TScaleField } from "~/features/templates/schema";
import { scaleRuleOf } from "../answer-rules";

type Props = {
  id: string;
  field: TScaleField;
  /** What the box shows: a number off the scale (or NaN, unreadable) is kept as typed. */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled?: boolean;
  readOnly?: boolean;
  required?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A slider with its anchors and a number box beside it, kept in step. Until the person answers,
 * both say so: a slider resting mid-way must not pass for an answer. A tap on the resting thumb
 * takes that value, and the box takes any value directly, so every number can be chosen at once.
 * A typed number off the scale is the answer as far as the form knows, so it can't submit while
 * the box shows it (and drafts leave it out): the box never shows one value while another is kept.
 */
export function ScaleInput({
  id,
  field,
  value,
  onChange,
  disabled,
  readOnly,
  required,
  ...aria
}: Props) {
  const rule = scaleRuleOf(field);
  const middle = field.min + Math.round((field.max - field.min) / field.step / 2) * field.step;
  const numberId = `${id}-number`;
  const hintId = `${id}-number-hint`;
  const rated = value !== undefined && rule.fits(value);
  const offScale = value !== undefined && !rated;
  // A field error already says the same under the field.
  const hint = offScale && !aria["aria-invalid"];

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={field.min}
          max={field.max}
          step={field.step}
          value={rated ? value : middle}
          disabled={disabled}
          required={required}
          aria-readonly={readOnly || undefined}
          aria-valuetext={rated ? String(value) : "Not rated yet"}
          onChange={(e) => onChange(Number(e.target.value))}
          // A tap where the thumb already rests changes nothing, so it would never count.
          onClick={(e) => !rated && onChange(Number(e.currentTarget.value))}
          className={`h-11 w-full accent-brand-700 ${rated ? "" : "opacity-60 grayscale"}`}
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
            // NaN: the browser keeps showing what was typed (say "1e"); it can't be put back.
            value={value === undefined || Number.isNaN(value) ? "" : String(value)}
            placeholder="–"
            disabled={disabled}
            readOnly={readOnly}
            aria-invalid={offScale || aria["aria-invalid"] ? true : undefined}
            aria-describedby={
              [hint ? hintId : null, aria["aria-describedby"]].filter(Boolean).join(" ") ||
              undefined
            }
            onChange={(e) => {
              const raw = e.target.value;
              if (e.target.validity.badInput) onChange(Number.NaN);
              else onChange(raw.trim() === "" ? undefined : Number(raw));
            }}
            className="min-h-11 w-20 rounded-lg border border-slate-400 bg-white px-2 text-right text-lg font-semibold tabular-nums read-only:bg-slate-50 aria-[invalid]:border-red-700 disabled:bg-slate-100"
          />
        </div>
      </div>
      {hint ? (
        <p id={hintId} className="text-sm text-red-800">
          {rule.message}
        </p>
      ) : value === undefined ? (
        <p className="text-sm text-slate-700">
          Not rated yet: move or tap the slider, or type a number.
        </p>
      ) : null}
      <div className="grid grid-cols-3 gap-2 text-sm text-slate-700">
        <span>
          {field.min}
          {field.minLabel ? ` · ${field.minLabel}` : ""}
        </span>
        <span className="text-center">{field.midLabel ? `${middle} · ${field.midLabel}` : ""}</span>
        <span className="text-right">
          {field.max}
          {field.maxLabel ? ` · ${field.maxLabel}` : ""}
        </span>
      </div>
    </div>
  );
}
