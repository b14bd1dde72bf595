import { clientProcedure, protectedProcedure, router } from "~/server/trpc";
import { listOwnActions, listSeenBy } from "./data";
import { ZActionPageSchema, ZAuditPageRequestSchema, ZSeenByPageSchema } from "./schema";

export const auditRouter = router({
  /** "Who has seen my answers": therapists' views of the client's own records. */
  seenBy: clientProcedure
    .input(ZAuditPageRequestSchema)
    .output(ZSeenByPageSchema)
    .query(({ ctx, input }) => listSeenBy(ctx.actor.userId, input.cursor)),

  /** The signed-in person's own actions. */
  mine: protectedProcedure
    .input(ZAuditPageRequestSchema)
    .output(ZActionPageSchema)
    .query(({ ctx, input }) => listOwnActions(ctx.actor.userId, input.cursor)),
});
