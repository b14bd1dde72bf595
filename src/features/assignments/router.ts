import { z } from "zod";
import { router, therapistProcedure } from "~/server/trpc";
import {
  getAssignDraft,
  getAssignment,
  getLinkedClient,
  listClientAssignments,
  listDueDates,
} from "./data";
import { createAssignment, endAssignment, updateAssignment } from "./mutations/assignments";
import {
  ZAssignDraftRequestSchema,
  ZAssignDraftResponseSchema,
  ZAssignmentDetailSchema,
  ZAssignmentIdSchema,
  ZClientSummarySchema,
  ZCreateAssignmentRequestSchema,
  ZDueDatesRequestSchema,
  ZDueDatesResponseSchema,
  ZListClientAssignmentsRequestSchema,
  ZLinkedClientRequestSchema,
  ZListClientAssignmentsResponseSchema,
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
      const client = await getLinkedClient(ctx.actor, input.clientId, "read");
      return listClientAssignments(ctx.actor, client, input);
    }),

  dueDates: therapistProcedure
    .input(ZDueDatesRequestSchema)
    .output(ZDueDatesResponseSchema)
    .query(({ ctx, input }) => listDueDates(ctx.actor, input)),

  get: therapistProcedure
    .input(ZAssignmentIdSchema)
    .output(ZAssignmentDetailSchema)
    .query(({ ctx, input }) => getAssignment(ctx.actor, input.assignmentId)),

  /** Whom the assign page is choosing homework for, before a template is chosen. */
  client: therapistProcedure
    .input(ZLinkedClientRequestSchema)
    .output(ZClientSummarySchema)
    .query(({ ctx, input }) => getLinkedClient(ctx.actor, input.clientId)),

  draft: therapistProcedure
    .input(ZAssignDraftRequestSchema)
    .output(ZAssignDraftResponseSchema)
    .query(({ ctx, input }) => getAssignDraft(ctx.actor, input.clientId, input.templateId)),
});
