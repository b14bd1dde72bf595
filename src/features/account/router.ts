import { z } from "zod";
import { revokeOtherSessions } from "~/server/auth/sessions";
import {
  clientProcedure,
  therapistProcedure,
  protectedProcedure,
  publicProcedure,
  router,
} from "~/server/trpc";
import {
  emailSettingsOwner,
  getAccount,
  getDigestPrefs,
  getNotificationPrefs,
  getTwoStepStatus,
  listSessions,
} from "./data";
import {
  acceptNotice,
  changePassword,
  confirmTwoStep,
  startTwoStep,
  turnOffTwoStep,
  deleteClientAccount,
  finishSignUp,
  requestEmailLink,
  resetPassword,
  signUpTherapist,
  updateDigestPrefs,
  updateNotificationPrefs,
  updateProfile,
} from "./mutations";
import {
  ZTurnOffTwoStepRequestSchema,
  ZTwoStepCodeRequestSchema,
  ZTwoStepSetupSchema,
  ZTwoStepStatusSchema,
  ZAcceptNoticeRequestSchema,
  ZChangePasswordRequestSchema,
  ZDeleteAccountRequestSchema,
  ZSessionEntrySchema,
  ZUpdateProfileRequestSchema,
  ZEmailLinkRequestSchema,
  ZEmailSettingsTokenSchema,
  ZPasswordFromLinkRequestSchema,
  ZMeResponseSchema,
  ZDigestPrefsSchema,
  ZNotificationPrefsSchema,
  ZSignUpRequestSchema,
  ZUpdateEmailSettingsByTokenRequestSchema,
  ZUpdateDigestPrefsRequestSchema,
  ZUpdateNotificationPrefsRequestSchema,
} from "./schema";

const ok = z.object({ ok: z.literal(true) });

/** Public; answers the same whether the address has an account or not. */
const emailLinkRequest = (kind: "password-reset" | "sign-in-link") =>
  publicProcedure
    .input(ZEmailLinkRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await requestEmailLink(kind, input.email, ctx.meta.ip ?? "unknown");
      return { ok: true as const };
    });

export const accountRouter = router({
  me: protectedProcedure.output(ZMeResponseSchema).query(({ ctx }) => getAccount(ctx.actor.userId)),

  signUp: publicProcedure
    .input(ZSignUpRequestSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await signUpTherapist(input, ctx.meta.ip ?? "unknown");
      return { ok: true as const };
    }),

  /** Public: the emailed sign-up link is the permission, once. */
  finishSignUp: publicProcedure
    .input(ZPasswordFromLinkRequestSchema)
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => finishSignUp(input.token, input.password, ctx.meta)),

  requestPasswordReset: emailLinkRequest("password-reset"),
  requestSignInLink: emailLinkRequest("sign-in-link"),

  /** Public: the emailed reset link is the permission, once. */
  resetPassword: publicProcedure
    .input(ZPasswordFromLinkRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await resetPassword(input.token, input.password, ctx.meta);
      return { ok: true as const };
    }),

  notificationPrefs: clientProcedure
    .output(ZNotificationPrefsSchema)
    .query(({ ctx }) => getNotificationPrefs(ctx.actor.userId)),

  updateNotificationPrefs: clientProcedure
    .input(ZUpdateNotificationPrefsRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await updateNotificationPrefs(ctx.actor.userId, input);
      return { ok: true as const };
    }),

  /** Agreeing to the current version of the person's notice (the consent page). */
  acceptNotice: protectedProcedure
    .input(ZAcceptNoticeRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await acceptNotice(ctx.actor, input.version);
      return { ok: true as const };
    }),

  updateProfile: protectedProcedure
    .input(ZUpdateProfileRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await updateProfile(ctx.actor, input);
      return { ok: true as const };
    }),

  changePassword: protectedProcedure
    .input(ZChangePasswordRequestSchema)
    .output(z.object({ otherSessionsEnded: z.number().int() }))
    .mutation(({ ctx, input }) => changePassword(ctx.actor, input)),

  /** Where the person is signed in. */
  sessions: protectedProcedure
    .output(z.array(ZSessionEntrySchema))
    .query(({ ctx }) => listSessions(ctx.actor)),

  /** Every session but this one ends. */
  signOutElsewhere: protectedProcedure
    .output(z.object({ ended: z.number().int() }))
    .mutation(async ({ ctx }) => ({
      ended: await revokeOtherSessions(ctx.actor.userId, ctx.actor.sessionId),
    })),

  twoStep: therapistProcedure
    .output(ZTwoStepStatusSchema)
    .query(({ ctx }) => getTwoStepStatus(ctx.actor.userId)),

  startTwoStep: therapistProcedure
    .output(ZTwoStepSetupSchema)
    .mutation(({ ctx }) => startTwoStep(ctx.actor)),

  confirmTwoStep: therapistProcedure
    .input(ZTwoStepCodeRequestSchema)
    .output(z.object({ recoveryCodes: z.array(z.string()) }))
    .mutation(({ ctx, input }) => confirmTwoStep(ctx.actor.userId, input.code)),

  turnOffTwoStep: therapistProcedure
    .input(ZTurnOffTwoStepRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await turnOffTwoStep(ctx.actor.userId, input.password);
      return { ok: true as const };
    }),

  /** The client's own account and everything they wrote, for good. */
  deleteAccount: clientProcedure
    .input(ZDeleteAccountRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await deleteClientAccount(ctx.actor, input);
      return { ok: true as const };
    }),

  digestPrefs: therapistProcedure
    .output(ZDigestPrefsSchema)
    .query(({ ctx }) => getDigestPrefs(ctx.actor.userId)),

  updateDigestPrefs: therapistProcedure
    .input(ZUpdateDigestPrefsRequestSchema)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await updateDigestPrefs(ctx.actor.userId, input);
      return { ok: true as const };
    }),

  /** Public: the link from an email is the permission (it changes email settings only). */
  emailSettingsByToken: publicProcedure
    .input(ZEmailSettingsTokenSchema)
    .output(ZNotificationPrefsSchema)
    .query(async ({ input }) => getNotificationPrefs(await emailSettingsOwner(input.token))),

  updateEmailSettingsByToken: publicProcedure
    .input(ZUpdateEmailSettingsByTokenRequestSchema)
    .output(ok)
    .mutation(async ({ input }) => {
      await updateNotificationPrefs(await emailSettingsOwner(input.token), input.prefs);
      return { ok: true as const };
    }),
});
