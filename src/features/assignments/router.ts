import { z } from "zod";
import { router, therapistProcedure } from "~/server/trpc";
import {
  getAssignDraft,
  getAssignment,
  getLinkedClient,
  listClientAssignments,
  listTemplateChoices,
} from "./data";
import { createAssignment, endAssignment, updateAssignment } from "./mutations/assignments";
import { topUpOccurrences } from "./mutations/planning";
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
    .query(async ({ ctx, input }) => {
      const now = new Date();
      // The link is proven first (NOT_FOUND otherwise), so no other therapist's look writes.
      const client = await getLinkedClient(ctx.actor, input.clientId);
      // Like the portal: until a job runner plans occurrences, the window moves on on a visit.
      await topUpOccurrences(now, { clientId: client.id });
      return listClientAssignments(ctx.actor, client, input, now);
    }),

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
