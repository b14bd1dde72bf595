import { router, therapistProcedure } from "~/server/trpc";
import { listCaseload } from "./data";
import { ZCaseloadResponseSchema } from "./schema";

export const clientsRouter = router({
  list: therapistProcedure
    .output(ZCaseloadResponseSchema)
    .query(({ ctx }) => listCaseload(ctx.actor.userId)),
});
