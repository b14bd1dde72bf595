import "server-only";
import { db, Prisma } from "~/server/db";
import { AppError } from "~/server/errors";
import { hashPassword } from "~/server/auth/password";
import { consumeLinkToken } from "~/server/auth/link-tokens";
import { revokeAllSessions } from "~/server/auth/sessions";
import { queueEmail } from "~/server/email/outbox";
import { addJob } from "~/server/jobs";
import { hitRateLimit, requireWithinLimit } from "~/server/rate-limit";
import {
  readNotificationPrefs,
  type TEmailList,
  type TNotificationPrefs,
  type TSignUpRequest,
  type TUpdateDigestPrefsRequest,
} from "./schema";

/** Sign-ups from one address in an hour: a practice's staff, not a script. */
const SIGN_UPS_PER_IP = 10;

export async function signUpTherapist(
  input: TSignUpRequest,
  ip: string,
): Promise<{ userId: string }> {
  // Before the (deliberately slow) password hash.
  await requireWithinLimit(`sign-up:ip:${ip}`, SIGN_UPS_PER_IP, 60 * 60);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, role: "THERAPIST", passwordHash },
      select: { id: true },
    });
    return { userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", {
        userMessage: "An account with this email already exists.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
      });
    }
    throw error;
  }
}

/**
 * Saves a client's email settings; their planned reminders follow (a job, so this answers at once
 * however much homework they have).
 */
export async function updateNotificationPrefs(userId: string, prefs: TNotificationPrefs) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { notificationPrefs: prefs } });
    await addJob(tx, "replan-reminders", { clientId: userId });
  });
}

/**
 * Turns a therapist's daily summary on or off: one key of the stored settings, merged in the
 * database, so nothing else stored there is overwritten.
 */
export async function updateDigestPrefs(userId: string, { digestOn }: TUpdateDigestPrefsRequest) {
  await db.$executeRaw`UPDATE "User"
    SET "notificationPrefs" = "notificationPrefs" || jsonb_build_object('digestOn', ${digestOn}::boolean)
    WHERE id = ${userId}`;
}

/**
 * The one-click unsubscribe of an email (RFC 8058): that kind of email off, nothing else.
 */
export async function unsubscribe(userId: string, list: TEmailList) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { notificationPrefs: true },
    });
    const prefs = {
      ...readNotificationPrefs(user.notificationPrefs),
      ...(list === "reminders" ? { remindersOn: false } : { feedbackEmailsOn: false }),
    };
    await tx.user.update({ where: { id: userId }, data: { notificationPrefs: prefs } });
    await addJob(tx, "replan-reminders", { clientId: userId });
  });
}

const LINK_REQUESTS_PER_EMAIL = 5;
const LINK_REQUESTS_PER_IP = 30;
const LINK_REQUEST_WINDOW_SECONDS = 60 * 60;

/**
 * "Forgot password" / "email me a sign-in link": an email to the account, if there is one. The
 * caller answers the same either way, so nobody learns whether an address has an account; past
 * the limits the request is dropped just as quietly (and the mailbox is not flooded).
 */
export async function requestEmailLink(
  kind: "password-reset" | "sign-in-link",
  email: string,
  ip: string,
): Promise<void> {
  const [perEmail, perIp] = await Promise.all([
    hitRateLimit(`email-link:email:${email}`, LINK_REQUESTS_PER_EMAIL, LINK_REQUEST_WINDOW_SECONDS),
    hitRateLimit(`email-link:ip:${ip}`, LINK_REQUESTS_PER_IP, LINK_REQUEST_WINDOW_SECONDS),
  ]);
  if (!perEmail || !perIp) return;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return;
    await queueEmail(tx, { to: email, recipientId: user.id, message: { kind, userId: user.id } });
  });
}

const RESET_LINK_UNUSABLE = new AppError("BAD_REQUEST", {
  userMessage:
    "This reset link can no longer be used: it was used already or is more than 30 minutes old. Ask for a new one.",
});

/** A new password from a reset link (used once); every session of the account ends. */
export async function resetPassword(token: string, password: string): Promise<void> {
  // Hashing is slow on purpose: before the link is used, so a slow hash cannot waste it.
  const passwordHash = await hashPassword(password);
  const link = await consumeLinkToken(token, ["PASSWORD_RESET"]);
  if (!link) throw RESET_LINK_UNUSABLE;
  await db.user.update({ where: { id: link.userId }, data: { passwordHash } });
  await revokeAllSessions(link.userId);
}
