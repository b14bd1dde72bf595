import { z } from "zod";

const ZId = z.string().min(1).max(100);

export const ZFlagKindSchema = z.enum(["HIGH_DISTRESS"]);
export type TFlagKind = z.infer<typeof ZFlagKindSchema>;

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
