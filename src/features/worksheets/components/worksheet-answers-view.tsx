import type { TWorksheetField } from "~/features/templates/schema";
import type { TAnswers, TAnswerValue } from "../answer-rules";
import { yesNoPartlyOptions } from "../answer-rules";

/** Submitted answers, read-only, in the worksheet's own order and words. */
export function WorksheetAnswersView({
  fields,
  answers,
}: {
  fields: readonly TWorksheetField[];
  answers: Partial<TAnswers>;
}) {
  return (
    <dl className="flex flex-col gap-4">
      {fields.map((field) => (
        <div key={field.id} className="flex flex-col gap-1">
          <dt className="text-sm font-semibold text-slate-700">{field.label}</dt>
          <dd className="whitespace-pre-wrap text-slate-900">
            {describeAnswer(field, answers[field.id])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function describeAnswer(field: TWorksheetField, value: TAnswerValue | undefined): string {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return "Not answered";
  switch (field.type) {
    case "single_choice":
      return field.options.find((o) => o.id === value)?.label ?? String(value);
    case "multi_choice":
    case "checklist": {
      const ids = Array.isArray(value) ? value : [value];
      return field.options
        .filter((o) => ids.includes(o.id))
        .map((o) => o.label)
        .join(", ");
    }
    case "yes_no_partly":
      return yesNoPartlyOptions(field).find((o) => o.id === value)?.label ?? String(value);
    case "scale":
      return `${value} (of ${field.min}–${field.max})`;
    default:
      return String(value);
  }
}
