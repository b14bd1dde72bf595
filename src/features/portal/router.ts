import { topUpOccurrences } from "~/features/assignments/mutations/planning";
import { clientProcedure, router } from "~/server/trpc";
import { getPortalHome } from "./data";
import { ZPortalHomeSchema } from "./schema";

export const portalRouter = router({
  home: clientProcedure.output(ZPortalHomeSchema).query(async ({ ctx }) => {
    // Until a job runner plans occurrences, the rolling window moves on when the client looks.
    await topUpOccurrences(new Date(), { clientId: ctx.actor.userId });
    return getPortalHome(ctx.actor);
  }),
});
