import { z } from "zod";

/**
 * The document a client downloads of everything they wrote (and what was written to them), and
 * that their therapist downloads of the client's record in their homework. Plain values only, so
 * it reads without this app.
 */
const ZFeedbackExport = z.object({
  from: z.string(),
  at: z.date(),
  message: z.string(),
  reply: z.string().nullable(),
});

export const ZEntryExportSchema = z.object({
  dueAt: z.date(),
  status: z.string(),
  submittedAt: z.date().nullable(),
  justForMe: z.boolean(),
  answers: z.array(z.object({ question: z.string(), answer: z.unknown() })),
  followUpNote: z.string().nullable(),
  feedback: z.array(ZFeedbackExport),
});

export const ZPracticeExportSchema = z.object({
  step: z.string(),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
  stoppedAt: z.date().nullable(),
  prediction: z.string(),
  howSureBefore: z.number(),
  distressBefore: z.number(),
  peakDistress: z.number().nullable(),
  distressAfter: z.number().nullable(),
  fearedOutcome: z.string().nullable(),
  whatHappened: z.string().nullable(),
  howSureAfter: z.number().nullable(),
  learned: z.string().nullable(),
  note: z.string().nullable(),
  feedback: z.array(ZFeedbackExport),
});

export const ZHomeworkExportSchema = z.object({
  title: z.string(),
  kind: z.enum(["worksheet", "ladder"]),
  from: z.string(),
  assignedAt: z.date(),
  status: z.string(),
  instructions: z.string(),
  entries: z.array(ZEntryExportSchema),
  practice: z.array(ZPracticeExportSchema),
});

export const ZClientExportSchema = z.object({
  exportedAt: z.date(),
  account: z.object({
    name: z.string(),
    email: z.string(),
    timeZone: z.string(),
    createdAt: z.date(),
  }),
  therapists: z.array(z.object({ name: z.string(), status: z.string() })),
  homework: z.array(ZHomeworkExportSchema),
  safetyPlan: z
    .object({
      warningSigns: z.string(),
      calmingThings: z.string(),
      people: z.string(),
      professionals: z.string(),
    })
    .nullable(),
});
export type TClientExport = z.infer<typeof ZClientExportSchema>;
export type THomeworkExport = z.infer<typeof ZHomeworkExportSchema>;
