import { z } from "zod";
import { DUE_SECTIONS } from "~/features/assignments/due-windows";
import { ZListNewFeedbackResponseSchema } from "~/features/feedback/schema";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";

/** The home's sections of open homework; each one is a list of its own, paged on its own. */
const ZPortalSectionSchema = z.enum(DUE_SECTIONS);

export const ZPortalTaskSchema = z.object({
  occurrenceId: z.string(),
  kind: z.enum(["WORKSHEET", "LADDER"]),
  title: z.string(),
  /** A worksheet opens its own page; ladder practice opens the ladder. */
  href: z.string(),
  dueAt: z.date(),
  hasDraft: z.boolean(),
});
export type TPortalTask = z.infer<typeof ZPortalTaskSchema>;

export const ZPortalTaskPageSchema = ZPageSchema(ZPortalTaskSchema);
export type TPortalTaskPage = z.infer<typeof ZPortalTaskPageSchema>;

export const ZPortalSectionRequestSchema = z.object({
  section: ZPortalSectionSchema,
  cursor: ZCursorSchema.optional(),
});

/** "Recently done": a submitted worksheet or a finished ladder practice attempt. */
const ZPortalDoneItemSchema = z.object({
  /** The submission's or the attempt's id. */
  id: z.string(),
  kind: z.enum(["WORKSHEET", "LADDER"]),
  title: z.string(),
  /** The worksheet's occurrence; null for ladder practice. */
  occurrenceId: z.string().nullable(),
  /** The ladder step practised (null for a worksheet, or a step since removed). */
  stepTitle: z.string().nullable(),
  href: z.string(),
  doneAt: z.date(),
});
export type TPortalDoneItem = z.infer<typeof ZPortalDoneItemSchema>;

export const ZPortalDonePageSchema = ZPageSchema(ZPortalDoneItemSchema);
export type TPortalDonePage = z.infer<typeof ZPortalDonePageSchema>;

const ZPortalLadderSchema = z.object({
  assignmentId: z.string(),
  title: z.string(),
  /** The therapist or the last mastered step closed it; its steps can still be practised. */
  finished: z.boolean(),
  stepCount: z.number().int(),
  /** Null once every step is mastered. */
  currentStep: z.object({ number: z.number().int(), title: z.string() }).nullable(),
});
export type TPortalLadder = z.infer<typeof ZPortalLadderSchema>;

export const ZPortalLadderPageSchema = ZPageSchema(ZPortalLadderSchema);
export type TPortalLadderPage = z.infer<typeof ZPortalLadderPageSchema>;

/** "Show more" of the ladders, or of "Recently done". */
export const ZPortalPageRequestSchema = z.object({ cursor: ZCursorSchema.optional() });

export const ZPortalHomeSchema = z.object({
  timeZone: z.string(),
  today: ZPortalTaskPageSchema,
  overdue: ZPortalTaskPageSchema,
  upcoming: ZPortalTaskPageSchema,
  done: ZPortalDonePageSchema,
  ladders: ZPortalLadderPageSchema,
  newFeedback: ZListNewFeedbackResponseSchema,
});
export type TPortalHome = z.infer<typeof ZPortalHomeSchema>;
