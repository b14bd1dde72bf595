import { z } from "zod";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";

export const CASELOAD_PAGE_SIZE = 20;

export const ZCaseloadRequestSchema = z.object({ cursor: ZCursorSchema.optional() }).default({});

export const ZCaseloadEntrySchema = z.object({
  clientId: z.string(),
  name: z.string(),
  email: z.string(),
  linkedAt: z.date(),
});
export const ZCaseloadResponseSchema = ZPageSchema(ZCaseloadEntrySchema);
export type TCaseloadEntry = z.infer<typeof ZCaseloadEntrySchema>;
export type TCaseload = z.infer<typeof ZCaseloadResponseSchema>;
