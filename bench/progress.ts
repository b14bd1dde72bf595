/**
 * The client progress page as hand-written SQL over bare `pg`: one query per chart and one for
 * the timeline's first page, sent in parallel, mapped to the app's shapes so the two can be
 * compared figure for figure.
 */
import type pg from "pg";
import { encodeCursor } from "../src/lib/cursor";
import { zonedWallTimeToUtc } from "../src/lib/dates";
import { recentWeekStarts, type TWeekday } from "../src/lib/weeks";
import {
  LADDERS_SHOWN,
  TIMELINE_PAGE_SIZE,
  WEEKS_SHOWN,
  type TClientProgress,
  type TOutcome,
  type TTimelineItem,
} from "../src/features/progress/schema";

type TQuery = (text: string, values: unknown[]) => Promise<pg.QueryResult>;
type TFigures = Pick<TClientProgress, "ladders" | "predictions" | "homework" | "scales">;
/** JSON built in SQL holds timestamp(3) as UTC wall-clock text without a zone. */
const utc = (text: string) => new Date(`${text}Z`);

export async function baselineProgress(
  query: TQuery,
  therapistId: string,
  clientId: string,
  calendar: { timeZone: string; weekStartsOn: TWeekday; now: Date },
): Promise<{ figures: TFigures; timeline: { items: TTimelineItem[]; nextCursor: string | null } }> {
  const { timeZone, weekStartsOn, now } = calendar;
  const starts = recentWeekStarts(now, timeZone, weekStartsOn, WEEKS_SHOWN);
  const since = zonedWallTimeToUtc(starts[0]!, "00:00", timeZone).toISOString();
  const week = (column: string) =>
    `to_char(date_trunc('week', (${column} AT TIME ZONE 'UTC' AT TIME ZONE $3) - make_interval(days => $4::int)) + make_interval(days => $4::int), 'YYYY-MM-DD')`;
  const scope = [therapistId, clientId, timeZone, weekStartsOn - 1, since, now.toISOString()];
  const [ladders, outcomes, homework, scales, timeline] = await Promise.all([
    query(
      `SELECT a.id, a.title, a.content,
         (SELECT json_agg(json_build_object('stepId', m."stepId", 'at', m."masteredAt"))
          FROM "MasteredStep" m WHERE m."assignmentId" = a.id) AS mastered,
         (SELECT json_agg(json_build_object('stepId', t."stepId", 'at', t."startedAt",
                   'before', t."distressBefore", 'peak', t."peakDistress",
                   'after', t."afterDistress", 'stopped', t."stoppedAt" IS NOT NULL)
                 ORDER BY t."startedAt", t.id)
          FROM "StepAttempt" t WHERE t."assignmentId" = a.id
            AND (t."completedAt" IS NOT NULL OR t."stoppedAt" IS NOT NULL)) AS attempts
       FROM "Assignment" a
       WHERE a."therapistId" = $1 AND a."clientId" = $2 AND a.kind = 'LADDER'
         AND a.status <> 'ENDED'
       ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${LADDERS_SHOWN}`,
      [therapistId, clientId],
    ),
    query(
      `WITH outcome AS (
         SELECT t."startedAt" AS at,
           CASE WHEN t."stoppedAt" IS NOT NULL THEN 'stopped' ELSE lower(t."fearedOutcome"::text) END AS outcome,
           t."predictionConfidence" AS likelihood
         FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
         WHERE a."therapistId" = $1 AND a."clientId" = $2
           AND (t."stoppedAt" IS NOT NULL OR (t."completedAt" IS NOT NULL AND t."fearedOutcome" IS NOT NULL))
         UNION ALL
         SELECT s."submittedAt", s.answers ->> q.feared, (s.answers ->> q.likely)::numeric::int
         FROM "Submission" s
           JOIN "Occurrence" o ON o.id = s."occurrenceId"
           JOIN "Assignment" a ON a.id = o."assignmentId",
           LATERAL (
             SELECT f.field ->> 'id' AS feared,
               (SELECT g.field ->> 'id' FROM jsonb_array_elements(s.content -> 'fields')
                  WITH ORDINALITY g(field, n)
                WHERE g.field ->> 'type' = 'scale' AND g.n < f.n ORDER BY g.n LIMIT 1) AS likely
             FROM jsonb_array_elements(s.content -> 'fields') WITH ORDINALITY f(field, n)
             WHERE f.field ->> 'type' = 'yes_no_partly' AND (f.field ->> 'fearedOutcome')::boolean
             ORDER BY f.n LIMIT 1) q
         WHERE a."therapistId" = $1 AND a."clientId" = $2 AND a.kind = 'WORKSHEET'
           AND s.status = 'SUBMITTED' AND (NOT s.private OR s."sharedAt" IS NOT NULL)
           AND s.answers ->> q.feared IN ('yes', 'no', 'partly', 'unknown')
       )
       SELECT ${week("at")} AS week, outcome, NULL::int AS likelihood, count(*)::int AS n
       FROM outcome WHERE at >= $5 GROUP BY 1, 2
       UNION ALL
       SELECT NULL, outcome, likelihood, count(*)::int FROM outcome
       WHERE outcome <> 'stopped' AND likelihood IS NOT NULL GROUP BY 2, 3`,
      scope.slice(0, 5),
    ),
    query(
      `SELECT ${week('o."dueAt"')} AS week,
         count(*) FILTER (WHERE o.status = 'DONE')::int AS done,
         count(*) FILTER (WHERE o.status = 'OPEN')::int AS missed
       FROM "Occurrence" o JOIN "Assignment" a ON a.id = o."assignmentId"
       WHERE a."therapistId" = $1 AND a."clientId" = $2 AND o."dueAt" >= $5
         AND (o.status = 'DONE' OR (o.status = 'OPEN' AND o."dueAt" < $6))
       GROUP BY 1`,
      scope,
    ),
    query(
      `SELECT a.id AS "assignmentId", a.title, f.field ->> 'id' AS "fieldId",
         f.field ->> 'label' AS label, (f.field ->> 'min')::float8 AS min,
         (f.field ->> 'max')::float8 AS max,
         json_agg(json_build_object('at', s."submittedAt",
           'value', (s.answers ->> (f.field ->> 'id'))::float8) ORDER BY s."submittedAt") AS points
       FROM "Submission" s
         JOIN "Occurrence" o ON o.id = s."occurrenceId"
         JOIN "Assignment" a ON a.id = o."assignmentId",
         jsonb_array_elements(s.content -> 'fields') f(field)
       WHERE a."therapistId" = $1 AND a."clientId" = $2 AND a.kind = 'WORKSHEET'
         AND a.schedule ->> 'kind' <> 'once' AND s.status = 'SUBMITTED'
         AND (NOT s.private OR s."sharedAt" IS NOT NULL) AND f.field ->> 'type' = 'scale'
         AND jsonb_typeof(s.answers -> (f.field ->> 'id')) = 'number'
       GROUP BY a.id, a."createdAt", a.title, 3, 4, 5, 6
       ORDER BY a."createdAt", a.id, 3`,
      [therapistId, clientId],
    ),
    query(
      `SELECT * FROM (
         SELECT 'submission' AS kind, s.id, coalesce(s."submittedAt", s."beforeSubmittedAt") AS at,
           a.title, s.private AND s."sharedAt" IS NULL AS private, s.status <> 'SUBMITTED' AS part,
           s."reviewedAt" IS NOT NULL AS reviewed,
           EXISTS (SELECT 1 FROM "Feedback" f WHERE f."submissionId" = s.id) AS feedback,
           NULL AS detail, a.id AS assignment, NULL AS step
         FROM "Submission" s JOIN "Occurrence" o ON o.id = s."occurrenceId"
           JOIN "Assignment" a ON a.id = o."assignmentId"
         WHERE a."therapistId" = $1 AND s."clientId" = $2
           AND (s.status = 'SUBMITTED' OR s."beforeSubmittedAt" IS NOT NULL)
         UNION ALL
         SELECT 'attempt', t.id, coalesce(t."completedAt", t."stoppedAt"),
           coalesce((SELECT e ->> 'title' FROM jsonb_array_elements(a.content -> 'steps') e
                     WHERE e ->> 'id' = t."stepId" LIMIT 1), a.title),
           false, false, t."reviewedAt" IS NOT NULL,
           EXISTS (SELECT 1 FROM "Feedback" f WHERE f."attemptId" = t.id),
           CASE WHEN t."stoppedAt" IS NOT NULL THEN 'stopped'
             ELSE 'distress ' || t."distressBefore" || ' before, ' || t."afterDistress" || ' after' END,
           a.id, t."stepId"
         FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
         WHERE a."therapistId" = $1 AND t."clientId" = $2
           AND (t."completedAt" IS NOT NULL OR t."stoppedAt" IS NOT NULL)
       ) work ORDER BY at DESC, id DESC LIMIT ${TIMELINE_PAGE_SIZE + 1}`,
      [therapistId, clientId],
    ),
  ]);

  const figures: TFigures = {
    ladders: ladders.rows.map((l) => {
      const mastered = new Map<string, Date>(
        (l.mastered ?? []).map((m: { stepId: string; at: string }) => [m.stepId, utc(m.at)]),
      );
      type TA = {
        stepId: string;
        at: string;
        before: number;
        peak: number | null;
        after: number | null;
        stopped: boolean;
      };
      const attempts: TA[] = l.attempts ?? [];
      const steps = l.content.steps as { id: string; title: string; expectedDistress: number }[];
      return {
        assignmentId: l.id,
        title: l.title,
        targetDistress: l.content.targetDistress ?? 30,
        steps: steps.map((s, i) => ({
          id: s.id,
          title: s.title,
          position: i + 1,
          expectedDistress: s.expectedDistress,
          masteredAt: mastered.get(s.id) ?? null,
          attempts: attempts
            .filter((a) => a.stepId === s.id)
            .map((a) => ({
              at: utc(a.at),
              before: a.before,
              peak: a.stopped ? null : a.peak,
              after: a.stopped ? null : a.after,
              stopped: a.stopped,
            })),
        })),
      };
    }),
    predictions: { weeks: [], pairs: [] },
    homework: starts.map((weekStart) => {
      const row = homework.rows.find((r) => r.week === weekStart);
      return { weekStart, done: row?.done ?? 0, missed: row?.missed ?? 0 };
    }),
    scales: scales.rows.map((r) => ({
      assignmentId: r.assignmentId,
      title: r.title,
      fieldId: r.fieldId,
      label: r.label,
      min: r.min,
      max: r.max,
      points: r.points.map((p: { at: string; value: number }) => ({
        at: utc(p.at),
        value: p.value,
      })),
    })),
  };
  const weeks = starts.map((weekStart) => ({
    weekStart,
    no: 0,
    partly: 0,
    yes: 0,
    unknown: 0,
    stopped: 0,
  }));
  for (const r of outcomes.rows) {
    if (r.week !== null) {
      const w = weeks.find((x) => x.weekStart === r.week);
      if (w) w[r.outcome as TOutcome | "stopped"] += r.n;
    } else {
      figures.predictions.pairs.push({ likelihood: r.likelihood, outcome: r.outcome, count: r.n });
    }
  }
  figures.predictions.weeks = weeks;
  figures.predictions.pairs.sort(
    (a, b) => a.likelihood - b.likelihood || a.outcome.localeCompare(b.outcome),
  );

  const shown = timeline.rows.slice(0, TIMELINE_PAGE_SIZE);
  const last = shown.at(-1);
  return {
    figures,
    timeline: {
      items: shown.map((r) => ({
        kind: r.kind,
        id: r.id,
        at: r.at,
        title: r.title,
        detail: r.part ? "prediction made, the rest to come" : r.detail,
        state: r.private
          ? "private"
          : r.part
            ? "part"
            : r.feedback
              ? "feedback"
              : r.reviewed
                ? "reviewed"
                : "waiting",
        href:
          r.kind === "submission"
            ? `/therapist/submissions/${r.id}`
            : `/therapist/ladders/${r.assignment}/steps/${r.step}`,
      })),
      nextCursor:
        timeline.rows.length > TIMELINE_PAGE_SIZE && last ? encodeCursor([last.at, last.id]) : null,
    },
  };
}
