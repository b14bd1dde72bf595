import { router, therapistProcedure } from "~/server/trpc";
import { listCaseload } from "./data";
import { ZCaseloadRequestSchema, ZCaseloadResponseSchema } from "./schema";

export const clientsRouter = router({
  list: therapistProcedure
    .input(ZCaseloadRequestSchema)
    .output(ZCaseloadResponseSchema)
    .query(({ ctx, input }) => listCaseload(ctx.actor.userId, input)),
});
