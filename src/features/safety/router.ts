import { router, therapistProcedure } from "~/server/trpc";
import { listOpenFlags } from "./data";
import { acknowledgeFlag } from "./mutations";
import {
  ZAcknowledgeFlagRequestSchema,
  ZAcknowledgeFlagResponseSchema,
  ZListOpenFlagsRequestSchema,
  ZListOpenFlagsResponseSchema,
} from "./schema";

/** Flags are raised by the attempts and submissions that cause them; therapists read and acknowledge. */
export const flagsRouter = router({
  listOpen: therapistProcedure
    .input(ZListOpenFlagsRequestSchema)
    .output(ZListOpenFlagsResponseSchema)
    .query(({ ctx, input }) => listOpenFlags(ctx.actor, input)),

  acknowledge: therapistProcedure
    .input(ZAcknowledgeFlagRequestSchema)
    .output(ZAcknowledgeFlagResponseSchema)
    .mutation(({ ctx, input }) => acknowledgeFlag(ctx.actor, input)),
});
