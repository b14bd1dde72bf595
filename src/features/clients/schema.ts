import { z } from "zod";

export const CASELOAD_PAGE_SIZE = 20;

export const ZCaseloadRequestSchema = z
  .object({ cursor: z.string().min(1).max(100).optional() })
  .default({});

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
