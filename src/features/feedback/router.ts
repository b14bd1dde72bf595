import { z } from "zod";
import { clientProcedure, router, therapistProcedure } from "~/server/trpc";
import { listNewFeedback } from "./data";
import { createFeedback, markFeedbackSeen, markReviewed, replyToFeedback } from "./mutations";
import {
  ZCreateFeedbackRequestSchema,
  ZListNewFeedbackRequestSchema,
  ZListNewFeedbackResponseSchema,
  ZMarkFeedbackSeenRequestSchema,
  ZMarkReviewedRequestSchema,
  ZReplyFeedbackRequestSchema,
} from "./schema";

export const feedbackRouter = router({
  create: therapistProcedure
    .input(ZCreateFeedbackRequestSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createFeedback(ctx.actor, input)),

  markReviewed: therapistProcedure
    .input(ZMarkReviewedRequestSchema)
    .output(z.object({ reviewed: z.literal(true) }))
    .mutation(({ ctx, input }) => markReviewed(ctx.actor, input)),

  reply: clientProcedure
    .input(ZReplyFeedbackRequestSchema)
    .output(z.object({ repliedAt: z.date() }))
    .mutation(({ ctx, input }) => replyToFeedback(ctx.actor, input)),

  listNew: clientProcedure
    .input(ZListNewFeedbackRequestSchema)
    .output(ZListNewFeedbackResponseSchema)
    .query(({ ctx, input }) => listNewFeedback(ctx.actor, input)),

  markSeen: clientProcedure
    .input(ZMarkFeedbackSeenRequestSchema)
    .output(z.object({ count: z.number() }))
    .mutation(({ ctx, input }) => markFeedbackSeen(ctx.actor, input)),
});
