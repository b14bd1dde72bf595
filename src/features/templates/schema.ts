import { z } from "zod";

/** Answer length limits; the answers schema and the form counters both read these. */
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 10_000;

export const FIELD_TYPES = [
  "short_text",
  "long_text",
  "scale",
  "single_choice",
  "multi_choice",
  "yes_no_partly",
  "date",
  "checklist",
] as const;
export const ZFieldType = z.enum(FIELD_TYPES);
export type TFieldType = z.infer<typeof ZFieldType>;

/** Scale ends are bounded so a slider stays usable and stored numbers stay small. */
export const SCALE_LIMIT = 1000;

/** A number box: an emptied one reads as NaN, which gets a plain message, not zod's default. */
const numberInput = () => z.number({ error: "Enter a number." });

// Ids are stable slugs: answers are stored by id, so renaming a label never orphans them.
export const ZSlugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,39}$/,
    "Use 1-40 lowercase letters, numbers, hyphens or underscores, starting with a letter or number.",
  );

/** Issues for every repeated id, at the path of the later copy, so the form can point at it. */
function addDuplicateIdIssues(
  items: readonly { id: string }[],
  ctx: z.RefinementCtx,
  listKey: string,
  message: string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [listKey, index, "id"], message });
    seen.add(item.id);
  });
}

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
    maxLabel: anchorLabel,
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

export const ZYesNoPartlyFieldSchema = z.object({ ...fieldBase, type: z.literal("yes_no_partly") });
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
  })
  .superRefine((body, ctx) =>
    addDuplicateIdIssues(
      body.fields,
      ctx,
      "fields",
      "Two questions share an id. Give each its own.",
    ),
  );
export type TWorksheetBody = z.infer<typeof ZWorksheetBodySchema>;

export const ZLadderStepSchema = z.object({
  id: ZSlugSchema,
  title: z
    .string()
    .trim()
    .min(1, "Give this step a short title.")
    .max(200, "Keep the title under 200 characters."),
  description: z
    .string()
    .trim()
    .max(2000, "Keep the description under 2,000 characters.")
    .default(""),
  expectedDistress: numberInput()
    .int("Use a whole number from 0 to 100.")
    .min(0, "Use a number from 0 to 100.")
    .max(100, "Use a number from 0 to 100."),
});
export type TLadderStep = z.infer<typeof ZLadderStepSchema>;

export const ZLadderBodySchema = z
  .object({
    steps: z
      .array(ZLadderStepSchema)
      .min(1, "Add at least one step.")
      .max(20, "Use at most 20 steps."),
    // The client is offered the next step once after-distress is at or below this...
    targetDistress: numberInput()
      .int("Use a whole number from 0 to 100.")
      .min(0, "Use a number from 0 to 100.")
      .max(100, "Use a number from 0 to 100.")
      .default(30),
    // ...this many attempts in a row.
    masteryStreak: numberInput()
      .int("Use a whole number from 1 to 5.")
      .min(1, "Use a number from 1 to 5.")
      .max(5, "Use a number from 1 to 5.")
      .default(2),
  })
  .superRefine((body, ctx) =>
    addDuplicateIdIssues(body.steps, ctx, "steps", "Two steps share an id. Give each its own."),
  );
export type TLadderBody = z.infer<typeof ZLadderBodySchema>;
export type TLadderBodyInput = z.input<typeof ZLadderBodySchema>;

export type TLadderOrderWarning = { index: number; stepId: string; title: string; message: string };

/**
 * Steps that are expected to feel easier than a step placed before them. A ladder climbs, so the
 * builder warns (never blocks): the therapist may have a reason for the order.
 */
export function ladderOrderWarnings(
  steps: readonly Pick<TLadderStep, "id" | "title" | "expectedDistress">[],
): TLadderOrderWarning[] {
  const warnings: TLadderOrderWarning[] = [];
  let hardest: { index: number; title: string; expectedDistress: number } | undefined;
  steps.forEach((step, index) => {
    if (hardest && step.expectedDistress < hardest.expectedDistress) {
      warnings.push({
        index,
        stepId: step.id,
        title: step.title,
        message:
          `Step ${index + 1} "${step.title}" is expected to be easier (${step.expectedDistress}) ` +
          `than step ${hardest.index + 1} "${hardest.title}" (${hardest.expectedDistress}). ` +
          `Consider moving it earlier.`,
      });
    }
    if (!hardest || step.expectedDistress > hardest.expectedDistress) {
      hardest = { index, title: step.title, expectedDistress: step.expectedDistress };
    }
  });
  return warnings;
}

