import { ZodError } from "zod";
import { AppError } from "~/server/errors";
import { router, therapistProcedure } from "~/server/trpc";
import { getTemplate, listTemplates } from "./data";
import { archiveTemplate, createTemplate, duplicateTemplate, updateTemplate } from "./mutations";
import { pathErrorsOf } from "./path-errors";
import {
  ZCreateTemplateRequestSchema,
  ZListTemplatesRequestSchema,
  ZListTemplatesResponseSchema,
  ZTemplateDetailSchema,
  ZTemplateIdRequestSchema,
  ZTemplateRefResponseSchema,
  ZUpdateTemplateRequestSchema,
} from "./schema";

/**
 * Builder inputs are nested ("body.fields.2.label"); the shared formatter keeps only the first
 * path segment, so refused input is re-sent with whole paths for the builders to place.
 */
const builderProcedure = therapistProcedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ZodError) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "Some answers need another look.",
      fieldErrors: pathErrorsOf(result.error.cause) as Record<string, string[]>,
    });
  }
  return result;
});

export const templatesRouter = router({
  list: therapistProcedure
    .input(ZListTemplatesRequestSchema)
    .output(ZListTemplatesResponseSchema)
    .query(({ ctx, input }) => listTemplates(ctx.actor.userId, input)),
  get: therapistProcedure
    .input(ZTemplateIdRequestSchema)
    .output(ZTemplateDetailSchema)
    .query(({ ctx, input }) => getTemplate(ctx.actor.userId, input.id)),
  create: builderProcedure
    .input(ZCreateTemplateRequestSchema)
    .output(ZTemplateRefResponseSchema)
    .mutation(({ ctx, input }) => createTemplate(ctx.actor.userId, input)),
  update: builderProcedure
    .input(ZUpdateTemplateRequestSchema)
    .output(ZTemplateRefResponseSchema)
    .mutation(({ ctx, input }) => updateTemplate(ctx.actor.userId, input)),
  archive: therapistProcedure
    .input(ZTemplateIdRequestSchema)
    .output(ZTemplateRefResponseSchema)
    .mutation(({ ctx, input }) => archiveTemplate(ctx.actor.userId, input.id)),
  duplicate: therapistProcedure
    .input(ZTemplateIdRequestSchema)
    .output(ZTemplateRefResponseSchema)
    .mutation(({ ctx, input }) => duplicateTemplate(ctx.actor.userId, input.id)),
});
