import { useId, type TextareaHTMLAttributes } from "react";
import { FieldErrors } from "~/components/ui/field";

/** A labelled textarea wired to its errors, like TextField. */
export function TextAreaField({
  label,
  help,
  errors,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  help?: string;
  errors?: string[];
}) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {help ? (
        <p id={helpId} className="text-sm text-slate-600">
          {help}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={3}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[helpId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700"
        {...textarea}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
