import { z } from "zod";
import {
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  type TWorksheetBody,
  type TWorksheetField,
} from "~/features/templates/schema";
import { scaleRuleOf, yesNoPartlyOptions } from "./answer-rules";

/*
 * Answers are `Record<fieldId, value>`, validated against the frozen field list of an assignment.
 * The same schema runs in the form (autosave, submit button) and on the server.
 *
 * "Unanswered" means missing, a blank string or an empty array, whatever the field type, so a
 * cleared input never blocks a draft. Any other value is type-checked in both modes.
 */

export type TAnswerValue = string | number | string[];
export type TAnswers = Record<string, TAnswerValue>;
export type TAnswerMode = "draft" | "submit";

export type TAnswersSchema = z.ZodObject<
  Record<string, z.ZodType<TAnswerValue | undefined>>,
  z.core.$strict
>;

/** The answers of these questions only (a part of a two-part worksheet, say). */
export const answersOf = (answers: TAnswers, fields: readonly { id: string }[]): TAnswers =>
  Object.fromEntries(fields.flatMap((f) => (f.id in answers ? [[f.id, answers[f.id]!]] : [])));

export const ANSWER_REQUIRED_MESSAGE = "This question needs an answer.";
// Most likely the therapist changed the questions while this page was open: the typed text is
// refused, never dropped, and the person is told how to keep it.
export const ANSWERS_UNKNOWN_KEYS_MESSAGE =
  "This worksheet's questions changed while you were writing, so this can't be saved yet. " +
  "Copy any answer you want to keep, then reload the page.";

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

// A missing key reaches the value schema as `undefined`: that is "unanswered", not a wrong type.
const typeError = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? ANSWER_REQUIRED_MESSAGE : message;

function textAnswer(max: number, mustAnswer: boolean) {
  return z
    .string({ error: typeError("Answer with text.") })
    .max(max, `Keep this to ${withThousands(max)} characters or fewer.`)
    .superRefine((value, ctx) => {
      if (mustAnswer && !isAnswered(value)) {
        ctx.addIssue({ code: "custom", message: ANSWER_REQUIRED_MESSAGE });
      }
    });
}

/** A string that must be one of `allowed` (or blank while unanswered is allowed). */
function pickOne(allowed: readonly string[], message: string, mustAnswer: boolean) {
  return z.string({ error: typeError(message) }).superRefine((value, ctx) => {
    if (!isAnswered(value)) {
      if (mustAnswer) ctx.addIssue({ code: "custom", message: ANSWER_REQUIRED_MESSAGE });
    } else if (!allowed.includes(value)) {
      ctx.addIssue({ code: "custom", message });
    }
  });
}

function pickMany(allowed: readonly string[], message: string, mustAnswer: boolean) {
  return z
    .array(z.string({ error: message }), { error: typeError(message) })
    .superRefine((value, ctx) => {
      if (!isAnswered(value)) {
        if (mustAnswer) ctx.addIssue({ code: "custom", message: ANSWER_REQUIRED_MESSAGE });
      } else if (value.some((id) => !allowed.includes(id))) {
        ctx.addIssue({ code: "custom", message });
      } else if (new Set(value).size !== value.length) {
        ctx.addIssue({ code: "custom", message: "Each option can be chosen only once." });
      }
    });
}

function scaleAnswer(field: Extract<TWorksheetField, { type: "scale" }>) {
  const { message, fits } = scaleRuleOf(field);
  return z.number({ error: typeError(message) }).superRefine((value, ctx) => {
    if (!fits(value)) ctx.addIssue({ code: "custom", message });
  });
}

function dateAnswer(mustAnswer: boolean) {
  const format = "Enter a date like 2026-03-14 (year, month, day).";
  return z.string({ error: typeError(format) }).superRefine((value, ctx) => {
    if (!isAnswered(value)) {
      if (mustAnswer) ctx.addIssue({ code: "custom", message: ANSWER_REQUIRED_MESSAGE });
    } else if (!DATE_PATTERN.test(value)) {
      ctx.addIssue({ code: "custom", message: format });
    } else if (!isCalendarDate(value)) {
      ctx.addIssue({
        code: "custom",
        message: "That date doesn't exist. Check the day and month.",
      });
    }
  });
}

/** The schema for one field's answer; `buildAnswersSchema` puts these under the field ids. */
export function buildFieldAnswerSchema(
  field: TWorksheetField,
  mode: TAnswerMode,
): z.ZodType<TAnswerValue | undefined> {
  const mustAnswer = mode === "submit" && field.required;
  const schema = ((): z.ZodType<TAnswerValue> => {
    switch (field.type) {
      case "short_text":
        return textAnswer(SHORT_TEXT_MAX, mustAnswer);
      case "long_text":
        return textAnswer(LONG_TEXT_MAX, mustAnswer);
      case "scale":
        return scaleAnswer(field);
      case "single_choice":
        return pickOne(
          field.options.map((o) => o.id),
          "Choose one of the options.",
          mustAnswer,
        );
      case "multi_choice":
        return pickMany(
          field.options.map((o) => o.id),
          "Choose only from the options.",
          mustAnswer,
        );
      case "checklist":
        return pickMany(
          field.options.map((o) => o.id),
          "Tick only items from the list.",
          mustAnswer,
        );
      case "yes_no_partly":
        return pickOne(
          yesNoPartlyOptions(field).map((o) => o.id),
          field.fearedOutcome
            ? "Choose yes, no, partly or I didn't find out."
            : "Choose yes, no or partly.",
          mustAnswer,
        );
      case "date":
        return dateAnswer(mustAnswer);
    }
  })();
  return mustAnswer ? schema : schema.optional();
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
    if (value === undefined) continue;
    if (buildFieldAnswerSchema(field, "draft").safeParse(value).success) kept[field.id] = value;
  }
  return kept;
}

/**
 * Answers schema for a worksheet body. "submit" requires the required questions; "draft" lets
 * anything be missing. Both type-check what is present and refuse keys that are not field ids.
 * Issue paths start with the field id; the server keys them under "answers" (fieldErrorsOf).
 */
export function buildAnswersSchema(body: TWorksheetBody, mode: TAnswerMode): TAnswersSchema {
  const shape: Record<string, z.ZodType<TAnswerValue | undefined>> = {};
  for (const field of body.fields) shape[field.id] = buildFieldAnswerSchema(field, mode);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? ANSWERS_UNKNOWN_KEYS_MESSAGE
        : "These answers couldn't be read. Reload the page and try again.",
  });
}
