import { z } from "zod";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import { FEEDBACK_MAX, MARK_SEEN_MAX } from "./constants";

const ZId = z.string().min(1).max(100);

export const ZFeedbackBodySchema = z
  .string()
  .trim()
  .min(1, "Write your message.")
  .max(FEEDBACK_MAX, `Keep this to ${FEEDBACK_MAX.toLocaleString("en")} characters or fewer.`);

/** Feedback belongs to either a worksheet submission or a ladder step attempt. */
export const ZFeedbackTargetSchema = z.union([
  z.object({ submissionId: ZId }).strict(),
  z.object({ attemptId: ZId }).strict(),
]);
export type TFeedbackTarget = z.infer<typeof ZFeedbackTargetSchema>;

/** Enough for any page's unseen feedback in one call; more goes in several. */

export const ZMarkFeedbackSeenRequestSchema = z.object({
  feedbackIds: z.array(ZId).min(1).max(MARK_SEEN_MAX),
});
export type TMarkFeedbackSeenRequest = z.infer<typeof ZMarkFeedbackSeenRequestSchema>;

export const ZCreateFeedbackRequestSchema = z.object({
  target: ZFeedbackTargetSchema,
  body: ZFeedbackBodySchema,
});
export type TCreateFeedbackRequest = z.infer<typeof ZCreateFeedbackRequestSchema>;

export const ZMarkReviewedRequestSchema = z.object({ target: ZFeedbackTargetSchema });
export type TMarkReviewedRequest = z.infer<typeof ZMarkReviewedRequestSchema>;

export const ZReplyFeedbackRequestSchema = z.object({ feedbackId: ZId, body: ZFeedbackBodySchema });
export type TReplyFeedbackRequest = z.infer<typeof ZReplyFeedbackRequestSchema>;

export const ZFeedbackItemSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.date(),
  seenAt: z.date().nullable(),
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
});
export type TFeedbackItem = z.infer<typeof ZFeedbackItemSchema>;

export const ZListNewFeedbackRequestSchema = z
  .object({
    cursor: ZCursorSchema.optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .default({ limit: 20 });

/** Where a piece of new feedback can be read (and replied to). */
export const ZNewFeedbackItemSchema = ZFeedbackItemSchema.pick({
  id: true,
  authorName: true,
  body: true,
  createdAt: true,
}).extend({ title: z.string(), href: z.string() });
export type TNewFeedbackItem = z.infer<typeof ZNewFeedbackItemSchema>;

export const ZListNewFeedbackResponseSchema = ZPageSchema(ZNewFeedbackItemSchema);
export type TListNewFeedbackResponse = z.infer<typeof ZListNewFeedbackResponseSchema>;
