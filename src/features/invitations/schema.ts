import { z } from "zod";
import { ZNewPassword, ZPersonName, ZTimeZone } from "~/features/account/schema";
import { ZCursorSchema, ZPageSchema } from "~/lib/cursor";
import { ZEmail } from "~/server/auth/credentials";

/** How long an accept link works. */

// 32 random bytes in base64url are 43 characters; anything else cannot be one of ours.
export const ZInvitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not complete.");

export const ZCreateInvitationRequestSchema = z.object({
  email: ZEmail,
  name: ZPersonName,
});
export type TCreateInvitationRequest = z.infer<typeof ZCreateInvitationRequestSchema>;

/** The invitation email is queued; `resent`: an unanswered invitation to this email got it. */
export const ZCreateInvitationResponseSchema = z.object({
  invitationId: z.string(),
  expiresAt: z.date(),
  resent: z.boolean(),
});
export type TCreateInvitationResponse = z.infer<typeof ZCreateInvitationResponseSchema>;

export const INVITATIONS_PAGE_SIZE = 20;

export const ZInvitationStatus = z.enum(["pending", "accepted", "expired", "revoked"]);
export type TInvitationStatus = z.infer<typeof ZInvitationStatus>;

/** A list filter: one status, or "open" for the ones not answered yet (pending or expired). */
const ZInvitationFilter = z.union([ZInvitationStatus, z.literal("open")]);
export type TInvitationFilter = z.infer<typeof ZInvitationFilter>;

export const ZListInvitationsRequestSchema = z
  .object({
    status: ZInvitationFilter.optional(),
    cursor: ZCursorSchema.optional(),
  })
  .default({});

/**
 * Where the last invitation email is: waiting to be sent (`error` when a try failed and another
 * will follow), handed to the mail server, or given up (`error` says why).
 */
export const ZDeliverySchema = z.object({
  state: z.enum(["queued", "sent", "failed"]),
  error: z.string().nullable(),
  at: z.date(),
});
export type TDelivery = z.infer<typeof ZDeliverySchema>;

export const ZInvitationEntrySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  status: ZInvitationStatus,
  createdAt: z.date(),
  expiresAt: z.date(),
  delivery: ZDeliverySchema.nullable(),
});
export type TInvitationEntry = z.infer<typeof ZInvitationEntrySchema>;

export const ZListInvitationsResponseSchema = ZPageSchema(ZInvitationEntrySchema);

/** Revoking, or sending again (a new email and a new week) one not answered yet. */
export const ZInvitationIdRequestSchema = z.object({
  invitationId: z.string().min(1).max(100),
});

export const ZGetInvitationRequestSchema = z.object({ token: ZInvitationTokenSchema });

/** What the accept page needs; `account` tells it which way of accepting to offer. */
export const ZInvitationViewSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("not-found") }),
  z.object({ status: z.enum(["accepted", "expired", "revoked"]), therapistName: z.string() }),
  z.object({
    status: z.literal("pending"),
    therapistName: z.string(),
    email: z.string(),
    name: z.string(),
  }),
]);
export type TInvitationView = z.infer<typeof ZInvitationViewSchema>;

/**
 * Accepting as a new client: the account is created from these. The password may stay empty:
 * such a client signs in by emailed link.
 */
export const ZAcceptInvitationRequestSchema = z.object({
  token: ZInvitationTokenSchema,
  name: ZPersonName,
  timeZone: ZTimeZone,
  password: z.union([z.literal(""), ZNewPassword]),
  acceptsNotice: z.literal(true, {
    error: "Read the privacy notice and tick the box to continue.",
  }),
});
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequestSchema>;

export const ZAcceptResponseSchema = z.object({ email: z.string() });

/** A new client is signed in with this one-time link token, password or not. */
export const ZAcceptNewClientResponseSchema = ZAcceptResponseSchema.extend({
  signInToken: z.string(),
});
