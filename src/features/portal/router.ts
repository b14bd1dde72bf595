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
  home: clientProcedure.output(ZPortalHomeSchema).query(({ ctx }) => getPortalHome(ctx.actor)),

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
