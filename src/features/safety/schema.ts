import { z } from "zod";
import { SAFETY_PLAN_SECTIONS, SAFETY_PLAN_SECTION_MAX, SUGGESTION_MAX } from "./constants";

const ZId = z.string().min(1).max(100);

export const ZFlagKindSchema = z.enum([
  "HIGH_DISTRESS",
  "RISING_DISTRESS",
  "FEAR_CAME_TRUE_AGAIN",
  "MISSED",
  "QUIET",
]);
export type TFlagKind = z.infer<typeof ZFlagKindSchema>;

/** A flag's kind in the therapist's words (its badge). */
export const FLAG_KIND_TEXT: Record<TFlagKind, string> = {
  HIGH_DISTRESS: "High distress",
  RISING_DISTRESS: "Rising distress",
  FEAR_CAME_TRUE_AGAIN: "Fear came true again",
  MISSED: "Missed",
  QUIET: "Quiet",
};

/** A flag as the therapist's page shows it: the one-line reason and where it came from. */
export const ZFlagSchema = z.object({
  id: z.string(),
  kind: ZFlagKindSchema,
  reason: z.string(),
  createdAt: z.date(),
  /** Where the event happened, for a "look at it" link; null when there is no page for it. */
  href: z.string().nullable(),
});
export type TFlag = z.infer<typeof ZFlagSchema>;

export const ZListOpenFlagsRequestSchema = z.object({ clientId: ZId });
export type TListOpenFlagsRequest = z.infer<typeof ZListOpenFlagsRequestSchema>;

/** Open flags are few (each is acknowledged in turn); more than this and the page says so. */
export const OPEN_FLAGS_SHOWN = 20;

export const ZListOpenFlagsResponseSchema = z.object({
  flags: z.array(ZFlagSchema),
  /** More open flags than shown: acknowledging some brings the rest in. */
  more: z.boolean(),
});
export type TListOpenFlagsResponse = z.infer<typeof ZListOpenFlagsResponseSchema>;

export const ZAcknowledgeFlagRequestSchema = z.object({ flagId: ZId });
export type TAcknowledgeFlagRequest = z.infer<typeof ZAcknowledgeFlagRequestSchema>;

export const ZAcknowledgeFlagResponseSchema = z.object({ acknowledgedAt: z.date() });

// The safety plan: the client's own words in four sections, one item per line.

export const ZSafetyPlanSectionSchema = z.enum(SAFETY_PLAN_SECTIONS, {
  error: "Choose a part of the plan.",
});

const section = z
  .string()
  .trim()
  .max(SAFETY_PLAN_SECTION_MAX, "Keep each part under 2,000 characters.");

export const ZSafetyPlanContentSchema = z.object({
  warningSigns: section,
  calmingThings: section,
  people: section,
  professionals: section,
});
export type TSafetyPlanContent = z.infer<typeof ZSafetyPlanContentSchema>;

export const ZSaveSafetyPlanRequestSchema = ZSafetyPlanContentSchema.extend({
  /** The revision this copy started from: a stale tab or device cannot overwrite newer words. */
  baseRevision: z.number().int().min(0),
});
export type TSaveSafetyPlanRequest = z.infer<typeof ZSaveSafetyPlanRequestSchema>;

export const ZSafetyPlanSuggestionSchema = z.object({
  id: z.string(),
  section: ZSafetyPlanSectionSchema,
  body: z.string(),
  therapistName: z.string(),
  createdAt: z.date(),
});
export type TSafetyPlanSuggestion = z.infer<typeof ZSafetyPlanSuggestionSchema>;

export const ZSafetyPlanSchema = ZSafetyPlanContentSchema.extend({
  clientName: z.string(),
  revision: z.number().int(),
  /** Null until the client first saves it. */
  updatedAt: z.date().nullable(),
  /** Open suggestions, oldest first: the client's to add or decline; the therapist sees theirs. */
  suggestions: z.array(ZSafetyPlanSuggestionSchema),
});
export type TSafetyPlan = z.infer<typeof ZSafetyPlanSchema>;

/** The client reads their own plan (no input); a therapist names the linked client. */
export const ZGetSafetyPlanRequestSchema = z.object({ clientId: ZId.optional() });

export const ZSuggestSafetyPlanRequestSchema = z.object({
  clientId: ZId,
  section: ZSafetyPlanSectionSchema,
  body: z
    .string({ error: "Write your suggestion." })
    .trim()
    .min(1, "Write your suggestion.")
    .max(SUGGESTION_MAX, "Keep the suggestion under 500 characters."),
});
export type TSuggestSafetyPlanRequest = z.infer<typeof ZSuggestSafetyPlanRequestSchema>;

export const ZResolveSuggestionRequestSchema = z.object({
  suggestionId: ZId,
  /** True: add it to the plan's section; false: decline it. */
  add: z.boolean(),
});
export type TResolveSuggestionRequest = z.infer<typeof ZResolveSuggestionRequestSchema>;
