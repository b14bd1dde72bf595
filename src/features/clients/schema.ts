import { z } from "zod";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";

export const CASELOAD_PAGE_SIZE = 20;
export const FORMER_CLIENTS_PAGE_SIZE = 20;

export const ZCaseloadRequestSchema = z
  .object({
    cursor: ZCursorSchema.optional(),
    /** Only clients with an open flag. */
    flaggedOnly: z.boolean().default(false),
  })
  .default({ flaggedOnly: false });
export type TCaseloadRequest = z.infer<typeof ZCaseloadRequestSchema>;

const count = z.number().int().min(0);

/** Due dates in a recent stretch (cancelled ones left out) and how many of them were done. */
const ZDoneOfDueSchema = z.object({ done: count, due: count });

export const ZCaseloadEntrySchema = z.object({
  clientId: z.string(),
  name: z.string(),
  email: z.string(),
  linkedAt: z.date(),
  /** The client's last save, submission or attempt in this therapist's homework. */
  lastActivityAt: z.date().nullable(),
  last7Days: ZDoneOfDueSchema,
  last30Days: ZDoneOfDueSchema,
  /** Open due dates already past, of active homework. */
  overdue: count,
  /** The active ladder practised last (else the newest): where the client is on it. */
  ladder: z
    .object({
      assignmentId: z.string(),
      title: z.string(),
      steps: count,
      /** 1-based; null once every step is mastered. */
      currentStep: z.number().int().min(1).nullable(),
      direction: z.enum(["falling", "rising", "steady"]).nullable(),
    })
    .nullable(),
  /** Submissions and finished attempts with neither feedback nor a "reviewed" mark. */
  waiting: count,
  openFlags: count,
  /** The newest open flag's one line. */
  latestFlagReason: z.string().nullable(),
});
export const ZCaseloadResponseSchema = ZPageSchema(ZCaseloadEntrySchema);
export type TCaseloadEntry = z.infer<typeof ZCaseloadEntrySchema>;
export type TCaseload = z.infer<typeof ZCaseloadResponseSchema>;

export const ZCareStatusSchema = z.enum(["ACTIVE", "ARCHIVED", "ENDED"]);
export type TCareStatus = z.infer<typeof ZCareStatusSchema>;

export const ZClientIdRequestSchema = z.object({ clientId: z.string().min(1).max(100) });
export const ZTherapistIdRequestSchema = z.object({ therapistId: z.string().min(1).max(100) });

/** Where a care link stands: `since` is when it was archived or ended (null while ACTIVE). */
export const ZCareLinkSchema = z.object({ status: ZCareStatusSchema, since: z.date().nullable() });
export type TCareLink = z.infer<typeof ZCareLinkSchema>;

/** A client whose link the therapist archived or the client ended. */
export const ZFormerClientSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  status: z.enum(["ARCHIVED", "ENDED"]),
  since: z.date().nullable(),
});
export type TFormerClient = z.infer<typeof ZFormerClientSchema>;
export const ZFormerClientsRequestSchema = z
  .object({ cursor: ZCursorSchema.optional() })
  .default({});
export const ZFormerClientsResponseSchema = ZPageSchema(ZFormerClientSchema);

/** One of the client's therapists, as their settings list them. */
export const ZMyTherapistSchema = ZCareLinkSchema.extend({
  therapistId: z.string(),
  name: z.string(),
});
export type TMyTherapist = z.infer<typeof ZMyTherapistSchema>;
