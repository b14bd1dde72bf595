import { clientProcedure, router } from "~/server/trpc";
import { getPortalHome } from "./data";
import { ZPortalHomeSchema } from "./schema";

export const portalRouter = router({
  home: clientProcedure.output(ZPortalHomeSchema).query(({ ctx }) => getPortalHome(ctx.actor)),
});
