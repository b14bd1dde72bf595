import { clientProcedure, protectedProcedure, router } from "~/server/trpc";
import { getLadder } from "./data";
import { completeAttempt, markMastered, startAttempt } from "./mutations";
import {
  ZCompleteAttemptRequestSchema,
  ZCompleteAttemptResponseSchema,
  ZGetLadderRequestSchema,
  ZLadderResponseSchema,
  ZMarkMasteredRequestSchema,
  ZMarkMasteredResponseSchema,
  ZStartAttemptRequestSchema,
  ZStartAttemptResponseSchema,
} from "./schema";

/** Reading and mastering: client or therapist (scoped in data/mutations). Attempts: client only. */
export const ladderRouter = router({
  get: protectedProcedure
    .input(ZGetLadderRequestSchema)
    .output(ZLadderResponseSchema)
    .query(({ ctx, input }) => getLadder(ctx.actor, input.assignmentId)),

  startAttempt: clientProcedure
    .input(ZStartAttemptRequestSchema)
    .output(ZStartAttemptResponseSchema)
    .mutation(({ ctx, input }) => startAttempt(ctx.actor, input)),

  completeAttempt: clientProcedure
    .input(ZCompleteAttemptRequestSchema)
    .output(ZCompleteAttemptResponseSchema)
    .mutation(({ ctx, input }) => completeAttempt(ctx.actor, input)),

  markMastered: protectedProcedure
    .input(ZMarkMasteredRequestSchema)
    .output(ZMarkMasteredResponseSchema)
    .mutation(({ ctx, input }) => markMastered(ctx.actor, input)),
});
