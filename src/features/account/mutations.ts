import "server-only";
import { recordCommittedEvent, type TAuditMeta } from "~/server/audit";
import { noticeFor, THERAPIST_TERMS } from "~/lib/notices";
import QRCode from "qrcode";
import { getEnv } from "~/env";
import {
  checkTotp,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  sealSecret,
  totpUri,
} from "~/server/auth/totp";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { hashPassword, verifyPassword } from "~/server/auth/password";
import { consumeLinkToken } from "~/server/auth/link-tokens";
import { confirmEmail } from "~/server/auth/sign-in";
import { revokeAllSessions, revokeOtherSessions } from "~/server/auth/sessions";
import { queueEmail } from "~/server/email/outbox";
import { addJob } from "~/server/jobs";
import { hitRateLimit, requireWithinLimit } from "~/server/rate-limit";
import {
  readNotificationPrefs,
  type TChangePasswordRequest,
  type TDeleteAccountRequest,
  type TEmailList,
  type TNotificationPrefs,
  type TSignUpRequest,
  type TUpdateDigestPrefsRequest,
  type TUpdateProfileRequest,
} from "./schema";

/** Sign-ups from one address in an hour: a practice's staff, not a script. */
const SIGN_UPS_PER_IP = 10;

/**
 * A therapist's sign-up. The caller answers the same whether the address is new or not, and the
 * work done is the same: only the mailbox learns which, by an email with the link to choose a
 * password (a new address, or one whose link was never used) or one saying the account exists.
 * No password is stored before the link is used, so whoever signs up with someone else's address
 * first gains nothing.
 */
export async function signUpTherapist(input: TSignUpRequest, ip: string): Promise<void> {
  await requireWithinLimit(`sign-up:ip:${ip}`, SIGN_UPS_PER_IP, 60 * 60);
  await db.$transaction(async (tx) => {
    const [created] = await tx.user.createManyAndReturn({
      data: {
        name: input.name,
        email: input.email,
        role: "THERAPIST",
        timeZone: input.timeZone,
        emailConfirmedAt: null,
      },
      skipDuplicates: true,
      select: { id: true },
    });
    // The terms the form showed, accepted with the account (an existing account keeps its own).
    if (created) {
      await tx.consent.create({
        data: { userId: created.id, document: "THERAPIST_TERMS", version: THERAPIST_TERMS.version },
      });
    }
    const existing = created
      ? null
      : await tx.user.findUniqueOrThrow({
          where: { email: input.email },
          select: { id: true, emailConfirmedAt: true },
        });
    const userId = created?.id ?? existing!.id;
    const kind = existing?.emailConfirmedAt ? "sign-up-existing" : "confirm-email";
    await queueEmail(tx, { to: input.email, recipientId: userId, message: { kind, userId } });
  });
}

const SIGN_UP_LINK_UNUSABLE = new AppError("BAD_REQUEST", {
  userMessage:
    "This link can no longer be used: it was used already or is more than a day old. Sign up again to get a new one.",
});

/**
 * The last step of a therapist's sign-up, on the emailed link's page: the password is set and
 * the address confirmed. Returns the email, so the page can sign in with the new password.
 */
export async function finishSignUp(
  token: string,
  password: string,
  meta: TAuditMeta,
): Promise<{ email: string }> {
  // Hashing is slow on purpose: before the link is used, so a slow hash cannot waste it.
  const passwordHash = await hashPassword(password);
  const link = await consumeLinkToken(token, ["CONFIRM_EMAIL"]);
  if (!link) throw SIGN_UP_LINK_UNUSABLE;
  const user = await db.user.update({
    where: { id: link.userId },
    data: { passwordHash, emailConfirmedAt: new Date() },
    select: { email: true },
  });
  await recordCommittedEvent(
    { userId: link.userId, role: "THERAPIST" },
    { action: "account.finishSignUp", entity: "account", entityId: link.userId },
    meta,
  );
  return user;
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
export async function resetPassword(
  token: string,
  password: string,
  meta: TAuditMeta,
): Promise<void> {
  // Hashing is slow on purpose: before the link is used, so a slow hash cannot waste it.
  const passwordHash = await hashPassword(password);
  const link = await consumeLinkToken(token, ["PASSWORD_RESET"]);
  if (!link) throw RESET_LINK_UNUSABLE;
  // The link came to the mailbox: this also confirms an address never confirmed.
  await db.user.update({ where: { id: link.userId }, data: { passwordHash } });
  await confirmEmail(link.userId);
  await revokeAllSessions(link.userId);
  await recordCommittedEvent(
    { userId: link.userId },
    { action: "account.resetPassword", entity: "account", entityId: link.userId },
    meta,
  );
}

const NOT_YOUR_EMAIL = "Type the email address you sign in with, exactly as shown above.";

/**
 * A client deletes their account: everything they wrote (answers, drafts, attempts, notes,
 * replies, the safety plan) goes, with the feedback written on it, their care links, sessions and
 * links, and the emails and counters that hold their address. Audit rows hold no text and stay;
 * the audit middleware adds the deletion's own.
 */
export async function deleteClientAccount(
  client: { userId: string; email: string },
  { email }: TDeleteAccountRequest,
): Promise<void> {
  if (email !== client.email.toLowerCase()) {
    throw new AppError("BAD_REQUEST", {
      userMessage: NOT_YOUR_EMAIL,
      fieldErrors: { email: [NOT_YOUR_EMAIL] },
    });
  }
  await db.$transaction(async (tx) => {
    await tx.outboxEmail.deleteMany({
      where: { OR: [{ recipientId: client.userId }, { toAddress: email }] },
    });
    await tx.invitation.deleteMany({
      where: { OR: [{ email }, { acceptedUserId: client.userId }] },
    });
    await tx.rateLimit.deleteMany({ where: { key: { endsWith: `:${email}` } } });
    // Everything else of theirs goes with the row (onDelete: Cascade).
    await tx.user.delete({ where: { id: client.userId } });
  });
}

/**
 * Name and time zone. A client's homework follows a new zone: a job re-plans their due dates
 * ahead (and reminders) there; past ones keep the zone they were due in.
 */
export async function updateProfile(
  actor: { userId: string; role: "THERAPIST" | "CLIENT" },
  input: TUpdateProfileRequest,
) {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { timeZone: true },
    });
    await tx.user.update({
      where: { id: actor.userId },
      data: { name: input.name, timeZone: input.timeZone },
    });
    if (actor.role === "CLIENT" && before.timeZone !== input.timeZone) {
      await addJob(tx, "follow-time-zone", { clientId: actor.userId });
    }
  });
}

