import { clientProcedure, protectedProcedure, router } from "~/server/trpc";
import { getLadder, listStepAttempts } from "./data";
import { completeAttempt, markMastered, startAttempt, stopAttempt } from "./mutations";
import {
  ZCompleteAttemptRequestSchema,
  ZCompleteAttemptResponseSchema,
  ZGetLadderRequestSchema,
  ZLadderResponseSchema,
  ZMarkMasteredRequestSchema,
  ZMarkMasteredResponseSchema,
  ZStepAttemptsRequestSchema,
  ZStepAttemptsResponseSchema,
  ZStartAttemptRequestSchema,
  ZStartAttemptResponseSchema,
  ZStopAttemptRequestSchema,
  ZStopAttemptResponseSchema,
} from "./schema";

/** Reading and mastering: client or therapist (scoped in data/mutations). Attempts: client only. */
export const ladderRouter = router({
  get: protectedProcedure
    .input(ZGetLadderRequestSchema)
    .output(ZLadderResponseSchema)
    .query(({ ctx, input }) => getLadder(ctx.actor, input.assignmentId)),

  /** One step's whole history, a page at a time: the ladder shows only each step's newest. */
  stepAttempts: protectedProcedure
    .input(ZStepAttemptsRequestSchema)
    .output(ZStepAttemptsResponseSchema)
    .query(({ ctx, input }) => listStepAttempts(ctx.actor, input)),

  startAttempt: clientProcedure
    .input(ZStartAttemptRequestSchema)
    .output(ZStartAttemptResponseSchema)
    .mutation(({ ctx, input }) => startAttempt(ctx.actor, input)),

  completeAttempt: clientProcedure
    .input(ZCompleteAttemptRequestSchema)
    .output(ZCompleteAttemptResponseSchema)
    .mutation(({ ctx, input }) => completeAttempt(ctx.actor, input)),

  stopAttempt: clientProcedure
    .input(ZStopAttemptRequestSchema)
    .output(ZStopAttemptResponseSchema)
    .mutation(({ ctx, input }) => stopAttempt(ctx.actor, input)),

  markMastered: protectedProcedure
    .input(ZMarkMasteredRequestSchema)
    .output(ZMarkMasteredResponseSchema)
    .mutation(({ ctx, input }) => markMastered(ctx.actor, input)),
});
