import { z } from "zod";
import { ZFeedbackItemSchema } from "~/features/feedback/schema";
import { LONG_TEXT_MAX, ZFieldSchema } from "~/features/templates/schema";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import { FOLLOW_UP_NOTE_MAX } from "./constants";

const ZId = z.string().min(1).max(100);

/*
 * The shape of answers on the wire. Which keys and values are allowed depends on the frozen
 * field list of the assignment: that check is buildAnswersSchema (answers.ts), run after this.
 */
export const ZAnswerValueSchema = z.union([
  z.string().max(LONG_TEXT_MAX + 1000),
  z.number(),
  z.array(z.string().max(200)).max(50),
]);
export const ZAnswersInputSchema = z
  .record(z.string().max(60), ZAnswerValueSchema)
  .refine((a) => Object.keys(a).length <= 60, "Too many answers for one worksheet.");

export const ZOccurrenceRequestSchema = z.object({ occurrenceId: ZId });

/** The server copy's revision the browser's answers started from (0: no copy yet). */
const ZBaseRevision = z.number().int().min(0);

export const ZSaveDraftRequestSchema = z.object({
  occurrenceId: ZId,
  answers: ZAnswersInputSchema,
  baseRevision: ZBaseRevision,
});
export type TSaveDraftRequest = z.infer<typeof ZSaveDraftRequestSchema>;

export const ZSaveDraftResponseSchema = z.object({ savedAt: z.date(), revision: z.number() });
export type TSaveDraftResponse = z.infer<typeof ZSaveDraftResponseSchema>;

export const ZSubmitRequestSchema = z.object({
  occurrenceId: ZId,
  answers: ZAnswersInputSchema,
  baseRevision: ZBaseRevision,
  // Made once per worksheet in the browser: a double click or a retry sends the same key.
  idempotencyKey: z.uuid(),
  /** "Just for me": the therapist sees that it was done, not the answers (until shared). */
  justForMe: z.boolean().default(false),
});
export type TSubmitRequest = z.input<typeof ZSubmitRequestSchema>;

/** The client shares an entry kept just for them; once shared it stays shared. */
export const ZSubmissionActionRequestSchema = z.object({ submissionId: ZId });
export type TSubmissionActionRequest = z.infer<typeof ZSubmissionActionRequestSchema>;

export const ZSubmitResponseSchema = z.object({ submissionId: z.string(), submittedAt: z.date() });
export type TSubmitResponse = z.infer<typeof ZSubmitResponseSchema>;

/** A two-part worksheet's before part: its answers are checked as a submit and then fixed. */
export const ZSubmitBeforePartRequestSchema = ZSaveDraftRequestSchema;
export type TSubmitBeforePartRequest = z.infer<typeof ZSubmitBeforePartRequestSchema>;
export const ZSubmitBeforePartResponseSchema = z.object({
  revision: z.number(),
  beforeSubmittedAt: z.date(),
});

export const ZFollowUpNoteSchema = z
  .string()
  .trim()
  .min(1, "Write your note.")
  .max(
    FOLLOW_UP_NOTE_MAX,
    `Keep this to ${FOLLOW_UP_NOTE_MAX.toLocaleString("en")} characters or fewer.`,
  );

export const ZAddFollowUpNoteRequestSchema = z.object({
  submissionId: ZId,
  note: ZFollowUpNoteSchema,
});
export type TAddFollowUpNoteRequest = z.infer<typeof ZAddFollowUpNoteRequestSchema>;

const ZSubmissionViewSchema = z.object({
  id: z.string(),
  status: z.enum(["DRAFT", "SUBMITTED"]),
  answers: z.record(z.string(), ZAnswerValueSchema),
  submittedAt: z.date().nullable(),
  /** A two-part worksheet's before part is in: the page opens the after part. */
  beforeSubmittedAt: z.date().nullable(),
  /** Kept just for the client: the therapist sees that it was done, not the answers. */
  private: z.boolean(),
  /** The client asked their therapist for support after this private entry. */
  therapistTold: z.boolean(),
  revision: z.number(),
  followUpNote: z.string().nullable(),
});

/** Everything the client's worksheet page needs. */
export const ZWorksheetTaskSchema = z.object({
  occurrenceId: z.string(),
  title: z.string(),
  instructions: z.string(),
  whyItHelps: z.string(),
  dueAt: z.date(),
  /** False once the therapist ended the assignment or cancelled this occurrence. */
  open: z.boolean(),
  fields: z.array(ZFieldSchema),
  /** Two parts: the first question of the after part (templates' worksheetParts splits there). */
  afterPartFrom: z.string().nullable(),
  submission: ZSubmissionViewSchema.nullable(),
  feedback: z.array(ZFeedbackItemSchema),
});
export type TWorksheetTask = z.infer<typeof ZWorksheetTaskSchema>;

export const ZSubmissionRequestSchema = z.object({ submissionId: ZId });

/**
 * A submitted worksheet as the therapist sees it; for a two-part worksheet with only its before
 * part in (the prediction made), `fields` and `answers` are that part's.
 */
export const ZTherapistSubmissionSchema = z.object({
  id: z.string(),
  title: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  dueAt: z.date(),
  /** The zone the due time is a wall-clock time in: the client's when it was assigned. */
  timeZone: z.string(),
  submittedAt: z.date().nullable(),
  /** Only the before part is in so far. */
  beforeOnly: z.boolean(),
  /** Kept just for the client: no answers, note or fields come with it. */
  private: z.boolean(),
  beforeSubmittedAt: z.date().nullable(),
  fields: z.array(ZFieldSchema),
  answers: z.record(z.string(), ZAnswerValueSchema),
  followUpNote: z.string().nullable(),
  /** Feedback written or marked reviewed: no longer waiting for the therapist. */
  reviewedAt: z.date().nullable(),
  feedback: z.array(ZFeedbackItemSchema),
});
export type TTherapistSubmission = z.infer<typeof ZTherapistSubmissionSchema>;

export const SUBMISSIONS_PAGE_SIZE = 20;

export const ZRecentSubmissionsRequestSchema = z
  .object({
    /** Only this client's (NOT_FOUND unless linked): the client page's "All submissions". */
    clientId: ZId.optional(),
    cursor: ZCursorSchema.optional(),
    limit: z.number().int().min(1).max(50).default(SUBMISSIONS_PAGE_SIZE),
  })
  .default({ limit: SUBMISSIONS_PAGE_SIZE });

export const ZRecentSubmissionsResponseSchema = ZPageSchema(
  z.object({
    id: z.string(),
    title: z.string(),
    clientName: z.string(),
    submittedAt: z.date(),
    private: z.boolean(),
  }),
).extend({
  /** The client filtered by, if any. */
  client: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type TRecentSubmissions = z.infer<typeof ZRecentSubmissionsResponseSchema>;
