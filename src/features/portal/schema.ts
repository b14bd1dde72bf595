import { z } from "zod";
import { ZNewFeedbackItemSchema } from "~/features/feedback/schema";

export const ZPortalTaskSchema = z.object({
  occurrenceId: z.string(),
  title: z.string(),
  dueAt: z.date(),
  hasDraft: z.boolean(),
});
export type TPortalTask = z.infer<typeof ZPortalTaskSchema>;

export const ZPortalHomeSchema = z.object({
  timeZone: z.string(),
  dueToday: z.array(ZPortalTaskSchema),
  overdue: z.array(ZPortalTaskSchema),
  upcoming: z.array(ZPortalTaskSchema),
  recentlyDone: z.array(
    ZPortalTaskSchema.omit({ hasDraft: true }).extend({ submittedAt: z.date() }),
  ),
  ladders: z.array(
    z.object({ assignmentId: z.string(), title: z.string(), finished: z.boolean() }),
  ),
  newFeedback: z.array(ZNewFeedbackItemSchema),
});
export type TPortalHome = z.infer<typeof ZPortalHomeSchema>;
