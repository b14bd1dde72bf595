import { z } from "zod";
import { clientProcedure, router, therapistProcedure } from "~/server/trpc";
import { getSubmissionForTherapist, getWorksheetTask, listRecentSubmissions } from "./data";
import {
  addFollowUpNote,
  saveDraft,
  shareSubmission,
  submitBeforePart,
  submitWorksheet,
  tellTherapist,
} from "./mutations";
import {
  ZAddFollowUpNoteRequestSchema,
  ZOccurrenceRequestSchema,
  ZRecentSubmissionsRequestSchema,
  ZRecentSubmissionsResponseSchema,
  ZSaveDraftRequestSchema,
  ZSaveDraftResponseSchema,
  ZSubmissionActionRequestSchema,
  ZSubmissionRequestSchema,
  ZSubmitBeforePartRequestSchema,
  ZSubmitBeforePartResponseSchema,
  ZSubmitRequestSchema,
  ZSubmitResponseSchema,
  ZTherapistSubmissionSchema,
  ZWorksheetTaskSchema,
} from "./schema";

export const worksheetsRouter = router({
  task: clientProcedure
    .input(ZOccurrenceRequestSchema)
    .output(ZWorksheetTaskSchema)
    .query(({ ctx, input }) => getWorksheetTask(ctx.actor, input.occurrenceId)),

  // Autosaved every few seconds while typing: the submit is what the audit log records.
  saveDraft: clientProcedure
    .meta({ audit: false })
    .input(ZSaveDraftRequestSchema)
    .output(ZSaveDraftResponseSchema)
    .mutation(({ ctx, input }) => saveDraft(ctx.actor, input)),

  /** A two-part worksheet's before part; `submit` then hands in the whole. */
  submitBeforePart: clientProcedure
    .input(ZSubmitBeforePartRequestSchema)
    .output(ZSubmitBeforePartResponseSchema)
    .mutation(({ ctx, input }) => submitBeforePart(ctx.actor, input)),

  submit: clientProcedure
    .input(ZSubmitRequestSchema)
    .output(ZSubmitResponseSchema)
    .mutation(({ ctx, input }) => submitWorksheet(ctx.actor, input)),

  /** A "just for me" entry: share it with the therapist (never undone)... */
  share: clientProcedure
    .input(ZSubmissionActionRequestSchema)
    .output(z.object({ sharedAt: z.date() }))
    .mutation(({ ctx, input }) => shareSubmission(ctx.actor, input)),

  /** ...or, after a hard one, ask them for support without sharing the answers. */
  tellTherapist: clientProcedure
    .input(ZSubmissionActionRequestSchema)
    .output(z.object({ told: z.literal(true) }))
    .mutation(({ ctx, input }) => tellTherapist(ctx.actor, input)),

  addFollowUpNote: clientProcedure
    .input(ZAddFollowUpNoteRequestSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => addFollowUpNote(ctx.actor, input)),

  submission: therapistProcedure
    .input(ZSubmissionRequestSchema)
    .output(ZTherapistSubmissionSchema)
    .query(({ ctx, input }) => getSubmissionForTherapist(ctx.actor, input.submissionId)),

  recentSubmissions: therapistProcedure
    .input(ZRecentSubmissionsRequestSchema)
    .output(ZRecentSubmissionsResponseSchema)
    .query(({ ctx, input }) => listRecentSubmissions(ctx.actor, input)),
});
