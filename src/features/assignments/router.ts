import { z } from "zod";
import { router, therapistProcedure } from "~/server/trpc";
import { getAssignDraft, getAssignment, listClientAssignments, listTemplateChoices } from "./data";
import { createAssignment, endAssignment, updateAssignment } from "./mutations/assignments";
import {
  ZAssignDraftRequestSchema,
  ZAssignDraftResponseSchema,
  ZAssignmentDetailSchema,
  ZAssignmentIdSchema,
  ZCreateAssignmentRequestSchema,
  ZListClientAssignmentsRequestSchema,
  ZListClientAssignmentsResponseSchema,
  ZTemplateChoicesResponseSchema,
  ZUpdateAssignmentRequestSchema,
} from "./schema";

const ZOk = z.object({ ok: z.literal(true) });

export const assignmentsRouter = router({
  create: therapistProcedure
    .input(ZCreateAssignmentRequestSchema)
    .output(z.object({ assignmentId: z.string() }))
    .mutation(({ ctx, input }) => createAssignment(ctx.actor, input)),

  update: therapistProcedure
    .input(ZUpdateAssignmentRequestSchema)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await updateAssignment(ctx.actor, input);
      return { ok: true as const };
    }),

  end: therapistProcedure
    .input(ZAssignmentIdSchema)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await endAssignment(ctx.actor, input.assignmentId);
      return { ok: true as const };
    }),

  listForClient: therapistProcedure
    .input(ZListClientAssignmentsRequestSchema)
    .output(ZListClientAssignmentsResponseSchema)
    .query(({ ctx, input }) => listClientAssignments(ctx.actor, input.clientId, input)),

  get: therapistProcedure
    .input(ZAssignmentIdSchema)
    .output(ZAssignmentDetailSchema)
    .query(({ ctx, input }) => getAssignment(ctx.actor, input.assignmentId)),

  draft: therapistProcedure
    .input(ZAssignDraftRequestSchema)
    .output(ZAssignDraftResponseSchema)
    .query(({ ctx, input }) => getAssignDraft(ctx.actor, input.clientId, input.templateId)),

  templateChoices: therapistProcedure
    .output(ZTemplateChoicesResponseSchema)
    .query(({ ctx }) => listTemplateChoices(ctx.actor)),
});
