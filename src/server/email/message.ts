import { z } from "zod";

/**
 * What an outbox email is about: ids only. The send-email job reads the rest when it renders the
 * email, so the outbox never holds a person's words or a usable link.
 */
export const ZEmailMessageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("invitation"), invitationId: z.string() }),
  z.object({ kind: z.literal("reminder"), reminderId: z.string() }),
  z.object({ kind: z.literal("new-feedback"), feedbackId: z.string() }),
  z.object({ kind: z.literal("password-reset"), userId: z.string() }),
  z.object({ kind: z.literal("sign-in-link"), userId: z.string() }),
]);
export type TEmailMessage = z.infer<typeof ZEmailMessageSchema>;
