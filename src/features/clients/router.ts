import { z } from "zod";
import { clientProcedure, router, therapistProcedure } from "~/server/trpc";
import { getCareLink, listCaseload, listFormerClients, listMyTherapists } from "./data";
import { archiveClient, endTherapistAccess, restoreClient } from "./mutations";
import {
  ZCareLinkSchema,
  ZCaseloadRequestSchema,
  ZCaseloadResponseSchema,
  ZClientIdRequestSchema,
  ZFormerClientsRequestSchema,
  ZFormerClientsResponseSchema,
  ZMyTherapistSchema,
  ZTherapistIdRequestSchema,
} from "./schema";

const ok = z.object({ ok: z.literal(true) });

export const clientsRouter = router({
  list: therapistProcedure
    .input(ZCaseloadRequestSchema)
    .output(ZCaseloadResponseSchema)
    .query(({ ctx, input }) => listCaseload(ctx.actor.userId, input)),

  /** Archived clients and those who ended the therapist's access. */
  former: therapistProcedure
    .input(ZFormerClientsRequestSchema)
    .output(ZFormerClientsResponseSchema)
    .query(({ ctx, input }) => listFormerClients(ctx.actor.userId, input.cursor)),

  /** Where the therapist's link with one client stands (pages show read-only history by it). */
  careLink: therapistProcedure
    .input(ZClientIdRequestSchema)
    .output(ZCareLinkSchema)
    .query(({ ctx, input }) => getCareLink(ctx.actor.userId, input.clientId)),

  archive: therapistProcedure
    .input(ZClientIdRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await archiveClient(ctx.actor.userId, input.clientId);
      return { ok: true as const };
    }),

  restore: therapistProcedure
    .input(ZClientIdRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await restoreClient(ctx.actor.userId, input.clientId);
      return { ok: true as const };
    }),

  /** The client's therapists and where each link stands. */
  myTherapists: clientProcedure
    .output(z.array(ZMyTherapistSchema))
    .query(({ ctx }) => listMyTherapists(ctx.actor.userId)),

  endAccess: clientProcedure
    .input(ZTherapistIdRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await endTherapistAccess(ctx.actor.userId, input.therapistId);
      return { ok: true as const };
    }),
});
