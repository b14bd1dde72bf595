import type { TWorksheetField } from "~/features/templates/schema";

// No zod here: the question inputs use these, also in template previews without a form.

const YES_NO_PARTLY = [
  { id: "yes", label: "Yes" },
  { id: "no", label: "No" },
  { id: "partly", label: "Partly" },
] as const;
const NOT_FOUND_OUT = { id: "unknown", label: "I didn't find out" } as const;

/** The answers a yes / no / partly question offers; one about a feared outcome adds "I didn't find out". */
export function yesNoPartlyOptions(
  field: Extract<TWorksheetField, { type: "yes_no_partly" }>,
): readonly { id: string; label: string }[] {
  return field.fearedOutcome ? [...YES_NO_PARTLY, NOT_FOUND_OUT] : YES_NO_PARTLY;
}

/** Which numbers a scale takes, and how to say so (the form's number box uses it too). */
export function scaleRuleOf({ min, max, step }: Extract<TWorksheetField, { type: "scale" }>) {
  const message =
    step === 1
      ? `Choose a whole number from ${min} to ${max}.`
      : `Choose a number from ${min} to ${max}, in steps of ${step}.`;
  const fits = (value: number) =>
    Number.isInteger(value) && (value - min) % step === 0 && value >= min && value <= max;
  return { message, fits };
}
