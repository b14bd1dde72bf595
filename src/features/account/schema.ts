import { z } from "zod";
import { ROLES } from "~/server/auth/access";
import { ZEmail } from "~/server/auth/credentials";
import { isValidTimeZone } from "~/lib/dates";
import { PASSWORD_MIN_LENGTH } from "./constants";

export const ZRole = z.enum(ROLES);

// A short list of the passwords most often tried first; longer lists belong in a breach check.
const COMMON_PASSWORDS = new Set([
  "password123",
  "password1234",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "passw0rd123",
  "abcdefghij",
  "0123456789",
  "1111111111",
  "trustno1234",
]);

export const ZNewPassword = z
  .string()
  .min(1, "Choose a password.")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine(
    (p) => !COMMON_PASSWORDS.has(p.toLowerCase()),
    "This password is too common. Choose another.",
  )
  .refine((p) => new Set(p).size >= 4, "Use a mix of different characters.");

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const ZTimeZone = z
  .string()
  .min(1, "Choose your time zone.")
  .max(64, "Choose your time zone from the list.")
  .refine(isValidTimeZone, "Choose your time zone from the list.");

/** The password is chosen after the emailed link (ZPasswordFromLinkRequestSchema). */
export const ZSignUpRequestSchema = z.object({
  name: ZPersonName,
  email: ZEmail,
  timeZone: ZTimeZone,
  acceptsTerms: z.literal(true, { error: "Read the terms and tick the box to continue." }),
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequestSchema>;

export const ZMeResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  timeZone: z.string(),
  /** False for a client who signs in by emailed link only. */
  hasPassword: z.boolean(),
});
export type TMeResponse = z.infer<typeof ZMeResponseSchema>;

const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time such as 21:00.");

/**
 * A client's email settings (User.notificationPrefs). Stored rows may predate a field, so every
 * field has its default; `readNotificationPrefs` never fails on what is stored.
 */
export const ZNotificationPrefsSchema = z.object({
  // reminders about homework (the therapist chooses which; this can silence them all)
  remindersOn: z.boolean().default(true),
  // a short note that the therapist left new feedback (never its words)
  feedbackEmailsOn: z.boolean().default(true),
  // the "morning of the due day" reminder comes at this hour, in the client's zone
  morningHour: z.coerce
    .number()
    .int()
    .min(5, "Choose an hour from the list.")
    .max(12, "Choose an hour from the list.")
    .default(8),
  // no email in this window (it may span midnight); one due inside waits until it ends
  quietFrom: ZClockTime.default("21:00"),
  quietUntil: ZClockTime.default("08:00"),
  // homework titles in emails; off by default, as mail is read on lock screens and shared devices
  showTaskNames: z.boolean().default(false),
});
export type TNotificationPrefs = z.infer<typeof ZNotificationPrefsSchema>;

export const DEFAULT_NOTIFICATION_PREFS: TNotificationPrefs = ZNotificationPrefsSchema.parse({});

export function readNotificationPrefs(stored: unknown): TNotificationPrefs {
  const parsed = ZNotificationPrefsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_PREFS;
}

/**
 * A therapist's one email setting (in the same stored column): the daily summary of new flags and
 * work waiting for them, on unless they turn it off.
 */
export const ZDigestPrefsSchema = z.object({ digestOn: z.boolean().default(true) });
export type TDigestPrefs = z.infer<typeof ZDigestPrefsSchema>;

export function readDigestPrefs(stored: unknown): TDigestPrefs {
  const parsed = ZDigestPrefsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { digestOn: true };
}

export const ZUpdateDigestPrefsRequestSchema = ZDigestPrefsSchema.required();
export type TUpdateDigestPrefsRequest = z.infer<typeof ZUpdateDigestPrefsRequestSchema>;

/** The email settings form: every setting, as the client leaves it. */
export const ZUpdateNotificationPrefsRequestSchema = ZNotificationPrefsSchema.required();
export type TUpdateNotificationPrefsRequest = z.infer<typeof ZUpdateNotificationPrefsRequestSchema>;

/** The email settings reached from an email's link, without signing in: the link is the key. */
export const ZEmailSettingsTokenSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not complete."),
});
export const ZUpdateEmailSettingsByTokenRequestSchema = ZEmailSettingsTokenSchema.extend({
  prefs: ZUpdateNotificationPrefsRequestSchema,
});

/** The kinds of email a client can stop with one click, each a switch in their settings. */
export type TEmailList = "reminders" | "feedback";
/** A settings link's target names the kind of email it came in. */
export const settingsPathFor = (list: TEmailList) => `/email-settings?list=${list}`;
export const emailListOfSettingsPath = (path: string): TEmailList =>
  path.endsWith("list=feedback") ? "feedback" : "reminders";

/** "Forgot password" and "email me a sign-in link": only the address. */
export const ZEmailLinkRequestSchema = z.object({ email: ZEmail });
export type TEmailLinkRequest = z.infer<typeof ZEmailLinkRequestSchema>;

/** A password chosen on an emailed link's page: a reset, or the last step of signing up. */
export const ZPasswordFromLinkRequestSchema = z.object({
  token: ZEmailSettingsTokenSchema.shape.token,
  password: ZNewPassword,
});
export type TPasswordFromLinkRequest = z.infer<typeof ZPasswordFromLinkRequestSchema>;

/** Deleting one's account: typing one's own email is the deliberate step. */
export const ZDeleteAccountRequestSchema = z.object({ email: ZEmail });
export type TDeleteAccountRequest = z.infer<typeof ZDeleteAccountRequestSchema>;

/** The account settings' first form: name and time zone. */
export const ZUpdateProfileRequestSchema = z.object({ name: ZPersonName, timeZone: ZTimeZone });
export type TUpdateProfileRequest = z.infer<typeof ZUpdateProfileRequestSchema>;

/** `currentPassword` is empty for an account that signs in by emailed link and has none yet. */
export const ZChangePasswordRequestSchema = z.object({
  currentPassword: z.string().max(200, "Use at most 200 characters."),
  password: ZNewPassword,
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequestSchema>;

/** One place the person is signed in. */
export const ZSessionEntrySchema = z.object({
  id: z.string(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type TSessionEntry = z.infer<typeof ZSessionEntrySchema>;

/** Agreeing to the notice shown: its version, so an answer to an older one is not taken as this. */
export const ZAcceptNoticeRequestSchema = z.object({ version: z.string().min(1).max(40) });

/** Where a therapist's two-step sign-in stands. */
export const ZTwoStepStatusSchema = z.object({
  enabledAt: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The deployment requires it (REQUIRE_TWO_STEP_FOR_THERAPISTS): it cannot be turned off. */
  required: z.boolean(),
});
export type TTwoStepStatus = z.infer<typeof ZTwoStepStatusSchema>;

/** Setting it up: the secret to scan (as a QR code) or type, until a first code confirms it. */
export const ZTwoStepSetupSchema = z.object({
  secret: z.string(),
  uri: z.string(),
  qrSvg: z.string(),
});

export const ZTwoStepCodeRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6-digit code your app shows now."),
});
export const ZTurnOffTwoStepRequestSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(200),
});
