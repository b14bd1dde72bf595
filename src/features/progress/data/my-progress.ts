import "server-only";
import { db, Prisma } from "~/server/db";
import { sqlWeekStart } from "~/server/weeks-sql";
import { FEARS_LISTED, type TMyProgress } from "../schema";
import {
  ladderProgress,
  outcomesSql,
  weeksOf,
  type TCalendar,
  type TProgressScope,
} from "./charts";

type TFearRow = {
  at: Date;
  outcome: "no" | "partly" | "yes";
  label: string;
  href: string;
  foundOut: number;
  didNotHappen: number;
};

/**
 * The client's own progress, across every therapist's homework and their "just for me" entries:
 * three queries (ladders, feared outcomes with their counts, weeks with practice).
 */
export async function getMyProgress(
  scope: TProgressScope,
  calendar: TCalendar,
): Promise<TMyProgress> {
  const { starts, since } = weeksOf(calendar);
  const practiceWeek = sqlWeekStart(Prisma.sql`at`, calendar.timeZone, calendar.weekStartsOn);
  const [ladders, fears, practised] = await Promise.all([
    ladderProgress(scope),
    db.$queryRaw<TFearRow[]>`
      WITH outcome AS (${outcomesSql(scope)})
      SELECT at, outcome, label, href,
        (count(*) OVER ())::int AS "foundOut",
        (count(*) FILTER (WHERE outcome = 'no') OVER ())::int AS "didNotHappen"
      FROM outcome WHERE outcome IN ('yes', 'no', 'partly')
      ORDER BY at DESC LIMIT ${FEARS_LISTED}`,
    db.$queryRaw<{ week: string }[]>`
      SELECT DISTINCT ${practiceWeek} AS week FROM (
        SELECT s."submittedAt" AS at FROM "Submission" s
        WHERE s."clientId" = ${scope.clientId} AND s.status = 'SUBMITTED'
          AND s."submittedAt" >= ${since}
        UNION ALL
        SELECT greatest(t."completedAt", t."stoppedAt") FROM "StepAttempt" t
        WHERE t."clientId" = ${scope.clientId}
          AND greatest(t."completedAt", t."stoppedAt") >= ${since}
      ) practice`,
  ]);
  const practisedWeeks = new Set(practised.map((p) => p.week));
  return {
    timeZone: calendar.timeZone,
    weekStartsOn: calendar.weekStartsOn,
    ladders: ladders.map((ladder) => {
      const current = ladder.steps.find((s) => s.masteredAt === null);
      return {
        assignmentId: ladder.assignmentId,
        title: ladder.title,
        mastered: ladder.steps.filter((s) => s.masteredAt !== null).length,
        steps: ladder.steps.length,
        current: current
          ? {
              title: current.title,
              position: current.position,
              afters: current.attempts.flatMap((a) =>
                a.after === null ? [] : [{ at: a.at, after: a.after }],
              ),
            }
          : null,
      };
    }),
    fears: {
      foundOut: fears[0]?.foundOut ?? 0,
      didNotHappen: fears[0]?.didNotHappen ?? 0,
      list: fears.map(({ at, outcome, label, href }) => ({ at, outcome, label, href })),
    },
    practiceWeeks: starts.map((weekStart) => ({
      weekStart,
      practised: practisedWeeks.has(weekStart),
    })),
  };
}
