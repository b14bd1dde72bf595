"use client";

import { FormProvider, useController, useForm } from "react-hook-form";
import { Field, type TFieldControl } from "~/components/ui/field";
import type { TWorksheetField } from "~/features/templates/schema";
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from "~/features/templates/constants";
import type { TAnswerValue } from "../answer-rules";
import { yesNoPartlyOptions } from "../answer-rules";
import { characterLimit } from "../character-limit";
import { ScaleInput } from "./scale-input";

/** Where the form keeps a question's answer (and its messages): the request's own path. */
export const answerName = (fieldId: string) => `answers.${fieldId}` as const;

export type TWorksheetFieldsProps = {
  fields: readonly TWorksheetField[];
  /** After the client changed an answer (the draft's cue to keep and send it). */
  onEdit?: (fieldId: string) => void;
  /** Preview: exactly what the client sees, but nothing can be changed. */
  disabled?: boolean;
  /** Submitting: the answers stay readable and focusable, but hold still until it is done. */
  readOnly?: boolean;
};

const inputClass =
  "min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700 read-only:bg-slate-50 disabled:bg-slate-100";

/**
 * Every worksheet field type, accessible and mobile first: what clients fill in. The answers are
 * the surrounding form's, under `answers.<question id>`.
 */
export function WorksheetFields({ fields, onEdit, disabled, readOnly }: TWorksheetFieldsProps) {
  return (
    <div className="flex flex-col gap-6">
      {fields.map((field) => (
        <WorksheetField
          key={field.id}
          field={field}
          disabled={disabled}
          readOnly={readOnly}
          onEdit={() => onEdit?.(field.id)}
        />
      ))}
    </div>
  );
}

/** The fields as a template preview shows them: disabled, in a form that holds no answers. */
export function WorksheetFieldsPreview({ fields }: { fields: readonly TWorksheetField[] }) {
  const form = useForm({ defaultValues: { answers: {} } });
  return (
    <FormProvider {...form}>
      <WorksheetFields fields={fields} disabled />
    </FormProvider>
  );
}

type FieldProps = {
  field: TWorksheetField;
  disabled?: boolean;
  readOnly?: boolean;
  onEdit: () => void;
};

function WorksheetField({ field, disabled, readOnly, onEdit }: FieldProps) {
  const { field: answer } = useController({ name: answerName(field.id) });
  const value = answer.value as TAnswerValue | undefined;
  const onChange = (next: TAnswerValue | undefined) => {
    if (readOnly) return;
    answer.onChange(next);
    onEdit();
  };
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
  const common = (control: TFieldControl) => ({
    ...control,
    disabled,
    readOnly,
    required: field.required,
  });
  const labelled = { name: answer.name, label, help: field.help, labelSize: "base" } as const;

  switch (field.type) {
    case "short_text":
    case "long_text": {
      const max = field.type === "short_text" ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      const text = typeof value === "string" ? value : "";
      const limit = characterLimit(text.length, max);
      return (
        <Field {...labelled}>
          {(control) => {
            const countId = limit.count ? `${control.id}-count` : undefined;
            const describedBy = [control["aria-describedby"], countId].filter(Boolean).join(" ");
            const textProps = {
              ...common(control),
              "aria-describedby": describedBy || undefined,
              className: inputClass,
              maxLength: max,
              value: text,
            };
            return (
              <>
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
              </>
            );
          }}
        </Field>
      );
    }
    case "date":
      return (
        <Field {...labelled}>
          {(control) => (
            <input
              {...common(control)}
              type="date"
              className={inputClass}
              value={typeof value === "string" ? value : ""}
              onChange={(e) => onChange(e.target.value || undefined)}
            />
          )}
        </Field>
      );
    case "scale":
      return (
        <Field {...labelled}>
          {(control) => (
            <ScaleInput
              {...common(control)}
              field={field}
              value={typeof value === "number" ? value : undefined}
              onChange={onChange}
            />
          )}
        </Field>
      );
    case "single_choice":
    case "yes_no_partly": {
      const options = field.type === "yes_no_partly" ? yesNoPartlyOptions(field) : field.options;
      return (
        <Field {...labelled} label={legend} group>
          {({ id, ...wiring }) => (
            <div className="flex flex-col gap-1">
              {options.map((option) => (
                <Choice
                  key={option.id}
                  type="radio"
                  name={id}
                  label={option.label}
                  checked={value === option.id}
                  disabled={disabled}
                  required={field.required}
                  {...wiring}
                  onChange={() => onChange(option.id)}
                />
              ))}
            </div>
          )}
        </Field>
      );
    }
    case "multi_choice":
    case "checklist": {
      const selected = Array.isArray(value) ? value : [];
      return (
        <Field {...labelled} label={legend} group>
          {({ id, ...wiring }) => (
            <div className="flex flex-col gap-1">
              {field.options.map((option) => (
                <Choice
                  key={option.id}
                  type="checkbox"
                  name={id}
                  label={option.label}
                  checked={selected.includes(option.id)}
                  disabled={disabled}
                  {...wiring}
                  onChange={(checked) =>
                    onChange(
                      checked ? [...selected, option.id] : selected.filter((s) => s !== option.id),
                    )
                  }
                />
              ))}
            </div>
          )}
        </Field>
      );
    }
  }
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
