import "server-only";
import { db } from "~/server/db";
import { hitRateLimit, isRateLimited } from "~/server/rate-limit";
import { ZSignInRequestSchema } from "./credentials";
import { consumeLinkToken } from "./link-tokens";
import { burnPasswordCheck, verifyPassword } from "./password";
import { createSession } from "./sessions";

const SIGN_IN_WINDOW_SECONDS = 15 * 60;
const FAILURES_PER_ACCOUNT = 10;
const ATTEMPTS_PER_IP = 300;

export type SignInResult =
  | { kind: "signed-in"; userId: string; sessionId: string }
  | { kind: "refused" }
  | { kind: "rate-limited" };

/** Every refusal looks the same to the caller, whether the email exists or not. */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
}): Promise<SignInResult> {
  const parsed = ZSignInRequestSchema.safeParse(input);
  if (!parsed.success) return { kind: "refused" };
  const { email, password } = parsed.data;
  // Per account, only failures count (a lockout against guessing); per address, every attempt.
  const accountKey = `sign-in:email:${email}`;
  const [accountLocked, ipAllowed] = await Promise.all([
    isRateLimited(accountKey, FAILURES_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS),
    hitRateLimit(`sign-in:ip:${input.ip}`, ATTEMPTS_PER_IP, SIGN_IN_WINDOW_SECONDS),
  ]);
  if (accountLocked || !ipAllowed) return { kind: "rate-limited" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await burnPasswordCheck(password).then(() => false);
  if (!user || !valid) {
    await hitRateLimit(accountKey, FAILURES_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS);
    return { kind: "refused" };
  }
  const sessionId = await createSession(user.id, input.userAgent);
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
  const sessionId = await createSession(link.userId, input.userAgent);
  return { kind: "signed-in", userId: link.userId, sessionId, targetPath: link.targetPath };
}
