import { topUpOccurrences } from "~/features/assignments/mutations/planning";
import { clientProcedure, router } from "~/server/trpc";
import { getPortalHome, listPortalLadders, listPortalSection, listRecentlyDone } from "./data";
import {
  ZPortalDonePageSchema,
  ZPortalHomeSchema,
  ZPortalLadderPageSchema,
  ZPortalPageRequestSchema,
  ZPortalSectionRequestSchema,
  ZPortalTaskPageSchema,
} from "./schema";

export const portalRouter = router({
  home: clientProcedure.output(ZPortalHomeSchema).query(async ({ ctx }) => {
    // The launcher's planner moves the window every few minutes; this makes sure a client who
    // opens the portal right after a gap sees today's homework without waiting for it.
    await topUpOccurrences(new Date(), { clientId: ctx.actor.userId });
    return getPortalHome(ctx.actor);
  }),

  /** "Show more" of one home section. */
  section: clientProcedure
    .input(ZPortalSectionRequestSchema)
    .output(ZPortalTaskPageSchema)
    .query(({ ctx, input }) => listPortalSection(ctx.actor, input.section, input)),

  /** "Show more" of "Recently done": worksheets and ladder practice, newest first. */
  done: clientProcedure
    .input(ZPortalPageRequestSchema)
    .output(ZPortalDonePageSchema)
    .query(({ ctx, input }) => listRecentlyDone(ctx.actor, input)),

  ladders: clientProcedure
    .input(ZPortalPageRequestSchema)
    .output(ZPortalLadderPageSchema)
    .query(({ ctx, input }) => listPortalLadders(ctx.actor, input)),
});
