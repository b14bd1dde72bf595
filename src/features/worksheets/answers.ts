import { z } from "zod";
import type { TWorksheetBody, TWorksheetField } from "~/features/templates/schema";
import { answerProblem, type TAnswerMode, type TAnswerValue } from "./answer-rules";

/*
 * The answers' schema, from the rules in answer-rules.ts: the same check runs in the form
 * (submit button) and on the server. Issue paths start with the field id; the server keys them
 * under "answers" (fieldErrorsOf).
 */

export type TAnswersSchema = z.ZodObject<
  Record<string, z.ZodType<TAnswerValue | undefined>>,
  z.core.$strict
>;

// Most likely the therapist changed the questions while this page was open: the typed text is
// refused, never dropped, and the person is told how to keep it.
export const ANSWERS_UNKNOWN_KEYS_MESSAGE =
  "This worksheet's questions changed while you were writing, so this can't be saved yet. " +
  "Copy any answer you want to keep, then reload the page.";

/** The schema for one field's answer; `buildAnswersSchema` puts these under the field ids. */
function buildFieldAnswerSchema(
  field: TWorksheetField,
  mode: TAnswerMode,
): z.ZodType<TAnswerValue | undefined> {
  const schema = z.custom<TAnswerValue | undefined>().superRefine((value, ctx) => {
    const problem = answerProblem(field, value, mode);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
  return mode === "submit" && field.required ? schema : schema.optional();
}

/**
 * Answers schema for a worksheet body. "submit" requires the required questions; "draft" lets
 * anything be missing. Both type-check what is present and refuse keys that are not field ids.
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

/** The worksheet form's check when the client submits: the answers, and "just for me". */
export const worksheetFormSchema = (fields: readonly TWorksheetField[]) =>
  z.object({
    answers: buildAnswersSchema({ fields: [...fields] }, "submit"),
    justForMe: z.boolean().optional(),
  });
