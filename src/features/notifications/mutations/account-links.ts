import "server-only";
import { appUrl } from "~/server/app-url";
import { homePathFor } from "~/server/auth/access";
import { mintLinkToken } from "~/server/auth/link-tokens";
import { db } from "~/server/db";

/** The link of a password-reset email, minted as it is sent (30 minutes, once). */
export async function passwordResetUrl(userId: string, now: Date): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return null;
  const token = await mintLinkToken(
    db,
    { purpose: "PASSWORD_RESET", userId, targetPath: "/reset-password" },
    now,
  );
  return appUrl(`/reset-password/${token}`);
}

/**
 * The link of a sign-in email (15 minutes, once), leading home after the button. None for an
 * account with two-step sign-in, where a link alone never signs in: that email is not sent.
 */
export async function signInUrl(userId: string, now: Date): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId, totpEnabledAt: null },
    select: { role: true },
  });
  if (!user) return null;
  const token = await mintLinkToken(
    db,
    { purpose: "SIGN_IN", userId, targetPath: homePathFor(user.role) },
    now,
  );
  return appUrl(`/l/${token}`);
}

/**
 * The link of a therapist's sign-up email, to choose a password (a day, once); none once the
 * address is confirmed.
 */
export async function confirmEmailUrl(userId: string, now: Date): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId, emailConfirmedAt: null },
    select: { role: true },
  });
  if (!user) return null;
  const token = await mintLinkToken(
    db,
    { purpose: "CONFIRM_EMAIL", userId, targetPath: homePathFor(user.role) },
    now,
  );
  return appUrl(`/sign-up/${token}`);
}
