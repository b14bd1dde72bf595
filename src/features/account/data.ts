import "server-only";
import { getEnv } from "~/env";
import { db } from "~/server/db";
import { notFound } from "~/server/errors";
import { lookUpLinkToken } from "~/server/auth/link-tokens";
import { liveSessionWhere } from "~/server/auth/sessions";
import {
  emailListOfSettingsPath,
  readDigestPrefs,
  readNotificationPrefs,
  type TDigestPrefs,
  type TEmailList,
  type TMeResponse,
  type TNotificationPrefs,
  type TSessionEntry,
  type TTwoStepStatus,
} from "./schema";

export async function getAccount(userId: string): Promise<TMeResponse> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, timeZone: true, passwordHash: true },
  });
  if (!user) throw notFound("account");
  const { passwordHash, ...account } = user;
  return { ...account, hasPassword: passwordHash !== null };
}

/** Where the person is signed in now (sessions neither ended nor idle too long), newest first. */
export async function listSessions(
  actor: { userId: string; sessionId: string },
  now = new Date(),
): Promise<TSessionEntry[]> {
  const rows = await db.session.findMany({
    where: { userId: actor.userId, ...liveSessionWhere(now) },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  return rows.map((row) => ({ ...row, current: row.id === actor.sessionId }));
}

export async function getDigestPrefs(userId: string): Promise<TDigestPrefs> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { notificationPrefs: true },
  });
  if (!user) throw notFound("account");
  return readDigestPrefs(user.notificationPrefs);
}

export async function getNotificationPrefs(userId: string): Promise<TNotificationPrefs> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { notificationPrefs: true },
  });
  if (!user) throw notFound("account");
  return readNotificationPrefs(user.notificationPrefs);
}

/**
 * The user an email's settings link belongs to. Reading never uses the link up (it works for many
 * visits until it expires); an unknown, expired or other link reads as "not found", whatever the
 * reason.
 */
export async function emailSettingsOwner(token: string): Promise<string> {
  return (await emailSettingsLink(token)).userId;
}

/** The owner and the kind of email a settings link came in (its one-click unsubscribe stops it). */
export async function emailSettingsLink(
  token: string,
): Promise<{ userId: string; list: TEmailList }> {
  const link = await lookUpLinkToken(token);
  if (link.state !== "usable" || link.purpose !== "UNSUBSCRIBE" || !link.userId) {
    throw notFound("email settings link");
  }
  return { userId: link.userId, list: emailListOfSettingsPath(link.targetPath) };
}

export async function getTwoStepStatus(userId: string): Promise<TTwoStepStatus> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    required: getEnv().REQUIRE_TWO_STEP_FOR_THERAPISTS === "true",
  };
}
