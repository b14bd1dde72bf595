import { router, therapistProcedure } from "~/server/trpc";
import { getTemplate, listTemplates } from "./data";
import { archiveTemplate, createTemplate, duplicateTemplate, updateTemplate } from "./mutations";
import {
  ZCreateTemplateRequestSchema,
  ZListTemplatesRequestSchema,
  ZListTemplatesResponseSchema,
  ZTemplateDetailSchema,
  ZTemplateIdRequestSchema,
  ZTemplateRefResponseSchema,
  ZUpdateTemplateRequestSchema,
} from "./schema";

export const templatesRouter = router({
  list: therapistProcedure
    .input(ZListTemplatesRequestSchema)
    .output(ZListTemplatesResponseSchema)
    .query(({ ctx, input }) => listTemplates(ctx.actor.userId, input)),
  get: therapistProcedure
    .input(ZTemplateIdRequestSchema)
    .output(ZTemplateDetailSchema)
    .query(({ ctx, input }) => getTemplate(ctx.actor.userId, input.id)),
  create: therapistProcedure
    .input(ZCreateTemplateRequestSchema)
    .output(ZTemplateRefResponseSchema)
    .mutation(({ ctx, input }) => createTemplate(ctx.actor.userId, input)),
  update: therapistProcedure
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
