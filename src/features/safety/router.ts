import { z } from "zod";
import { clientProcedure, protectedProcedure, router, therapistProcedure } from "~/server/trpc";
import { getSafetyPlan, listOpenFlags } from "./data";
import {
  acknowledgeFlag,
  resolveSafetyPlanSuggestion,
  saveSafetyPlan,
  suggestSafetyPlanEdit,
} from "./mutations";
import {
  ZAcknowledgeFlagRequestSchema,
  ZAcknowledgeFlagResponseSchema,
  ZGetSafetyPlanRequestSchema,
  ZListOpenFlagsRequestSchema,
  ZListOpenFlagsResponseSchema,
  ZResolveSuggestionRequestSchema,
  ZSafetyPlanSchema,
  ZSaveSafetyPlanRequestSchema,
  ZSuggestSafetyPlanRequestSchema,
} from "./schema";

/** Flags are raised by the attempts and submissions that cause them; therapists read and acknowledge. */
export const flagsRouter = router({
  listOpen: therapistProcedure
    .input(ZListOpenFlagsRequestSchema)
    .output(ZListOpenFlagsResponseSchema)
    .query(({ ctx, input }) => listOpenFlags(ctx.actor, input)),

  acknowledge: therapistProcedure
    .input(ZAcknowledgeFlagRequestSchema)
    .output(ZAcknowledgeFlagResponseSchema)
    .mutation(({ ctx, input }) => acknowledgeFlag(ctx.actor, input)),
});

/** The client's plan: they read and edit it; a linked therapist reads it and suggests additions. */
export const safetyPlanRouter = router({
  get: protectedProcedure
    .input(ZGetSafetyPlanRequestSchema)
    .output(ZSafetyPlanSchema)
    .query(({ ctx, input }) => getSafetyPlan(ctx.actor, input)),

  save: clientProcedure
    .input(ZSaveSafetyPlanRequestSchema)
    .output(z.object({ revision: z.number().int(), updatedAt: z.date() }))
    .mutation(({ ctx, input }) => saveSafetyPlan(ctx.actor, input)),

  suggest: therapistProcedure
    .input(ZSuggestSafetyPlanRequestSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => suggestSafetyPlanEdit(ctx.actor, input)),

  resolveSuggestion: clientProcedure
    .input(ZResolveSuggestionRequestSchema)
    .output(z.object({ revision: z.number().int() }))
    .mutation(({ ctx, input }) => resolveSafetyPlanSuggestion(ctx.actor, input)),
});