const PASSWORD_CHANGES_PER_WINDOW = 10;
const WRONG_CURRENT = "That is not your current password.";

/**
 * A new password: the current one first (none for an account that had only emailed links).
 * Every other session ends; this one stays signed in.
 */
export async function changePassword(
  actor: { userId: string; sessionId: string },
  input: TChangePasswordRequest,
): Promise<{ otherSessionsEnded: number }> {
  // Guessing the current password from an open session is limited like signing in.
  await requireWithinLimit(`password-change:${actor.userId}`, PASSWORD_CHANGES_PER_WINDOW, 15 * 60);
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  const current = passwordHash ? await verifyPassword(passwordHash, input.currentPassword) : true;
  if (!current) {
    throw new AppError("BAD_REQUEST", {
      userMessage: WRONG_CURRENT,
      fieldErrors: { currentPassword: [WRONG_CURRENT] },
    });
  }
  await db.user.update({
    where: { id: actor.userId },
    data: { passwordHash: await hashPassword(input.password) },
  });
  return { otherSessionsEnded: await revokeOtherSessions(actor.userId, actor.sessionId) };
}

const OUTDATED_NOTICE = new AppError("CONFLICT", {
  userMessage:
    "The notice has changed while you were reading it. Reload the page to read the new one.",
});

/** The person agrees to the current version of their notice (a repeat changes nothing). */
export async function acceptNotice(
  actor: { userId: string; role: "THERAPIST" | "CLIENT" },
  version: string,
) {
  const { document, version: current } = noticeFor(actor.role);
  if (version !== current) throw OUTDATED_NOTICE;
  await db.consent.createMany({
    data: { userId: actor.userId, document, version },
    skipDuplicates: true,
  });
}

const ALREADY_ON = new AppError("CONFLICT", {
  userMessage: "Two-step sign-in is already on. Turn it off first to set up another app.",
});

/** A new secret to scan; nothing changes for signing in until a code from it is confirmed. */
export async function startTwoStep(actor: { userId: string; email: string }) {
  const secret = newTotpSecret();
  const { count } = await db.user.updateMany({
    where: { id: actor.userId, totpEnabledAt: null },
    data: { totpSecret: sealSecret(secret) },
  });
  if (count === 0) throw ALREADY_ON;
  const uri = totpUri(secret, actor.email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1 }) };
}

const CODE_DID_NOT_MATCH = "That code does not match. Enter the one your app shows now.";

/** The first code from the app turns it on; the recovery codes are shown this once. */
export async function confirmTwoStep(
  userId: string,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw ALREADY_ON;
  const step = user.totpSecret ? await checkTotp(openSecret(user.totpSecret), code, null) : null;
  if (step === null) {
    throw new AppError("BAD_REQUEST", {
      userMessage: CODE_DID_NOT_MATCH,
      fieldErrors: { code: [CODE_DID_NOT_MATCH] },
    });
  }
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    }),
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({
      data: recoveryCodes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })),
    }),
  ]);
  return { recoveryCodes };
}

/** Off again, with the password (not where the deployment requires it). */
export async function turnOffTwoStep(userId: string, password: string) {
  if (getEnv().REQUIRE_TWO_STEP_FOR_THERAPISTS === "true") {
    throw new AppError("FORBIDDEN", {
      userMessage: "This service requires two-step sign-in for therapists, so it stays on.",
    });
  }
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  if (!passwordHash || !(await verifyPassword(passwordHash, password))) {
    throw new AppError("BAD_REQUEST", {
      userMessage: WRONG_CURRENT,
      fieldErrors: { password: [WRONG_CURRENT] },
    });
  }
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    db.recoveryCode.deleteMany({ where: { userId } }),
  ]);
}
