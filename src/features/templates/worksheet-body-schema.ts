import { z } from "zod";
import { addDuplicateIdIssues, numberInput, ZSlugSchema } from "./body-schema-parts";
import { FIELD_TYPES } from "./constants";

// A worksheet body: its questions of the eight field types (DESIGN.md section 5).

export const ZFieldType = z.enum(FIELD_TYPES);
export type TFieldType = z.infer<typeof ZFieldType>;

/** Scale ends are bounded so a slider stays usable and stored numbers stay small. */
export const SCALE_LIMIT = 1000;

const fieldBase = {
  id: ZSlugSchema,
  label: z
    .string()
    .trim()
    .min(1, "Write the question.")
    .max(300, "Keep the question under 300 characters."),
  help: z.string().trim().max(1000, "Keep the help text under 1,000 characters.").optional(),
  required: z.boolean(),
};

export const ZChoiceOptionSchema = z.object({
  id: ZSlugSchema,
  label: z
    .string()
    .trim()
    .min(1, "Write the option.")
    .max(200, "Keep options under 200 characters."),
});
export type TChoiceOption = z.infer<typeof ZChoiceOptionSchema>;

function optionsSchema(min: number) {
  return z
    .array(ZChoiceOptionSchema)
    .min(min, min === 1 ? "Add at least 1 item." : `Add at least ${min} options.`)
    .max(30, "Use at most 30 options.");
}

const uniqueOptions = (field: { options: readonly { id: string }[] }, ctx: z.RefinementCtx) =>
  addDuplicateIdIssues(
    field.options,
    ctx,
    "options",
    "Two options share an id. Give each its own.",
  );

const anchorLabel = z.string().trim().max(60, "Keep scale labels under 60 characters.").optional();
const scaleEnd = numberInput()
  .int("Use whole numbers for the scale.")
  .min(-SCALE_LIMIT, `Keep the scale between -${SCALE_LIMIT} and ${SCALE_LIMIT}.`)
  .max(SCALE_LIMIT, `Keep the scale between -${SCALE_LIMIT} and ${SCALE_LIMIT}.`);

/**
 * What a scale measures, when it measures how the client is: distress (the top is the worst) or
 * safety (the bottom is the worst). A tagged scale answered at its worst end gets a caring
 * response and a flag (features/safety/policy.ts); an untagged one is just a rating.
 */
export const SCALE_TAGS = ["distress", "safety"] as const;
export const ZScaleTagSchema = z.enum(SCALE_TAGS, { error: "Choose distress, safety or neither." });

export const ZShortTextFieldSchema = z.object({ ...fieldBase, type: z.literal("short_text") });
export const ZLongTextFieldSchema = z.object({ ...fieldBase, type: z.literal("long_text") });

export const ZScaleFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal("scale"),
    min: scaleEnd,
    max: scaleEnd,
    step: numberInput()
      .int("Use a whole number for the step.")
      .min(1, "The step must be at least 1."),
    minLabel: anchorLabel,
    midLabel: anchorLabel,
    maxLabel: anchorLabel,
    tag: ZScaleTagSchema.optional(),
  })
  .superRefine((field, ctx) => {
    if (field.min >= field.max) {
      ctx.addIssue({
        code: "custom",
        path: ["max"],
        message: "The highest value must be bigger than the lowest value.",
      });
    } else if ((field.max - field.min) % field.step !== 0) {
      // Otherwise the top of the scale could never be chosen.
      ctx.addIssue({
        code: "custom",
        path: ["step"],
        message: `Steps of ${field.step} don't land exactly on ${field.max}. Choose a step that fits evenly from ${field.min} to ${field.max}.`,
      });
    }
  });

export const ZSingleChoiceFieldSchema = z
  .object({ ...fieldBase, type: z.literal("single_choice"), options: optionsSchema(2) })
  .superRefine(uniqueOptions);
export const ZMultiChoiceFieldSchema = z
  .object({ ...fieldBase, type: z.literal("multi_choice"), options: optionsSchema(2) })
  .superRefine(uniqueOptions);
export const ZChecklistFieldSchema = z
  .object({ ...fieldBase, type: z.literal("checklist"), options: optionsSchema(1) })
  .superRefine(uniqueOptions);

export const ZYesNoPartlyFieldSchema = z.object({
  ...fieldBase,
  type: z.literal("yes_no_partly"),
  /**
   * It asks whether the feared outcome happened: "I didn't find out" is offered too, and a yes
   * or partly gets a validating word on the page (features/safety).
   */
  fearedOutcome: z.boolean().optional(),
});
export const ZDateFieldSchema = z.object({ ...fieldBase, type: z.literal("date") });

export const ZFieldSchema = z.discriminatedUnion("type", [
  ZShortTextFieldSchema,
  ZLongTextFieldSchema,
  ZScaleFieldSchema,
  ZSingleChoiceFieldSchema,
  ZMultiChoiceFieldSchema,
  ZYesNoPartlyFieldSchema,
  ZDateFieldSchema,
  ZChecklistFieldSchema,
]);
export type TWorksheetField = z.infer<typeof ZFieldSchema>;
export type TScaleField = z.infer<typeof ZScaleFieldSchema>;
export type TChoiceField = z.infer<
  typeof ZSingleChoiceFieldSchema | typeof ZMultiChoiceFieldSchema | typeof ZChecklistFieldSchema
>;

export const ZWorksheetBodySchema = z
  .object({
    fields: z
      .array(ZFieldSchema)
      .min(1, "Add at least one question.")
      .max(50, "Use at most 50 questions."),
    /**
     * A two-part worksheet: the id of the first question of the "after" part. The client submits
     * the questions before it first (a prediction, say), and the rest later on the same page.
     */
    afterPartFrom: ZSlugSchema.optional(),
  })
  .superRefine((body, ctx) => {
    addDuplicateIdIssues(
      body.fields,
      ctx,
      "fields",
      "Two questions share an id. Give each its own.",
    );
    if (body.afterPartFrom === undefined) return;
    const index = body.fields.findIndex((f) => f.id === body.afterPartFrom);
    if (index < 1) {
      ctx.addIssue({
        code: "custom",
        path: ["afterPartFrom"],
        message:
          index === 0
            ? "The after part can't start with the first question: the before part needs at least one."
            : "Choose the question the after part starts with.",
      });
    }
  });
export type TWorksheetBody = z.infer<typeof ZWorksheetBodySchema>;

export type TWorksheetParts = { before: TWorksheetField[]; after: TWorksheetField[] };

/** A two-part worksheet's questions before and from its split; null for a one-part worksheet. */
export function worksheetParts(body: {
  fields: readonly TWorksheetField[];
  afterPartFrom?: string | undefined;
}): TWorksheetParts | null {
  const index = body.fields.findIndex((f) => f.id === body.afterPartFrom);
  if (body.afterPartFrom === undefined || index < 1) return null;
  return { before: body.fields.slice(0, index), after: body.fields.slice(index) };
}
