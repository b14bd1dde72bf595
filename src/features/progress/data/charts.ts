import "server-only";
import { ZLadderBodySchema } from "~/features/templates/schema";
import { recentWeekStarts, type TWeekday } from "~/lib/weeks";
import { zonedWallTimeToUtc } from "~/lib/dates";
import type { TTherapistActor } from "~/server/auth/actor";
import { db, Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { linkedClientWhere } from "~/server/scope";
import { sqlWeekStart } from "~/server/weeks-sql";
import {
  LADDERS_SHOWN,
  OUTCOMES,
  WEEKS_SHOWN,
  type TClientProgress,
  type TClientProgressRequest,
  type THomeworkWeek,
  type TLadderProgress,
  type TOutcome,
  type TPredictionPair,
  type TPredictionWeek,
  type TScaleSeries,
} from "../schema";

/**
 * Whose progress, seen by whom. A therapist sees one client's work in the homework they gave
 * (`therapistId` in every `where`), without the answers of entries kept "just for me"; the
 * client sees all their own. The caller has checked the therapist's ACTIVE care link.
 */
export type TProgressScope = { clientId: string; therapistId: string | null };
/** The viewer's calendar: charts bucket by their weeks, in their zone. */
export type TCalendar = { timeZone: string; weekStartsOn: TWeekday; now: Date };

const assignmentIn = (scope: TProgressScope) =>
  scope.therapistId
    ? Prisma.sql`a."clientId" = ${scope.clientId} AND a."therapistId" = ${scope.therapistId}`
    : Prisma.sql`a."clientId" = ${scope.clientId}`;

/** Answers the viewer may chart: "just for me" ones only for the client who wrote them. */
const answersVisible = (scope: TProgressScope) =>
  scope.therapistId
    ? Prisma.sql`s.status = 'SUBMITTED' AND (NOT s.private OR s."sharedAt" IS NOT NULL)`
    : Prisma.sql`s.status = 'SUBMITTED'`;

export function weeksOf(calendar: TCalendar) {
  const starts = recentWeekStarts(
    calendar.now,
    calendar.timeZone,
    calendar.weekStartsOn,
    WEEKS_SHOWN,
  );
  return { starts, since: zonedWallTimeToUtc(starts[0]!, "00:00", calendar.timeZone) };
}

/** Each ladder step's attempts over time, with its expected distress and mastery. One query. */
export async function ladderProgress(scope: TProgressScope): Promise<TLadderProgress[]> {
  const ladders = await db.assignment.findMany({
    where: {
      clientId: scope.clientId,
      ...(scope.therapistId ? { therapistId: scope.therapistId } : {}),
      kind: "LADDER",
      status: { not: "ENDED" },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LADDERS_SHOWN,
    select: {
      id: true,
      title: true,
      content: true,
      masteredSteps: { select: { stepId: true, masteredAt: true } },
      stepAttempts: {
        where: { OR: [{ completedAt: { not: null } }, { stoppedAt: { not: null } }] },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        select: {
          stepId: true,
          startedAt: true,
          distressBefore: true,
          peakDistress: true,
          afterDistress: true,
          stoppedAt: true,
        },
      },
    },
  });
  return ladders.map((ladder) => {
    const body = ZLadderBodySchema.parse(ladder.content);
    const mastered = new Map(ladder.masteredSteps.map((m) => [m.stepId, m.masteredAt]));
    return {
      assignmentId: ladder.id,
      title: ladder.title,
      targetDistress: body.targetDistress,
      steps: body.steps.map((step, i) => ({
        id: step.id,
        title: step.title,
        position: i + 1,
        expectedDistress: step.expectedDistress,
        masteredAt: mastered.get(step.id) ?? null,
        attempts: ladder.stepAttempts
          .filter((a) => a.stepId === step.id)
          .map((a) => ({
            at: a.startedAt,
            before: a.distressBefore,
            peak: a.stoppedAt ? null : a.peakDistress,
            after: a.stoppedAt ? null : a.afterDistress,
            stopped: a.stoppedAt !== null,
          })),
      })),
    };
  });
}

/**
 * The feared outcomes the client found out about: ladder attempts, and worksheets with a
 * "did what you feared come true?" question (its answer, with the first rating question before
 * it as how likely it felt beforehand, as in the prediction log and the behavioural experiment).
 * Rows: at, outcome (a TOutcome or 'stopped'), likelihood (null when the worksheet has none),
 * and for the client's list what it was and where it lives in the portal.
 */
export function outcomesSql(scope: TProgressScope) {
  return Prisma.sql`
    SELECT t."startedAt" AS at, lower(t."fearedOutcome"::text) AS outcome,
      t."predictionConfidence" AS likelihood, t.prediction AS label,
      '/portal/ladders/' || a.id || '/steps/' || t."stepId" AS href
    FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
    WHERE ${assignmentIn(scope)} AND t."completedAt" IS NOT NULL AND t."fearedOutcome" IS NOT NULL
    UNION ALL
    SELECT t."startedAt", 'stopped', t."predictionConfidence", t.prediction,
      '/portal/ladders/' || a.id || '/steps/' || t."stepId"
    FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
    WHERE ${assignmentIn(scope)} AND t."stoppedAt" IS NOT NULL
    UNION ALL
    SELECT s."submittedAt", s.answers ->> q.feared,
      CASE WHEN jsonb_typeof(s.answers -> q.likely) = 'number'
        THEN (s.answers ->> q.likely)::numeric::int END,
      a.title, '/portal/worksheets/' || o.id
    FROM "Submission" s
      JOIN "Occurrence" o ON o.id = s."occurrenceId"
      JOIN "Assignment" a ON a.id = o."assignmentId"
      CROSS JOIN LATERAL (
        SELECT f.field ->> 'id' AS feared,
          (SELECT g.field ->> 'id'
            FROM jsonb_array_elements(s.content -> 'fields') WITH ORDINALITY AS g(field, position)
            WHERE g.field ->> 'type' = 'scale' AND g.position < f.position
            ORDER BY g.position LIMIT 1) AS likely
        FROM jsonb_array_elements(s.content -> 'fields') WITH ORDINALITY AS f(field, position)
        WHERE f.field ->> 'type' = 'yes_no_partly' AND (f.field ->> 'fearedOutcome')::boolean
        ORDER BY f.position LIMIT 1
      ) q
    WHERE ${assignmentIn(scope)} AND ${answersVisible(scope)} AND a.kind = 'WORKSHEET'
      AND s.answers ->> q.feared IN ('yes', 'no', 'partly', 'unknown')`;
}

/**
 * Feared outcomes per week (the last WEEKS_SHOWN) and, over all time, how likely each felt
 * beforehand against what happened. One query: two groupings of the same rows.
 */
export async function predictionProgress(
  scope: TProgressScope,
  calendar: TCalendar,
): Promise<{ weeks: TPredictionWeek[]; pairs: TPredictionPair[] }> {
  const { starts, since } = weeksOf(calendar);
  const week = sqlWeekStart(Prisma.sql`at`, calendar.timeZone, calendar.weekStartsOn);
  const rows = await db.$queryRaw<
    { week: string | null; outcome: string; likelihood: number | null; n: number }[]
  >`
    WITH outcome AS (${outcomesSql(scope)})
    SELECT CASE WHEN GROUPING(week) = 0 THEN week END AS week, outcome, likelihood, count(*)::int AS n
    FROM (SELECT ${week} AS week, outcome, likelihood, at >= ${since} AS recent FROM outcome) o
    GROUP BY GROUPING SETS ((week, outcome, recent), (outcome, likelihood))
    HAVING GROUPING(week) = 1 OR recent`;
  const weeks = starts.map((weekStart) => ({
    weekStart,
    ...(Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<TOutcome, number>),
    stopped: 0,
  }));
  const byStart = new Map(weeks.map((w) => [w.weekStart, w]));
  const pairs: TPredictionPair[] = [];
  for (const row of rows) {
    const outcome = row.outcome as TOutcome | "stopped";
    if (row.week !== null) {
      const bucket = byStart.get(row.week);
      if (bucket) bucket[outcome] += row.n;
    } else if (outcome !== "stopped" && row.likelihood !== null) {
      pairs.push({ likelihood: row.likelihood, outcome, count: row.n });
    }
  }
  pairs.sort((a, b) => a.likelihood - b.likelihood || a.outcome.localeCompare(b.outcome));
  return { weeks, pairs };
}

/** Due dates done and missed per week, the last WEEKS_SHOWN weeks. One query. */
export async function homeworkProgress(
  scope: TProgressScope,
  calendar: TCalendar,
): Promise<THomeworkWeek[]> {
  const { starts, since } = weeksOf(calendar);
  const week = sqlWeekStart(Prisma.sql`o."dueAt"`, calendar.timeZone, calendar.weekStartsOn);
  const rows = await db.$queryRaw<{ week: string; done: number; missed: number }[]>`
    SELECT ${week} AS week,
      count(*) FILTER (WHERE o.status = 'DONE')::int AS done,
      count(*) FILTER (WHERE o.status = 'OPEN')::int AS missed
    FROM "Occurrence" o JOIN "Assignment" a ON a.id = o."assignmentId"
    WHERE ${assignmentIn(scope)} AND o."dueAt" >= ${since}
      AND (o.status = 'DONE' OR (o.status = 'OPEN' AND o."dueAt" < ${calendar.now}))
    GROUP BY 1`;
  const counts = new Map(rows.map((r) => [r.week, r]));
  return starts.map((weekStart) => ({
    weekStart,
    done: counts.get(weekStart)?.done ?? 0,
    missed: counts.get(weekStart)?.missed ?? 0,
  }));
}

/** Every rating question of recurring worksheets, answer by answer over time. One query. */
export async function scaleProgress(scope: TProgressScope): Promise<TScaleSeries[]> {
  const rows = await db.$queryRaw<
    {
      assignmentId: string;
      title: string;
      fieldId: string;
      label: string;
      min: number;
      max: number;
      at: Date;
      value: number;
    }[]
  >`
    SELECT a.id AS "assignmentId", a.title, f.field ->> 'id' AS "fieldId",
      f.field ->> 'label' AS label, (f.field ->> 'min')::float8 AS min,
      (f.field ->> 'max')::float8 AS max, s."submittedAt" AS at,
      (s.answers ->> (f.field ->> 'id'))::float8 AS value
    FROM "Submission" s
      JOIN "Occurrence" o ON o.id = s."occurrenceId"
      JOIN "Assignment" a ON a.id = o."assignmentId"
      CROSS JOIN LATERAL jsonb_array_elements(s.content -> 'fields') WITH ORDINALITY AS f(field, position)
    WHERE ${assignmentIn(scope)} AND ${answersVisible(scope)}
      AND a.kind = 'WORKSHEET' AND a.schedule ->> 'kind' <> 'once'
      AND f.field ->> 'type' = 'scale'
      AND jsonb_typeof(s.answers -> (f.field ->> 'id')) = 'number'
    ORDER BY a."createdAt", a.id, f.field ->> 'id', s."submittedAt"`;
  const series = new Map<string, TScaleSeries>();
  for (const r of rows) {
    const key = `${r.assignmentId} ${r.fieldId}`;
    let one = series.get(key);
    if (!one) {
      one = { ...r, points: [] };
      series.set(key, one);
    }
    one.points.push({ at: r.at, value: r.value });
  }
  return [...series.values()].map(({ assignmentId, title, fieldId, label, min, max, points }) => ({
    assignmentId,
    title,
    fieldId,
    label,
    min,
    max,
    points,
  }));
}

/**
 * The therapist's progress page for one client: a client without an ACTIVE care link to them
 * is NOT_FOUND, like one that does not exist. Five queries, each widget's in parallel.
 */
export async function getClientProgress(
  therapist: Pick<TTherapistActor, "userId" | "timeZone">,
  { clientId, weekStartsOn }: TClientProgressRequest,
  now = new Date(),
): Promise<TClientProgress> {
  const client = await db.user.findFirst({
    where: linkedClientWhere(therapist.userId, clientId, "read"),
    select: { id: true, name: true },
  });
  if (!client) throw notFound("client");
  const scope = { clientId, therapistId: therapist.userId };
  const calendar = { timeZone: therapist.timeZone, weekStartsOn, now };
  const [ladders, predictions, homework, scales] = await Promise.all([
    ladderProgress(scope),
    predictionProgress(scope, calendar),
    homeworkProgress(scope, calendar),
    scaleProgress(scope),
  ]);
  return {
    client,
    timeZone: therapist.timeZone,
    weekStartsOn,
    ladders,
    predictions,
    homework,
    scales,
  };
}
