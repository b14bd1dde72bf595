"use client";

import { useId, type ReactNode } from "react";
import { FieldErrors } from "~/components/ui/field";
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, type TWorksheetField } from "~/features/templates/schema";
import type { TAnswers, TAnswerValue } from "../answers";
import { characterLimit } from "../character-limit";
import { ScaleInput } from "./scale-input";

export type TWorksheetFieldsProps = {
  fields: readonly TWorksheetField[];
  values: Partial<TAnswers>;
  onChange?: (fieldId: string, value: TAnswerValue | undefined) => void;
  errors?: Record<string, string[] | undefined>;
  /** Preview: exactly what the client sees, but nothing can be changed. */
  disabled?: boolean;
  /** Submitting: the answers stay readable and focusable, but hold still until it is done. */
  readOnly?: boolean;
};

const inputClass =
  "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700 read-only:bg-slate-50 disabled:bg-slate-100";

/** Every worksheet field type, accessible and mobile first: what clients fill in. */
export function WorksheetFields({
  fields,
  values,
  onChange,
  errors = {},
  disabled,
  readOnly,
}: TWorksheetFieldsProps) {
  return (
    <div className="flex flex-col gap-6">
      {fields.map((field) => (
        <WorksheetField
          key={field.id}
          field={field}
          value={values[field.id]}
          errors={errors[field.id]}
          disabled={disabled}
          readOnly={readOnly}
          onChange={(value) => {
            if (!readOnly) onChange?.(field.id, value);
          }}
        />
      ))}
    </div>
  );
}

type FieldProps = {
  field: TWorksheetField;
  value: TAnswerValue | undefined;
  errors?: string[];
  disabled?: boolean;
  readOnly?: boolean;
  onChange: (value: TAnswerValue | undefined) => void;
};

function WorksheetField({ field, value, errors, disabled, readOnly, onChange }: FieldProps) {
  const id = useId();
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = errorId ? true : undefined;
  const label = (
    <>
      {field.label}
      {field.required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
    </>
  );
  // A group has no `required` of its own to announce, so its legend says it in words.
  const legend = (
    <>
      {field.label}
      <span className="font-normal text-slate-600">
        {field.required ? " (required)" : " (optional)"}
      </span>
    </>
  );
  const help = field.help ? (
    <p id={helpId} className="text-sm text-slate-600">
      {field.help}
    </p>
  ) : null;
  const common = {
    id,
    disabled,
    readOnly,
    "aria-invalid": invalid,
    "aria-describedby": describedBy,
    required: field.required,
  };

  switch (field.type) {
    case "short_text":
    case "long_text": {
      const max = field.type === "short_text" ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      const text = typeof value === "string" ? value : "";
      const limit = characterLimit(text.length, max);
      const countId = limit.count ? `${id}-count` : undefined;
      const textProps = {
        ...common,
        "aria-describedby": [describedBy, countId].filter(Boolean).join(" ") || undefined,
        className: inputClass,
        maxLength: max,
        value: text,
      };
      return (
        <Labelled htmlFor={id} label={label} help={help} errors={errors} errorId={errorId}>
          {field.type === "short_text" ? (
            <input {...textProps} type="text" onChange={(e) => onChange(e.target.value)} />
          ) : (
            <textarea {...textProps} rows={5} onChange={(e) => onChange(e.target.value)} />
          )}
          {limit.count ? (
            <p id={countId} className="text-sm text-slate-600">
              {limit.count}
            </p>
          ) : null}
          <p className="sr-only" aria-live="polite">
            {limit.announcement}
          </p>
        </Labelled>
      );
    }
    case "date":
      return (
        <Labelled htmlFor={id} label={label} help={help} errors={errors} errorId={errorId}>
          <input
            {...common}
            type="date"
            className={inputClass}
            value={typeof value === "string" ? value : ""}
            onChange={(e) => onChange(e.target.value || undefined)}
          />
        </Labelled>
      );
    case "scale":
      return (
        <Labelled htmlFor={id} label={label} help={help} errors={errors} errorId={errorId}>
          <ScaleInput
            {...common}
            field={field}
            value={typeof value === "number" ? value : undefined}
            onChange={onChange}
          />
        </Labelled>
      );
    case "single_choice":
    case "yes_no_partly": {
      const options =
        field.type === "yes_no_partly"
          ? [
              { id: "yes", label: "Yes" },
              { id: "no", label: "No" },
              { id: "partly", label: "Partly" },
            ]
          : field.options;
      return (
        <Fieldset legend={legend} help={help} errors={errors} errorId={errorId}>
          {options.map((option) => (
            <Choice
              key={option.id}
              type="radio"
              name={id}
              label={option.label}
              checked={value === option.id}
              disabled={disabled}
              required={field.required}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={() => onChange(option.id)}
            />
          ))}
        </Fieldset>
      );
    }
    case "multi_choice":
    case "checklist": {
      const selected = Array.isArray(value) ? value : [];
      return (
        <Fieldset legend={legend} help={help} errors={errors} errorId={errorId}>
          {field.options.map((option) => (
            <Choice
              key={option.id}
              type="checkbox"
              name={id}
              label={option.label}
              checked={selected.includes(option.id)}
              disabled={disabled}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(checked) =>
                onChange(
                  checked ? [...selected, option.id] : selected.filter((s) => s !== option.id),
                )
              }
            />
          ))}
        </Fieldset>
      );
    }
  }
}

function Labelled(props: {
  htmlFor: string;
  label: ReactNode;
  help: ReactNode;
  errors?: string[];
  errorId?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={props.htmlFor} className="font-medium text-slate-900">
        {props.label}
      </label>
      {props.help}
      {props.children}
      <FieldErrors id={props.errorId} errors={props.errors} />
    </div>
  );
}

function Fieldset(props: {
  legend: ReactNode;
  help: ReactNode;
  errors?: string[];
  errorId?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 font-medium text-slate-900">{props.legend}</legend>
      {props.help}
      <div className="flex flex-col gap-1">{props.children}</div>
      <FieldErrors id={props.errorId} errors={props.errors} />
    </fieldset>
  );
}

/** One option; the group's invalid state and messages are on every option, where focus lands. */
function Choice({
  label,
  onChange,
  ...input
}: {
  type: "radio" | "checkbox";
  name: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[[aria-invalid]]:border-red-700">
      <input
        {...input}
        onChange={(e) => onChange(e.target.checked)}
        className="size-5 accent-brand-700"
      />
      <span>{label}</span>
    </label>
  );
}
