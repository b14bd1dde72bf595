import "server-only";
import { readDigestPrefs } from "~/features/account/schema";
import { caseloadCounts } from "~/features/clients/data";
import { appUrl } from "~/server/app-url";
import { db } from "~/server/db";
import { queueEmails } from "~/server/email/outbox";

/** The summary comes at this hour of the therapist's morning, in their zone. */
export const DIGEST_HOUR = 7;
const HOUR_MS = 3_600_000;

/**
 * The hourly run: queues the daily summary for every therapist who has it on and whose local
 * time is DIGEST_HOUR, unless one was queued in the last 20 hours (a run repeated, or a clock
 * change, sends nothing twice). What it says is counted when it is sent, since the last one.
 */
export async function queueDigests(now: Date): Promise<{ queued: number }> {
  const firstEver = new Date(now.getTime() - 24 * HOUR_MS);
  const due = await db.$queryRaw<{ id: string; email: string; since: Date }[]>`
    SELECT u.id, u.email, coalesce(last."createdAt", ${firstEver}) AS since
    FROM "User" u
    LEFT JOIN LATERAL (
      SELECT e."createdAt" FROM "OutboxEmail" e
      WHERE e."recipientId" = u.id AND e.kind = 'digest'
      ORDER BY e."createdAt" DESC LIMIT 1
    ) last ON TRUE
    WHERE u.role = 'THERAPIST'
      AND coalesce((u."notificationPrefs" ->> 'digestOn')::boolean, true)
      AND extract(hour FROM ${now.toISOString()}::timestamptz AT TIME ZONE u."timeZone") = ${DIGEST_HOUR}
      AND (last."createdAt" IS NULL OR last."createdAt" < ${new Date(now.getTime() - 20 * HOUR_MS)})`;
  if (due.length === 0) return { queued: 0 };
  await db.$transaction((tx) =>
    queueEmails(
      tx,
      due.map((t) => ({
        to: t.email,
        recipientId: t.id,
        message: { kind: "digest", therapistId: t.id, since: t.since.toISOString() },
      })),
    ),
  );
  return { queued: due.length };
}

/**
 * The summary's figures when it is sent; null (nothing sent) when the therapist turned it off
 * meanwhile or there is nothing to tell.
 */
export async function prepareDigestEmail(therapistId: string, since: Date) {
  const therapist = await db.user.findFirst({
    where: { id: therapistId, role: "THERAPIST" },
    select: { notificationPrefs: true },
  });
  if (!therapist || !readDigestPrefs(therapist.notificationPrefs).digestOn) return null;
  const counts = await caseloadCounts(therapistId, since);
  if (counts.newFlags === 0 && counts.waiting === 0) return null;
  return {
    ...counts,
    caseloadUrl: appUrl("/therapist"),
    settingsUrl: appUrl("/therapist/settings"),
  };
}
