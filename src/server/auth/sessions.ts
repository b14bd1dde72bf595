import "server-only";
import { env } from "~/env";
import { noticeFor, PRIVACY_NOTICE, THERAPIST_TERMS } from "~/lib/notices";
import { db, type Prisma } from "~/server/db";
import type { TActor } from "./actor";

/**
 * Server-side sessions: the signed cookie only carries a session id; this table decides whether
 * it is still alive, so signing out (or an admin) can end it for good.
 */

// Avoid a write on every request: refresh lastSeenAt at most once a minute.
const TOUCH_AFTER_MS = 60_000;

export async function createSession(userId: string, userAgent?: string): Promise<string> {
  const session = await db.session.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 300),
      expiresAt: new Date(Date.now() + env.SESSION_MAX_HOURS * 3_600_000),
    },
    select: { id: true },
  });
  return session.id;
}

/** Sessions still alive at `now`: not signed out, not past their end, not idle too long. */
export const liveSessionWhere = (now: Date) =>
  ({
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gt: new Date(now.getTime() - env.SESSION_IDLE_MINUTES * 60_000) },
  }) satisfies Prisma.SessionWhereInput;

export async function resolveSession(sessionId: string, now = new Date()): Promise<TActor | null> {
  const session = await db.session.findFirst({
    where: { id: sessionId, ...liveSessionWhere(now) },
    select: {
      id: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          role: true,
          name: true,
          email: true,
          timeZone: true,
          totpEnabledAt: true,
          // Either notice at its current version: which one counts depends on the role.
          consents: {
            where: {
              OR: [PRIVACY_NOTICE, THERAPIST_TERMS].map(({ document, version }) => ({
                document,
                version,
              })),
            },
            select: { document: true },
          },
        },
      },
    },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { lastSeenAt: now },
    });
  }
  const { user } = session;
  const notice = noticeFor(user.role);
  return {
    userId: user.id,
    sessionId: session.id,
    role: user.role,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    needsConsent: !user.consents.some((c) => c.document === notice.document),
    twoStepOn: user.totpEnabledAt !== null,
  };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

export async function revokeAllSessions(userId: string): Promise<void> {
  await db.session.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** Every other session of the person ends (a new password, "sign out everywhere else"). */
export async function revokeOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, id: { not: keepSessionId } },
    data: { revokedAt: new Date() },
  });
  return count;
}
