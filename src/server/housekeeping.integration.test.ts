import { expect, test } from "vitest";
import { createTherapist } from "../../tests/integration/factories";
import { db } from "./db";
import { LONGEST_RATE_WINDOW_MS, purgeExpired } from "./housekeeping";

const MINUTE = 60_000;

test("the purge removes only what can never be used again", async () => {
  const user = await createTherapist();
  const now = new Date();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const later = new Date(now.getTime() + 60 * MINUTE);
  const session = (data: object) =>
    db.session.create({ data: { userId: user.id, expiresAt: later, ...data } });
  const live = await session({});
  await session({ revokedAt: ago(MINUTE) });
  await session({ expiresAt: ago(MINUTE) });
  await session({ lastSeenAt: ago(31 * MINUTE) });

  await db.rateLimit.createMany({
    data: [
      { key: `fresh-${user.id}`, count: 3, windowStart: ago(MINUTE) },
      { key: `old-${user.id}`, count: 3, windowStart: ago(LONGEST_RATE_WINDOW_MS + MINUTE) },
    ],
  });
  const token = (id: string, data: object) =>
    db.linkToken.create({
      data: {
        id,
        purpose: "UNSUBSCRIBE",
        userId: user.id,
        targetPath: "/portal/settings",
        tokenHash: `${id}-${user.id}`,
        expiresAt: later,
        ...data,
      },
    });
  await token(`unused-${user.id}`, {});
  await token(`used-${user.id}`, { usedAt: ago(MINUTE) });
  await token(`expired-${user.id}`, { expiresAt: ago(MINUTE) });

  const purged = await purgeExpired(now);
  expect(purged).toEqual({ sessions: 3, rateLimits: 1, linkTokens: 2 });
  expect((await db.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([
    live.id,
  ]);
  expect((await db.rateLimit.findMany()).map((r) => r.key)).toEqual([`fresh-${user.id}`]);
  expect((await db.linkToken.findMany({ where: { userId: user.id } })).map((t) => t.id)).toEqual([
    `unused-${user.id}`,
  ]);
  // A second run finds nothing more.
  expect(await purgeExpired(now)).toEqual({ sessions: 0, rateLimits: 0, linkTokens: 0 });
});
