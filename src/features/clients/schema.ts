import { z } from "zod";

export const ZCaseloadEntrySchema = z.object({
  clientId: z.string(),
  name: z.string(),
  email: z.string(),
  linkedAt: z.date(),
});
export const ZCaseloadResponseSchema = z.array(ZCaseloadEntrySchema);
export type TCaseloadEntry = z.infer<typeof ZCaseloadEntrySchema>;
