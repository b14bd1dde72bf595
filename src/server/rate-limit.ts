import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";

/**
 * Fixed-window counters in Postgres (shared by every app instance). Counts one hit on `key` and
 * returns the window's count including it: one statement, so concurrent hits each see their own
 * number and none slips past a limit.
 */
export async function countHit(key: string, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                   THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                   THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING count`;
  return rows[0]?.count ?? 0;
}

/** Counts a hit on `key`; whether it is still within `limit` for the window. */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<boolean> {
  return (await countHit(key, windowSeconds)) <= limit;
}

/** Starts these counters afresh (a success that ends a run of failures). */
export async function clearRateLimits(keys: string[]): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ANY(${keys})`;
}

/**
 * For public actions that create something or cost work (sign-up, accepting an invitation):
 * counts this one and refuses it, with a plain sentence, past `limit` in the window.
 */
export async function requireWithinLimit(key: string, limit: number, windowSeconds: number) {
  if (await hitRateLimit(key, limit, windowSeconds)) return;
  throw new AppError("TOO_MANY_REQUESTS", {
    userMessage: "Too many tries from this connection. Wait an hour and try again.",
  });
}
