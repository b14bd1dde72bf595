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
  /** A therapist's sign-up: the link to choose a password, which confirms the address. */
  z.object({ kind: z.literal("confirm-email"), userId: z.string() }),
  /** A sign-up with an address that already has an account: says so to its owner only. */
  z.object({ kind: z.literal("sign-up-existing"), userId: z.string() }),
  /** Many wrong passwords for the account: a sign-in link for its owner instead of a lockout. */
  z.object({ kind: z.literal("sign-in-alert"), userId: z.string() }),
  /** A therapist's daily summary: what is new since `since` (ISO), counted when it is sent. */
  z.object({ kind: z.literal("digest"), therapistId: z.string(), since: z.iso.datetime() }),
]);
export type TEmailMessage = z.infer<typeof ZEmailMessageSchema>;
