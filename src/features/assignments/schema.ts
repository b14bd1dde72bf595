import { z } from "zod";
import {
  ZLadderBodySchema,
  ZTemplateContentSchema,
  ZTemplateKind,
  ZWorksheetBodySchema,
} from "~/features/templates/schema";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import { ZScheduleSchema } from "./recurrence";
import { NO_REMINDERS, ZReminderRulesSchema } from "./reminders";
import { INSTRUCTIONS_MAX } from "./constants";

const ZId = z.string().min(1).max(100);

export const ZInstructionsSchema = z
  .string()
  .trim()
  .max(INSTRUCTIONS_MAX, `Keep the instructions under ${INSTRUCTIONS_MAX} characters.`);

/** The editable part of an assignment; `content` is the customised template body with its kind. */
const ZAssignmentEditableSchema = z.object({
  content: ZTemplateContentSchema,
  instructions: ZInstructionsSchema,
  // null: a ladder worked at the client's own pace, with no due dates
  schedule: ZScheduleSchema.nullable(),
});

const scheduleRequiredForWorksheets = (
  v: { content: { kind: string }; schedule: unknown },
  ctx: z.RefinementCtx,
) => {
  if (v.content.kind === "WORKSHEET" && v.schedule === null) {
    ctx.addIssue({
      code: "custom",
      path: ["schedule"],
      message: "Choose when this worksheet is due.",
    });
  }
};

export const ZCreateAssignmentRequestSchema = ZAssignmentEditableSchema.extend({
  clientId: ZId,
  templateId: ZId,
  reminders: ZReminderRulesSchema.default(NO_REMINDERS),
}).superRefine(scheduleRequiredForWorksheets);
export type TCreateAssignmentRequest = z.infer<typeof ZCreateAssignmentRequestSchema>;

export const ZUpdateAssignmentRequestSchema = ZAssignmentEditableSchema.extend({
  assignmentId: ZId,
  // Absent: the chosen reminders stay as they are.
  reminders: ZReminderRulesSchema.optional(),
}).superRefine(scheduleRequiredForWorksheets);
export type TUpdateAssignmentRequest = z.infer<typeof ZUpdateAssignmentRequestSchema>;

export const ZAssignmentIdSchema = z.object({ assignmentId: ZId });

export const ZAssignmentStatusFilter = z.enum(["ACTIVE", "COMPLETED", "ENDED"]);
export type TAssignmentStatusFilter = z.infer<typeof ZAssignmentStatusFilter>;

export const ZListClientAssignmentsRequestSchema = z.object({
  clientId: ZId,
  status: ZAssignmentStatusFilter.default("ACTIVE"),
  cursor: ZCursorSchema.optional(),
});

export const ZOccurrenceView = z.enum([
  "open",
  "done",
  "overdue",
  "missed",
  "cancelled",
  // a two-part worksheet's first part is in, the rest to come
  "prediction made",
]);
export type TOccurrenceView = z.infer<typeof ZOccurrenceView>;

export const ZOccurrenceEntrySchema = z.object({
  id: z.string(),
  dueAt: z.date(),
  status: ZOccurrenceView,
  /** Set once the client submitted (drafts stay private). */
  submissionId: z.string().nullable(),
});
export type TOccurrenceEntry = z.infer<typeof ZOccurrenceEntrySchema>;

export const ZClientSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
});
export type TClientSummary = z.infer<typeof ZClientSummarySchema>;

export const ZAssignmentListEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: ZTemplateKind,
  status: ZAssignmentStatusFilter,
  schedule: ZScheduleSchema.nullable(),
  timeZone: z.string(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  occurrenceCount: z.number(),
  /** The latest occurrences up to the planning horizon, oldest first. */
  occurrences: z.array(ZOccurrenceEntrySchema),
});
export type TAssignmentListEntry = z.infer<typeof ZAssignmentListEntrySchema>;

export const ZListClientAssignmentsResponseSchema = ZPageSchema(ZAssignmentListEntrySchema).extend({
  client: ZClientSummarySchema,
});

export const ZAssignmentDetailSchema = z.object({
  id: z.string(),
  client: ZClientSummarySchema,
  title: z.string(),
  status: ZAssignmentStatusFilter,
  content: ZTemplateContentSchema,
  instructions: z.string(),
  schedule: ZScheduleSchema.nullable(),
  reminders: ZReminderRulesSchema,
  timeZone: z.string(),
});
export type TAssignmentDetail = z.infer<typeof ZAssignmentDetailSchema>;

/** A client of the acting therapist, by id: the assign page's "for whom". */
export const ZLinkedClientRequestSchema = z.object({ clientId: ZId });

export const ZAssignDraftRequestSchema = z.object({ clientId: ZId, templateId: ZId });
export const ZAssignDraftResponseSchema = z.object({
  client: ZClientSummarySchema,
  template: z.object({ id: z.string(), title: z.string(), content: ZTemplateContentSchema }),
});
export type TAssignDraft = z.infer<typeof ZAssignDraftResponseSchema>;

export const DUE_DATES_PAGE_SIZE = 50;

export const ZDueDatesRequestSchema = z.object({
  assignmentId: ZId,
  cursor: ZCursorSchema.optional(),
});
/** Latest first. */
export const ZDueDatesResponseSchema = ZPageSchema(ZOccurrenceEntrySchema).extend({
  assignment: z.object({
    id: z.string(),
    title: z.string(),
    timeZone: z.string(),
    client: z.object({ id: z.string(), name: z.string() }),
  }),
});
export type TDueDates = z.infer<typeof ZDueDatesResponseSchema>;

/** A stored body read back as content of its kind (frozen copies were validated on the way in). */
export function contentOf(kind: "WORKSHEET" | "LADDER", body: unknown) {
  return kind === "WORKSHEET"
    ? ({ kind, body: ZWorksheetBodySchema.parse(body) } as const)
    : ({ kind, body: ZLadderBodySchema.parse(body) } as const);
}
