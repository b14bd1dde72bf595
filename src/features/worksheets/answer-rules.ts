import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from "~/features/templates/constants";
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

/*
 * Answers are `Record<fieldId, value>`, checked against the frozen field list of an assignment.
 * "Unanswered" means missing, a blank string or an empty array, whatever the field type, so a
 * cleared input never blocks a draft. Any other value is type-checked in both modes. These rules
 * hold no zod: the worksheet page filters its drafts with them as the client types; answers.ts
 * turns them into the schema that checks a submit, in the form and on the server.
 */

export type TAnswerValue = string | number | string[];
export type TAnswers = Record<string, TAnswerValue>;
export type TAnswerMode = "draft" | "submit";

/** The answers of these questions only (a part of a two-part worksheet, say). */
export const answersOf = (answers: TAnswers, fields: readonly { id: string }[]): TAnswers =>
  Object.fromEntries(fields.flatMap((f) => (f.id in answers ? [[f.id, answers[f.id]!]] : [])));

export const ANSWER_REQUIRED_MESSAGE = "This question needs an answer.";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a "YYYY-MM-DD" string naming a real day (no 30 February). No time zone involved. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/** Whether a value counts as an answer (for required checks and progress counts). */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const withThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function textProblem(value: unknown, max: number, mustAnswer: boolean): string | null {
  if (typeof value !== "string") return "Answer with text.";
  if (value.length > max) return `Keep this to ${withThousands(max)} characters or fewer.`;
  return mustAnswer && !isAnswered(value) ? ANSWER_REQUIRED_MESSAGE : null;
}

/** A string that must be one of `allowed` (or blank while unanswered is allowed). */
function pickOneProblem(
  value: unknown,
  allowed: readonly string[],
  message: string,
  mustAnswer: boolean,
): string | null {
  if (typeof value !== "string") return message;
  if (!isAnswered(value)) return mustAnswer ? ANSWER_REQUIRED_MESSAGE : null;
  return allowed.includes(value) ? null : message;
}

function pickManyProblem(
  value: unknown,
  allowed: readonly string[],
  message: string,
  mustAnswer: boolean,
): string | null {
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string")) return message;
  if (!isAnswered(value)) return mustAnswer ? ANSWER_REQUIRED_MESSAGE : null;
  if (value.some((id: string) => !allowed.includes(id))) return message;
  return new Set(value).size === value.length ? null : "Each option can be chosen only once.";
}

function dateProblem(value: unknown, mustAnswer: boolean): string | null {
  const format = "Enter a date like 2026-03-14 (year, month, day).";
  if (typeof value !== "string") return format;
  if (!isAnswered(value)) return mustAnswer ? ANSWER_REQUIRED_MESSAGE : null;
  if (!DATE_PATTERN.test(value)) return format;
  return isCalendarDate(value) ? null : "That date doesn't exist. Check the day and month.";
}

/**
 * What is wrong with one answer, in the words the client sees; null when nothing is. "submit"
 * requires a required question's answer; "draft" lets anything be missing.
 */
export function answerProblem(
  field: TWorksheetField,
  value: unknown,
  mode: TAnswerMode,
): string | null {
  const mustAnswer = mode === "submit" && field.required;
  if (value === undefined) return mustAnswer ? ANSWER_REQUIRED_MESSAGE : null;
  const ids = (options: readonly { id: string }[]) => options.map((o) => o.id);
  switch (field.type) {
    case "short_text":
      return textProblem(value, SHORT_TEXT_MAX, mustAnswer);
    case "long_text":
      return textProblem(value, LONG_TEXT_MAX, mustAnswer);
    case "scale": {
      const { message, fits } = scaleRuleOf(field);
      return typeof value === "number" && Number.isFinite(value) && fits(value) ? null : message;
    }
    case "single_choice":
      return pickOneProblem(value, ids(field.options), "Choose one of the options.", mustAnswer);
    case "multi_choice":
      return pickManyProblem(
        value,
        ids(field.options),
        "Choose only from the options.",
        mustAnswer,
      );
    case "checklist":
      return pickManyProblem(
        value,
        ids(field.options),
        "Tick only items from the list.",
        mustAnswer,
      );
    case "yes_no_partly":
      return pickOneProblem(
        value,
        ids(yesNoPartlyOptions(field)),
        field.fearedOutcome
          ? "Choose yes, no, partly or I didn't find out."
          : "Choose yes, no or partly.",
        mustAnswer,
      );
    case "date":
      return dateProblem(value, mustAnswer);
  }
}

/**
 * What a draft can carry of the answers on screen: an entry its question refuses (a number typed
 * off the scale) is left out, so the rest keeps saving and no saved copy holds a value the screen
 * no longer shows. Submitting checks everything and names the field.
 */
export function draftAnswers(fields: readonly TWorksheetField[], answers: TAnswers): TAnswers {
  const kept: TAnswers = {};
  for (const field of fields) {
    const value = answers[field.id];
    if (value !== undefined && answerProblem(field, value, "draft") === null) {
      kept[field.id] = value;
    }
  }
  return kept;
}
