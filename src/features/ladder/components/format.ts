import type { TFearedOutcome } from "../schema";

/** Dates in the viewer's own zone, the same on the server render and in the browser. */
export function formatWhen(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

export const FEARED_OUTCOME_TEXT: Record<TFearedOutcome, string> = {
  YES: "Feared outcome happened",
  NO: "Feared outcome did not happen",
  PARTLY: "Feared outcome partly happened",
};

/** FormData value to a number for zod: blank stays blank so the "enter a number" message shows. */
export function numberField(value: FormDataEntryValue | null): number | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return Number(value);
}
