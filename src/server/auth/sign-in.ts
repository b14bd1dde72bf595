import "server-only";
import { recordCommittedEvent, type TAuditActor, type TAuditMeta } from "~/server/audit";
import { db } from "~/server/db";
import { queueEmail } from "~/server/email/outbox";
import { clearRateLimits, countHit, hitRateLimit } from "~/server/rate-limit";
import { ZSignInRequestSchema } from "./credentials";
import { consumeLinkToken } from "./link-tokens";
import { burnPasswordCheck, verifyPassword } from "./password";
import { checkTotp, hashRecoveryCode, openSecret } from "./totp";
import { createSession } from "./sessions";

const SIGN_IN_WINDOW_SECONDS = 15 * 60;
const DAY_SECONDS = 24 * 60 * 60;

/**
 * Guessing is held back per (account, address) pair and per address, each over a short and a long
 * window so that a patient guesser slows down further. Nothing is held back per account alone: a
 * stranger's failures must never keep the owner, signing in from anywhere else, out.
 */
const limitsFor = (email: string, ip: string) => [
  { key: `sign-in:pair:${ip}:${email}`, limit: 5, windowSeconds: SIGN_IN_WINDOW_SECONDS },
  { key: `sign-in:pair-day:${ip}:${email}`, limit: 20, windowSeconds: DAY_SECONDS },
  { key: `sign-in:ip:${ip}`, limit: 300, windowSeconds: SIGN_IN_WINDOW_SECONDS },
  { key: `sign-in:ip-day:${ip}`, limit: 3000, windowSeconds: DAY_SECONDS },
];

/** Wrong passwords for one account in a day, from anywhere, at which its owner is emailed. */
const FAILURES_BEFORE_OWNER_ALERT = 10;

export type SignInResult =
  | { kind: "signed-in"; userId: string; sessionId: string }
  | { kind: "refused" }
  | { kind: "rate-limited" }
  /** The right password for an account with two-step sign-in: its code is needed too. */
  | { kind: "second-step" }
  | { kind: "wrong-code" };

/** Every refusal looks the same to the caller, whether the email exists or not. */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  code?: string;
  ip: string;
  userAgent?: string;
}): Promise<SignInResult> {
  const parsed = ZSignInRequestSchema.safeParse(input);
  if (!parsed.success) return { kind: "refused" };
  const { email, password, code } = parsed.data;
  // Counted before the password is checked, so concurrent guesses cannot slip past a limit.
  const limits = limitsFor(email, input.ip);
  const within = await Promise.all(
    limits.map(({ key, limit, windowSeconds }) => hitRateLimit(key, limit, windowSeconds)),
  );
  if (within.includes(false)) return { kind: "rate-limited" };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      role: true,
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      totpLastStep: true,
    },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await burnPasswordCheck(password).then(() => false);
  if (!user || !valid) {
    const failures = await countHit(`sign-in:failures:${email}`, DAY_SECONDS);
    // Once a day at most: the owner hears of it and gets a way in that needs no password.
    if (user && failures === FAILURES_BEFORE_OWNER_ALERT) {
      await db.$transaction((tx) =>
        queueEmail(tx, {
          to: email,
          recipientId: user.id,
          message: { kind: "sign-in-alert", userId: user.id },
        }),
      );
    }
    return { kind: "refused" };
  }
  if (user.totpEnabledAt && user.totpSecret) {
    // Tries at the code count against the same limits as passwords (counted above).
    if (!code) return { kind: "second-step" };
    if (!(await passSecondStep({ ...user, totpSecret: user.totpSecret }, code))) {
      return { kind: "wrong-code" };
    }
  }
  // The owner is in: their own earlier typos from this address no longer count against them.
  await clearRateLimits(
    limits.filter(({ key }) => key.startsWith("sign-in:pair")).map((l) => l.key),
  );
  const sessionId = await createSession(user.id, input.userAgent);
  await recordSignIn({ userId: user.id, role: user.role }, sessionId, "sign-in", input);
  return { kind: "signed-in", userId: user.id, sessionId };
}

const LINK_ATTEMPTS_PER_IP = 60;

/**
 * Signs in with an emailed link (a reminder's or a sign-in link), using it up: a second use, an
 * expired or unknown token all get the same refusal.
 */
export async function signInWithLink(input: {
  token: string;
  ip: string;
  userAgent?: string;
}): Promise<SignInResult & { targetPath?: string }> {
  const allowed = await hitRateLimit(
    `sign-in:link-ip:${input.ip}`,
    LINK_ATTEMPTS_PER_IP,
    SIGN_IN_WINDOW_SECONDS,
  );
  if (!allowed) return { kind: "rate-limited" };
  const link = await consumeLinkToken(input.token, ["REMINDER", "SIGN_IN"]);
  if (!link) return { kind: "refused" };
  // A mailbox alone is one step: an account with two-step sign-in signs in with its code.
  const owner = await db.user.findUnique({
    where: { id: link.userId },
    select: { totpEnabledAt: true },
  });
  if (owner?.totpEnabledAt) return { kind: "refused" };
  // Any emailed link shows the person reads that mailbox.
  await confirmEmail(link.userId);
  const sessionId = await createSession(link.userId, input.userAgent);
  await recordSignIn({ userId: link.userId }, sessionId, "sign-in-by-link", input);
  return { kind: "signed-in", userId: link.userId, sessionId, targetPath: link.targetPath };
}

/** The account's address is shown to be its owner's (an emailed link of theirs was used). */
export async function confirmEmail(userId: string) {
  await db.user.updateMany({
    where: { id: userId, emailConfirmedAt: null },
    data: { emailConfirmedAt: new Date() },
  });
}

const recordSignIn = (
  actor: TAuditActor,
  sessionId: string,
  action: "sign-in" | "sign-in-by-link",
  meta: TAuditMeta,
) => recordCommittedEvent(actor, { action, entity: "session", entityId: sessionId }, meta);

/**
 * The authenticator's code (each accepted once: the step is recorded in the same statement that
 * checks it is newer) or an unused recovery code (used up).
 */
async function passSecondStep(
  user: { id: string; totpSecret: string; totpLastStep: number | null },
  code: string,
): Promise<boolean> {
  const step = await checkTotp(openSecret(user.totpSecret), code, user.totpLastStep);
  if (step !== null) {
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
