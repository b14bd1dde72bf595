import { ZFeedbackItemSchema } from "~/features/feedback/schema";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import { z } from "zod";

/**
 * The ladder page shows each step's newest attempts (more than the longest mastery streak, 5,
 * so the suggestion is decided on them); a link under them opens the step's full history, paged.
 */
export const ATTEMPTS_PER_STEP = 10;
export const STEP_HISTORY_PAGE_SIZE = 20;

/** A 0-100 rating (distress, confidence); the same messages on the form and the server. */
const rating = (what: string) =>
  z
    .number({ error: `Enter ${what} as a number from 0 to 100.` })
    .int("Use a whole number from 0 to 100.")
    .min(0, "Use a number from 0 to 100.")
    .max(100, "Use a number from 0 to 100.");

const id = z.string().trim().min(1).max(100);

/** UNKNOWN is "I didn't find out": an honest answer, counted apart from yes and no. */
export const ZFearedOutcomeSchema = z.enum(["YES", "NO", "PARTLY", "UNKNOWN"], {
  error: "Choose yes, no, partly or I didn't find out.",
});
export type TFearedOutcome = z.infer<typeof ZFearedOutcomeSchema>;

export const ZGetLadderRequestSchema = z.object({ assignmentId: id });

export const ZStartAttemptRequestSchema = z.object({
  assignmentId: id,
  stepId: id,
  prediction: z
    .string({ error: "Write what you fear will happen." })
    .trim()
    .min(1, "Write what you fear will happen.")
    .max(2000, "Keep this under 2,000 characters."),
  predictionConfidence: rating("how likely it feels"),
  distressBefore: rating("your distress now"),
});
export type TStartAttemptRequest = z.infer<typeof ZStartAttemptRequestSchema>;

export const ZCompleteAttemptRequestSchema = z.object({
  attemptId: id,
  peakDistress: rating("your peak distress"),
  afterDistress: rating("your distress afterwards"),
  fearedOutcome: ZFearedOutcomeSchema,
  whatHappened: z
    .string({ error: "Write what actually happened." })
    .trim()
    .min(1, "Write what actually happened.")
    .max(2000, "Keep this under 2,000 characters."),
  confidenceAfter: rating("how likely it feels now"),
  learned: z.string().trim().max(2000, "Keep this under 2,000 characters.").default(""),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").default(""),
});
export type TCompleteAttemptRequest = z.infer<typeof ZCompleteAttemptRequestSchema>;

/** "I stopped / didn't do it this time": no ratings asked, a note if the client wants one. */
export const ZStopAttemptRequestSchema = z.object({
  attemptId: id,
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").default(""),
});
export type TStopAttemptRequest = z.infer<typeof ZStopAttemptRequestSchema>;

export const ZMarkMasteredRequestSchema = z.object({ assignmentId: id, stepId: id });
export type TMarkMasteredRequest = z.infer<typeof ZMarkMasteredRequestSchema>;

export const ZAttemptSchema = z.object({
  id: z.string(),
  stepId: z.string(),
  prediction: z.string(),
  predictionConfidence: z.number().int(),
  distressBefore: z.number().int(),
  peakDistress: z.number().int().nullable(),
  afterDistress: z.number().int().nullable(),
  fearedOutcome: ZFearedOutcomeSchema.nullable(),
  whatHappened: z.string().nullable(),
  confidenceAfter: z.number().int().nullable(),
  learned: z.string().nullable(),
  note: z.string().nullable(),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
  stoppedAt: z.date().nullable(),
  /** The therapist wrote feedback or marked it reviewed. */
  reviewedAt: z.date().nullable(),
  feedback: z.array(ZFeedbackItemSchema),
});
export type TAttempt = z.infer<typeof ZAttemptSchema>;

export const ZLadderStepStatusSchema = z.enum(["done", "current", "upcoming"]);

export const ZLadderStepViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  expectedDistress: z.number().int(),
  status: ZLadderStepStatusSchema,
  attempts: z.number().int(),
  completedAttempts: z.number().int(),
  openAttemptId: z.string().nullable(),
  suggestMastery: z.boolean(),
  /** Why moving up is suggested or not yet, in the client's words (current step only). */
  masteryNote: z.string().nullable(),
  /** Who marked it mastered: "therapist" is shown, since the client may not have practised it. */
  masteredBy: z.enum(["client", "therapist"]).nullable(),
});
export type TLadderStepView = z.infer<typeof ZLadderStepViewSchema>;

export const ZLadderResponseSchema = z.object({
  assignmentId: z.string(),
  title: z.string(),
  instructions: z.string(),
  /** The template's note, frozen when the ladder was assigned. */
  whyItHelps: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  status: z.enum(["ACTIVE", "COMPLETED", "ENDED"]),
  targetDistress: z.number().int(),
  masteryStreak: z.number().int(),
  steps: z.array(ZLadderStepViewSchema),
  currentStepId: z.string().nullable(),
  complete: z.boolean(),
  /** Each step's newest ATTEMPTS_PER_STEP and any open attempt, oldest first. */
  attempts: z.array(ZAttemptSchema),
});
export type TLadderResponse = z.infer<typeof ZLadderResponseSchema>;

export const ZStartAttemptResponseSchema = z.object({ attemptId: z.string() });
export const ZStopAttemptResponseSchema = z.object({ attemptId: z.string() });
export const ZCompleteAttemptResponseSchema = z.object({
  attemptId: z.string(),
  /** The occurrence this attempt counted for, if one was due. */
  occurrenceId: z.string().nullable(),
});
export const ZMarkMasteredResponseSchema = z.object({
  stepId: z.string(),
  nextStepId: z.string().nullable(),
});

export const ZStepAttemptsRequestSchema = z.object({
  assignmentId: id,
  stepId: id,
  /** Where the page before ended (the "next page" link carries it). */
  cursor: ZCursorSchema.optional(),
});
export type TStepAttemptsRequest = z.infer<typeof ZStepAttemptsRequestSchema>;

/** A page of one step's history, newest first, with what the page heading needs. */
export const ZStepAttemptsResponseSchema = ZPageSchema(ZAttemptSchema).extend({
  title: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  step: z.object({ id: z.string(), title: z.string(), number: z.number().int() }),
});
export type TStepAttemptsResponse = z.infer<typeof ZStepAttemptsResponseSchema>;
