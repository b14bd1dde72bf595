import "server-only";
import { db } from "~/server/db";
import { raiseFlag } from "../mutations";
import { DAILY_RULES, flagDay } from "../policy";

type TPair = { therapistId: string; clientId: string; timeZone: string };
const DAY_MS = 86_400_000;

/**
 * The daily check (a cron job): for every client with an ACTIVE care link, flags for the
 * therapist when their last DAILY_RULES.missedInARow due dates (of that therapist's active
 * homework) were all missed, and when homework was due but the client did nothing for
 * DAILY_RULES.quietDays days. Each stretch is flagged once: a pair already flagged since the
 * stretch began is left alone, so running it twice, or every hour, raises nothing new.
 * Two statements over all pairs, whatever the number of clients.
 */
export async function runDailyFlagCheck(now: Date): Promise<{ missed: number; quiet: number }> {
  const missed = await db.$queryRaw<(TPair & { lastDue: Date })[]>`
    WITH recent AS (
      SELECT a."therapistId", a."clientId", o.status, o."dueAt",
        row_number() OVER (PARTITION BY a."therapistId", a."clientId" ORDER BY o."dueAt" DESC) AS n
      FROM "Occurrence" o
      JOIN "Assignment" a ON a.id = o."assignmentId" AND a.status = 'ACTIVE'
      JOIN "CareLink" l ON l."therapistId" = a."therapistId" AND l."clientId" = a."clientId"
        AND l.status = 'ACTIVE'
      WHERE o."dueAt" < ${now} AND o.status <> 'CANCELLED'
    ), streaks AS (
      SELECT "therapistId", "clientId", min("dueAt") AS since, max("dueAt") AS "lastDue"
      FROM recent WHERE n <= ${DAILY_RULES.missedInARow}
      GROUP BY "therapistId", "clientId"
      HAVING count(*) = ${DAILY_RULES.missedInARow} AND bool_and(status = 'OPEN')
    )
    SELECT s."therapistId", s."clientId", s."lastDue", u."timeZone"
    FROM streaks s JOIN "User" u ON u.id = s."clientId"
    WHERE NOT EXISTS (
      SELECT 1 FROM "Flag" f
      WHERE f."therapistId" = s."therapistId" AND f."clientId" = s."clientId"
        AND f.kind = 'MISSED' AND f."createdAt" >= s.since
    )`;

  const quietSince = new Date(now.getTime() - DAILY_RULES.quietDays * DAY_MS);
  const quiet = await db.$queryRaw<(TPair & { lastActive: Date | null })[]>`
    WITH due AS (
      SELECT DISTINCT a."therapistId", a."clientId", l."createdAt" AS "linkedAt"
      FROM "Occurrence" o
      JOIN "Assignment" a ON a.id = o."assignmentId" AND a.status = 'ACTIVE'
      JOIN "CareLink" l ON l."therapistId" = a."therapistId" AND l."clientId" = a."clientId"
        AND l.status = 'ACTIVE'
      WHERE o."dueAt" >= ${quietSince} AND o."dueAt" < ${now} AND o.status <> 'CANCELLED'
    ), activity AS (
      SELECT d.*, greatest(
        (SELECT max(s."updatedAt") FROM "Submission" s WHERE s."clientId" = d."clientId"),
        (SELECT max(greatest(t."startedAt", t."completedAt", t."stoppedAt"))
          FROM "StepAttempt" t WHERE t."clientId" = d."clientId")
      ) AS "lastActive"
      FROM due d
    )
    SELECT a."therapistId", a."clientId", a."lastActive", u."timeZone"
    FROM activity a JOIN "User" u ON u.id = a."clientId"
    WHERE coalesce(a."lastActive", a."linkedAt") < ${quietSince}
      AND NOT EXISTS (
        SELECT 1 FROM "Flag" f
        WHERE f."therapistId" = a."therapistId" AND f."clientId" = a."clientId"
          AND f.kind = 'QUIET' AND f."createdAt" >= coalesce(a."lastActive", a."linkedAt")
      )`;

  await db.$transaction(async (tx) => {
    for (const p of missed) {
      await raiseFlag(
        tx,
        "MISSED",
        { kind: "missed", lastDay: flagDay(p.lastDue, p.timeZone) },
        { ...source(p, now), where: "their homework" },
      );
    }
    for (const p of quiet) {
      const lastActiveDay = p.lastActive ? flagDay(p.lastActive, p.timeZone) : null;
      await raiseFlag(
        tx,
        "QUIET",
        { kind: "quiet", lastActiveDay },
        { ...source(p, now), where: "their homework" },
      );
    }
  });
  return { missed: missed.length, quiet: quiet.length };
}

const source = (p: TPair, now: Date) => ({
  clientId: p.clientId,
  therapistId: p.therapistId,
  clientTimeZone: p.timeZone,
  at: now,
});
