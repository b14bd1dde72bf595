import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "~/server/trpc";
import { getAccount } from "./data";
import { signUpTherapist } from "./mutations";
import { ZMeResponseSchema, ZSignUpRequestSchema } from "./schema";

export const accountRouter = router({
  me: protectedProcedure.output(ZMeResponseSchema).query(({ ctx }) => getAccount(ctx.actor.userId)),

  signUp: publicProcedure
    .input(ZSignUpRequestSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ input }) => {
      await signUpTherapist(input);
      return { ok: true as const };
    }),
});
