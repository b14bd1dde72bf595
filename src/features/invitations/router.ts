import { z } from "zod";
import { clientProcedure, publicProcedure, router, therapistProcedure } from "~/server/trpc";
import { getInvitationView, listInvitations } from "./data";
import {
  acceptInvitationAsClient,
  acceptInvitationAsNewClient,
  createInvitation,
  resendInvitation,
  revokeInvitation,
} from "./mutations";
import {
  ZAcceptInvitationRequestSchema,
  ZAcceptNewClientResponseSchema,
  ZAcceptResponseSchema,
  ZCreateInvitationRequestSchema,
  ZCreateInvitationResponseSchema,
  ZGetInvitationRequestSchema,
  ZInvitationViewSchema,
  ZListInvitationsRequestSchema,
  ZInvitationIdRequestSchema,
  ZListInvitationsResponseSchema,
} from "./schema";

export const invitationsRouter = router({
  create: therapistProcedure
    .input(ZCreateInvitationRequestSchema)
    .output(ZCreateInvitationResponseSchema)
    .mutation(({ ctx, input }) => createInvitation(ctx.actor.userId, input)),

  list: therapistProcedure
    .input(ZListInvitationsRequestSchema)
    .output(ZListInvitationsResponseSchema)
    .query(({ ctx, input }) => listInvitations(ctx.actor.userId, input)),

  /** A new email for a pending or expired invitation; the earlier email's link stops working. */
  resend: therapistProcedure
    .input(ZInvitationIdRequestSchema)
    .output(ZCreateInvitationResponseSchema)
    .mutation(({ ctx, input }) => resendInvitation(ctx.actor.userId, input.invitationId)),

  revoke: therapistProcedure
    .input(ZInvitationIdRequestSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx.actor.userId, input.invitationId);
      return { ok: true as const };
    }),

  /** Public: the token itself is the permission to see whom the invitation is from. */
  getByToken: publicProcedure
    .input(ZGetInvitationRequestSchema)
    .output(ZInvitationViewSchema)
    .query(({ input }) => getInvitationView(input.token)),

  /** Public: a new client account from the invitation. */
  accept: publicProcedure
    .input(ZAcceptInvitationRequestSchema)
    .output(ZAcceptNewClientResponseSchema)
    .mutation(({ ctx, input }) => acceptInvitationAsNewClient(input, ctx.meta.ip ?? "unknown")),

  /** A signed-in client with the invited email joins the therapist's caseload. */
  acceptSignedIn: clientProcedure
    .input(ZGetInvitationRequestSchema)
    .output(ZAcceptResponseSchema)
    .mutation(({ ctx, input }) => acceptInvitationAsClient(ctx.actor, input.token)),
});
