import "server-only";
import { env } from "~/env";
import { db } from "./db";

/**
 * No rate-limit window of the app is longer than this (sign-in 15 minutes, email links an hour):
 * a counter whose window started before it counts nothing any more.
 */
export const LONGEST_RATE_WINDOW_MS = 24 * 3_600_000;

/**
 * The daily purge (a cron job): sessions that can no longer sign anyone in (signed out, past
 * their end, or idle too long), rate-limit counters of windows long over, and email-link tokens
 * that are used or expired. Only what can never be used again, so a run at any time is safe.
 */
export async function purgeExpired(
  now: Date,
): Promise<{ sessions: number; rateLimits: number; linkTokens: number }> {
  const idleCutoff = new Date(now.getTime() - env.SESSION_IDLE_MINUTES * 60_000);
  const [sessions, rateLimits, linkTokens] = await db.$transaction([
    db.session.deleteMany({
      where: {
        OR: [
          { revokedAt: { not: null } },
          { expiresAt: { lte: now } },
          { lastSeenAt: { lte: idleCutoff } },
        ],
      },
    }),
    db.rateLimit.deleteMany({
      where: { windowStart: { lt: new Date(now.getTime() - LONGEST_RATE_WINDOW_MS) } },
    }),
    db.linkToken.deleteMany({
      where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] },
    }),
  ]);
  return { sessions: sessions.count, rateLimits: rateLimits.count, linkTokens: linkTokens.count };
}
