import { clientProcedure, router, therapistProcedure } from "~/server/trpc";
import { getClientProgress } from "./data/charts";
import { getMyProgress } from "./data/my-progress";
import { listTimeline } from "./data/timeline";
import {
  ZClientProgressRequestSchema,
  ZClientProgressResponseSchema,
  ZMyProgressRequestSchema,
  ZMyProgressResponseSchema,
  ZTimelineRequestSchema,
  ZTimelineResponseSchema,
} from "./schema";

export const progressRouter = router({
  client: therapistProcedure
    .input(ZClientProgressRequestSchema)
    .output(ZClientProgressResponseSchema)
    .query(({ ctx, input }) => getClientProgress(ctx.actor, input)),

  timeline: therapistProcedure
    .input(ZTimelineRequestSchema)
    .output(ZTimelineResponseSchema)
    .query(({ ctx, input }) => listTimeline(ctx.actor, input)),

  mine: clientProcedure
    .input(ZMyProgressRequestSchema)
    .output(ZMyProgressResponseSchema)
    .query(({ ctx, input }) =>
      getMyProgress(
        { clientId: ctx.actor.userId, therapistId: null },
        { timeZone: ctx.actor.timeZone, weekStartsOn: input.weekStartsOn, now: new Date() },
      ),
    ),
});
