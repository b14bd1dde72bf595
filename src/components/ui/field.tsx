import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";

type FieldProps = { label: string; help?: ReactNode; errors?: string[] };
type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** Label, help text and errors around one control, wired together for screen readers. */
function FieldShell({
  label,
  help,
  errors,
  className = "",
  control,
}: FieldProps & { className?: string; control: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {help ? (
        <p id={helpId} className="text-sm text-slate-600">
          {help}
        </p>
      ) : null}
      {control({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [helpId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

const controlClass =
  "rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700";

export function TextField({
  label,
  help,
  errors,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return (
    <FieldShell
      label={label}
      help={help}
      errors={errors}
      className={className}
      control={(wiring) => <input {...wiring} className={`min-h-11 ${controlClass}`} {...input} />}
    />
  );
}

export function TextAreaField({
  label,
  help,
  errors,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return (
    <FieldShell
      label={label}
      help={help}
      errors={errors}
      control={(wiring) => (
        <textarea {...wiring} rows={3} className={`w-full ${controlClass}`} {...textarea} />
      )}
    />
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}
