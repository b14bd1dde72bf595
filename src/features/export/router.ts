import { clientProcedure, router } from "~/server/trpc";
import { buildClientExport } from "./data";
import { ZClientExportSchema } from "./schema";

export const exportRouter = router({
  /** Everything the client wrote, and what was written to them (the printable page). */
  mine: clientProcedure
    .output(ZClientExportSchema)
    .query(({ ctx }) => buildClientExport(ctx.actor.userId)),
});
