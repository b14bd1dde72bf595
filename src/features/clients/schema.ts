import { z } from "zod";
import { ZCursorSchema } from "~/lib/cursor";

export const CASELOAD_PAGE_SIZE = 20;

export const ZCaseloadRequestSchema = z.object({ cursor: ZCursorSchema.optional() }).default({});

export const ZCaseloadEntrySchema = z.object({
  clientId: z.string(),
  name: z.string(),
  email: z.string(),
  linkedAt: z.date(),
});
export const ZCaseloadResponseSchema = z.object({
  items: z.array(ZCaseloadEntrySchema),
  nextCursor: z.string().nullable(),
});
export type TCaseloadEntry = z.infer<typeof ZCaseloadEntrySchema>;
export type TCaseload = z.infer<typeof ZCaseloadResponseSchema>;
