"use client";

import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
import { get, useFormContext, useFormState, type FieldError } from "react-hook-form";

/*
 * One input of a <Form> (./form): its label, help and messages, wired for screen readers. `name`
 * is where the form keeps the field's messages, its full path ("email", "body.fields.2.label"),
 * the same key the server names a refused field by.
 */

/** What a control needs to be labelled and described: spread it on the input. */
export type TFieldControl = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** Every message of one field: each failed check (criteriaMode "all"), or the server's. */
function messagesOf(error: unknown): string[] | undefined {
  // A list's own message sits at `root` when its items have messages too.
  const own = (error as { root?: FieldError } | undefined)?.root ?? (error as FieldError);
  if (!own?.type) return undefined; // a tree: the messages belong to the inputs below
  const all = own.types ? Object.values(own.types).flat() : [own.message];
  const messages = [...new Set(all.filter((m): m is string => typeof m === "string" && !!m))];
  return messages.length > 0 ? messages : undefined;
}

export function useFieldErrors(name: string): string[] | undefined {
  const { errors } = useFormState({ name });
  return messagesOf(get(errors, name));
}

/** The ids and wiring of one field, for layouts <Field> does not fit (inputs inside a sentence). */
export function useField(name: string, hasHelp = false) {
  const id = useId();
  const errors = useFieldErrors(name);
  const helpId = hasHelp ? `${id}-help` : undefined;
  const errorId = errors ? `${id}-error` : undefined;
  const control: TFieldControl = {
    id,
    "aria-invalid": errorId ? true : undefined,
    "aria-describedby": [helpId, errorId].filter(Boolean).join(" ") || undefined,
  };
  return { control, helpId, errorId, errors };
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

/** The messages about a part with no input of its own (a list: "Add at least one question."). */
export function PartErrors({ name }: { name: string }) {
  return <FieldErrors errors={useFieldErrors(name)} />;
}

const LABEL_CLASS = {
  sm: "text-sm font-medium text-slate-800",
  // A question the person answers, or the one box of a short form.
  base: "font-medium text-slate-900",
};

/**
 * Label (a legend for a `group` of radios or checkboxes), help, the control(s) and the messages.
 * In a group every option gets the wiring: that is where focus lands.
 */
export function Field({
  name,
  label,
  help,
  group = false,
  labelSize = "sm",
  className = "",
  children,
}: {
  name: string;
  label: ReactNode;
  help?: ReactNode;
  group?: boolean;
  labelSize?: keyof typeof LABEL_CLASS;
  className?: string;
  children: (control: TFieldControl) => ReactNode;
}) {
  const { control, helpId, errorId, errors } = useField(name, Boolean(help));
  const helpText = help ? (
    <p id={helpId} className="text-sm text-slate-600">
      {help}
    </p>
  ) : null;
  if (group) {
    return (
      <fieldset className={`flex flex-col gap-2 ${className}`}>
        <legend className={`mb-1.5 ${LABEL_CLASS[labelSize]}`}>{label}</legend>
        {helpText}
        {children(control)}
        <FieldErrors id={errorId} errors={errors} />
      </fieldset>
    );
  }
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={control.id} className={LABEL_CLASS[labelSize]}>
        {label}
      </label>
      {helpText}
      {children(control)}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export const controlClass =
  "rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700";

type TFieldProps = { name: string; label: string; help?: ReactNode };

/**
 * Registered with the form by `name`; given `onChange`, the caller holds the value instead (a
 * builder edits one large value) and `name` only says where the messages are.
 */
function useRegistered(name: string, controlled: boolean) {
  const { register } = useFormContext();
  return controlled ? { name } : register(name);
}

export function TextField({
  name,
  label,
  help,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & TFieldProps) {
  const registered = useRegistered(name, input.onChange !== undefined);
  return (
    <Field name={name} label={label} help={help} className={className}>
      {(control) => (
        <input {...control} {...registered} className={`min-h-11 ${controlClass}`} {...input} />
      )}
    </Field>
  );
}

export function TextAreaField({
  name,
  label,
  help,
  labelSize,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> &
  TFieldProps & { labelSize?: keyof typeof LABEL_CLASS }) {
  const registered = useRegistered(name, textarea.onChange !== undefined);
  return (
    <Field name={name} label={label} help={help} labelSize={labelSize}>
      {(control) => (
        <textarea
          {...control}
          {...registered}
          rows={3}
          className={`w-full ${controlClass}`}
          {...textarea}
        />
      )}
    </Field>
  );
}

/** One checkbox with its label beside it (and help under it), registered with the form by name. */
export function CheckboxField({ name, label, help }: TFieldProps) {
  const { register } = useFormContext();
  const { control, helpId, errorId, errors } = useField(name, Boolean(help));
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-3 text-slate-900">
        <input type="checkbox" {...control} {...register(name)} className="mt-1 size-5 shrink-0" />
        <span>{label}</span>
      </label>
      {help ? (
        <p id={helpId} className="ml-8 text-sm text-slate-600">
          {help}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
