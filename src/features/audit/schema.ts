import { z } from "zod";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";

export const AUDIT_PAGE_SIZE = 20;

export const ZAuditPageRequestSchema = z.object({ cursor: ZCursorSchema.optional() }).default({});

/** What a therapist opened: the kinds of record pages that write a "view" event. */
export const ZViewedRecordSchema = z.enum(["client", "progress", "submission", "ladder", "step"]);
export type TViewedRecord = z.infer<typeof ZViewedRecordSchema>;

/** One time a therapist opened one of the client's records, as the client's list shows it. */
export const ZSeenByEntrySchema = z.object({
  id: z.string(),
  at: z.date(),
  /** Null once the therapist's account is gone. */
  therapistName: z.string().nullable(),
  record: ZViewedRecordSchema,
  /** The homework's title for an entry or a ladder (null: deleted since). */
  title: z.string().nullable(),
  /** For an entry: when it was due. */
  dueAt: z.date().nullable(),
});
export type TSeenByEntry = z.infer<typeof ZSeenByEntrySchema>;
export const ZSeenByPageSchema = ZPageSchema(ZSeenByEntrySchema);

/** One of a therapist's own actions. */
export const ZActionEntrySchema = z.object({
  id: z.string(),
  at: z.date(),
  action: z.string(),
  entity: z.string(),
  /** The client it concerned, when known. */
  clientName: z.string().nullable(),
  ip: z.string().nullable(),
});
export type TActionEntry = z.infer<typeof ZActionEntrySchema>;
export const ZActionPageSchema = ZPageSchema(ZActionEntrySchema);
