"use client";

import type { TScaleField } from "~/features/templates/schema";

type Props = {
  id: string;
  field: TScaleField;
  value: number | undefined;
  onChange: (value: number) => void;
  disabled?: boolean;
  required?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A slider with its anchors and the chosen number. Until the person moves it, it says so: a
 * slider resting at its start must not pass for an answer.
 */
export function ScaleInput({ id, field, value, onChange, disabled, required, ...aria }: Props) {
  const middle = field.min + Math.round((field.max - field.min) / field.step / 2) * field.step;
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
          aria-valuetext={value === undefined ? "Not rated yet" : String(value)}
          onChange={(e) => onChange(Number(e.target.value))}
          className="h-11 w-full accent-brand-700"
          {...aria}
        />
        <output
          htmlFor={id}
          className="w-24 shrink-0 text-right text-lg font-semibold tabular-nums"
        >
          {value ?? <span className="text-sm font-normal text-slate-600">Not rated</span>}
        </output>
      </div>
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