export const ZTemplateKind = z.enum(["LADDER", "WORKSHEET"]);
export type TTemplateKind = z.infer<typeof ZTemplateKind>;

export const ZWorksheetContentSchema = z.object({
  kind: z.literal("WORKSHEET"),
  body: ZWorksheetBodySchema,
});
export const ZLadderContentSchema = z.object({
  kind: z.literal("LADDER"),
  body: ZLadderBodySchema,
});
export const ZTemplateContentSchema = z.discriminatedUnion("kind", [
  ZWorksheetContentSchema,
  ZLadderContentSchema,
]);
export type TTemplateContent = z.infer<typeof ZTemplateContentSchema>;
export type TWorksheetContent = z.infer<typeof ZWorksheetContentSchema>;
export type TLadderContent = z.infer<typeof ZLadderContentSchema>;

// ---- Library requests and responses ----------------------------------------------------------

const templateMeta = {
  title: z
    .string()
    .trim()
    .min(1, "Give the template a title.")
    .max(120, "Keep the title under 120 characters."),
  summary: z.string().trim().max(300, "Keep the summary under 300 characters.").default(""),
  whyItHelps: z
    .string()
    .trim()
    .max(2000, "Keep “why this helps” under 2,000 characters.")
    .default(""),
  howToUse: z.string().trim().max(2000, "Keep “how to use it” under 2,000 characters.").default(""),
};

const worksheetDraft = z.object({
  ...templateMeta,
  kind: z.literal("WORKSHEET"),
  body: ZWorksheetBodySchema,
});
const ladderDraft = z.object({
  ...templateMeta,
  kind: z.literal("LADDER"),
  body: ZLadderBodySchema,
});

/** What the editor sends for a new own template; the body is checked against its kind. */
export const ZCreateTemplateRequestSchema = z.discriminatedUnion("kind", [
  worksheetDraft,
  ladderDraft,
]);
export type TCreateTemplateRequest = z.input<typeof ZCreateTemplateRequestSchema>;

const ZTemplateIdSchema = z.string().min(1).max(64);

/** The kind cannot change: assignments and answers depend on it. */
export const ZUpdateTemplateRequestSchema = z.discriminatedUnion("kind", [
  worksheetDraft.extend({ id: ZTemplateIdSchema }),
  ladderDraft.extend({ id: ZTemplateIdSchema }),
]);
export type TUpdateTemplateRequest = z.input<typeof ZUpdateTemplateRequestSchema>;

export const ZTemplateIdRequestSchema = z.object({ id: ZTemplateIdSchema });

/** `b:<index in BUILTIN_TEMPLATES>` while paging built-ins, `o:<updatedAt ms>:<id>` after. */
export const ZTemplateCursorSchema = z
  .string()
  .regex(/^(b:\d{1,3}|o:\d{1,15}:[A-Za-z0-9_-]{1,64})$/, "This page link is not valid.");

export const LIBRARY_PAGE_SIZE = 12;

export const ZListTemplatesRequestSchema = z.object({
  kind: ZTemplateKind.optional(),
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
  cursor: ZTemplateCursorSchema.optional(),
  limit: z.number().int().min(1).max(50).default(LIBRARY_PAGE_SIZE),
});
export type TListTemplatesRequest = z.input<typeof ZListTemplatesRequestSchema>;

export const ZTemplateSummarySchema = z.object({
  id: z.string(),
  kind: ZTemplateKind,
  title: z.string(),
  summary: z.string(),
  isBuiltin: z.boolean(),
  version: z.number().int(),
  updatedAt: z.date(),
});
export type TTemplateSummary = z.infer<typeof ZTemplateSummarySchema>;

export const ZListTemplatesResponseSchema = z.object({
  items: z.array(ZTemplateSummarySchema),
  nextCursor: z.string().nullable(),
});
export type TListTemplatesResponse = z.infer<typeof ZListTemplatesResponseSchema>;

const detailBase = ZTemplateSummarySchema.omit({ kind: true }).extend({
  whyItHelps: z.string(),
  howToUse: z.string(),
});
export const ZTemplateDetailSchema = z.discriminatedUnion("kind", [
  detailBase.extend({ kind: z.literal("WORKSHEET"), body: ZWorksheetBodySchema }),
  detailBase.extend({ kind: z.literal("LADDER"), body: ZLadderBodySchema }),
]);
export type TTemplateDetail = z.infer<typeof ZTemplateDetailSchema>;

export const ZTemplateRefResponseSchema = z.object({ id: z.string(), version: z.number().int() });
export type TTemplateRef = z.infer<typeof ZTemplateRefResponseSchema>;
