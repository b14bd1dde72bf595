import { z } from "zod";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import { ZLadderBodySchema } from "./ladder-body-schema";
import { ZWorksheetBodySchema } from "./worksheet-body-schema";

// The bodies have files of their own; everything stays importable from here.
export { ZSlugSchema } from "./body-schema-parts";
export * from "./constants";
export * from "./ladder-body-schema";
export * from "./worksheet-body-schema";

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

/** Every built-in fits on the first page, with room for a few own templates. */
export const LIBRARY_PAGE_SIZE = 24;

export const ZListTemplatesRequestSchema = z.object({
  kind: ZTemplateKind.optional(),
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
  cursor: ZCursorSchema.optional(),
  limit: z.number().int().min(1).max(50).default(LIBRARY_PAGE_SIZE),
});
export type TListTemplatesRequest = z.infer<typeof ZListTemplatesRequestSchema>;

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

export const ZListTemplatesResponseSchema = ZPageSchema(ZTemplateSummarySchema);
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
