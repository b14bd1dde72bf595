/**
 * The therapist's dashboard at size: one therapist ("tbig") with 200 active clients, each with 20
 * daily worksheets of 30 due dates (the last 30 days: most done and submitted, 1 in 7 missed,
 * the last 3 days' submissions still waiting for review) and a ladder of 15 finished attempts;
 * every tenth client has an open flag. Client "b1" also has a year of history: a daily
 * prediction log (365 due dates, submitted) and 120 ladder attempts.
 *
 * Measured: the caseload's first page and the client progress page (its charts and the first
 * page of its timeline), as the app reads them, next to hand-written SQL over bare `pg` that
 * returns the same figures (checked equal before timing).
 */
import type pg from "pg";
import { distressDirection } from "../src/features/clients/policy";
import type { TCaseloadEntry } from "../src/features/clients/schema";
import { getBuiltinTemplate } from "../src/features/templates/builtins";
import { ZWorksheetBodySchema } from "../src/features/templates/schema";

export const BIG_THERAPIST = "tbig";
export const BIG_CLIENTS = 200;
export const YEAR_CLIENT = "b1";
export const BIG_ZONE = "Europe/London";

const CHECK_IN = ZWorksheetBodySchema.parse({
  fields: [
    {
      id: "felt_safe",
      type: "scale",
      label: "How safe did you feel with the people close to you?",
      required: true,
      min: 0,
      max: 10,
      step: 1,
      minLabel: "Not at all",
      maxLabel: "Completely",
    },
    { id: "note", type: "short_text", label: "One word for today", required: false },
  ],
});
const PREDICTION_LOG = ZWorksheetBodySchema.parse({
  fields: [
    {
      id: "how_sure",
      type: "scale",
      label: "How sure are you that it will happen?",
      required: true,
      min: 0,
      max: 100,
      step: 5,
      minLabel: "Not at all",
      maxLabel: "Completely",
    },
    {
      id: "confirmed",
      type: "yes_no_partly",
      label: "Did what you feared come true?",
      required: true,
      fearedOutcome: true,
    },
  ],
});

/** Seeds the dashboard's therapist and clients (bulk, before the bench's indexes are built). */
export async function seedDashboard(db: pg.Client, now: Date) {
  const ladder = JSON.stringify(getBuiltinTemplate("trust-ladder")!.body);
  const at = now.toISOString();
  const schedule = (days: number) =>
    JSON.stringify({
      kind: "daily",
      startDate: new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10),
      dueTime: "20:00",
      end: { type: "until", date: now.toISOString().slice(0, 10) },
    });
  await db.query(
    `INSERT INTO "User" (id, email, name, role, "timeZone", "updatedAt")
     VALUES ($1, 'big@bench.test', 'Therapist Big', 'THERAPIST', $2, now())`,
    [BIG_THERAPIST, BIG_ZONE],
  );
  await db.query(
    `INSERT INTO "User" (id, email, name, role, "timeZone", "updatedAt")
     SELECT 'b' || g, 'big' || g || '@bench.test', 'Big client ' || lpad(g::text, 3, '0'),
       'CLIENT', $2, now() FROM generate_series(1, $1::int) g`,
    [BIG_CLIENTS, BIG_ZONE],
  );
  await db.query(
    `INSERT INTO "CareLink" (id, "therapistId", "clientId", status, "createdAt")
     SELECT 'bl' || g, $1, 'b' || g, 'ACTIVE', $3::timestamp - interval '60 days'
     FROM generate_series(1, $2::int) g`,
    [BIG_THERAPIST, BIG_CLIENTS, at],
  );
  // 20 daily check-ins per client, 30 due dates each.
  await db.query(
    `INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateVersion", kind, title,
       content, "timeZone", "startsAt", schedule, status, "createdAt", "updatedAt")
     SELECT 'bw' || c || '-' || k, $1, 'b' || c, 1, 'WORKSHEET', 'Check-in ' || k, $2::jsonb, $5,
       $3::timestamp - interval '31 days', $4::jsonb, 'ACTIVE',
       $3::timestamp - interval '31 days' + make_interval(secs => k), now()
     FROM generate_series(1, $6::int) c, generate_series(1, 20) k`,
    [BIG_THERAPIST, JSON.stringify(CHECK_IN), at, schedule(30), BIG_ZONE, BIG_CLIENTS],
  );
  await db.query(
    `INSERT INTO "Occurrence" (id, "assignmentId", "dueAt", status)
     SELECT 'bo' || c || '-' || k || '-' || d, 'bw' || c || '-' || k,
       $1::timestamp - make_interval(days => d, mins => k * 7),
       (CASE WHEN (c + k + d) % 7 = 0 THEN 'OPEN' ELSE 'DONE' END)::"OccurrenceStatus"
     FROM generate_series(1, $2::int) c, generate_series(1, 20) k, generate_series(1, 30) d`,
    [at, BIG_CLIENTS],
  );
  await db.query(
    `INSERT INTO "Submission" (id, "occurrenceId", "clientId", content, answers, status,
       "submittedAt", "createdAt", "updatedAt", "reviewedAt")
     SELECT 'bs' || substr(o.id, 3), o.id, a."clientId", a.content,
       jsonb_build_object('felt_safe', (length(o.id) + extract(day FROM o."dueAt")::int) % 11),
       'SUBMITTED', o."dueAt" - interval '1 hour', o."dueAt" - interval '1 hour',
       o."dueAt" - interval '1 hour',
       CASE WHEN o."dueAt" < $2::timestamp - interval '3 days' THEN o."dueAt" + interval '1 day' END
     FROM "Occurrence" o JOIN "Assignment" a ON a.id = o."assignmentId"
     WHERE a."therapistId" = $1 AND o.status = 'DONE'`,
    [BIG_THERAPIST, at],
  );
  // A ladder each: steps 1 and 2 mastered, 15 attempts over the month (the newest unreviewed).
  await db.query(
    `INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateVersion", kind, title,
       content, "timeZone", "startsAt", status, "createdAt", "updatedAt")
     SELECT 'bld' || c, $1, 'b' || c, 1, 'LADDER', 'Trust ladder', $2::jsonb, $4,
       $3::timestamp - interval '40 days', 'ACTIVE', $3::timestamp - interval '40 days', now()
     FROM generate_series(1, $5::int) c`,
    [BIG_THERAPIST, ladder, at, BIG_ZONE, BIG_CLIENTS],
  );
  await db.query(
    `INSERT INTO "MasteredStep" (id, "assignmentId", "stepId", "markedById", "masteredAt")
     SELECT 'bm' || c || '-' || s, 'bld' || c, ($2::jsonb -> 'steps' -> (s - 1)) ->> 'id', $1,
       $3::timestamp - make_interval(days => 30 - s * 10)
     FROM generate_series(1, $4::int) c, generate_series(1, 2) s`,
    [BIG_THERAPIST, ladder, at, BIG_CLIENTS],
  );
  await attempts(db, {
    ladder,
    at,
    clients: `SELECT g::text FROM generate_series(1, ${BIG_CLIENTS}) g`,
    count: 15,
    spacingDays: 2,
  });
  // The year client: a daily prediction log for a year, and a ladder practised all year.
  await db.query(
    `INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateVersion", kind, title,
       content, "timeZone", "startsAt", schedule, status, "createdAt", "updatedAt")
     VALUES ('byear', $1, $2, 1, 'WORKSHEET', 'Prediction log', $3::jsonb, $6,
       $4::timestamp - interval '366 days', $5::jsonb, 'ACTIVE',
       $4::timestamp - interval '366 days', now())`,
    [BIG_THERAPIST, YEAR_CLIENT, JSON.stringify(PREDICTION_LOG), at, schedule(365), BIG_ZONE],
  );
  await db.query(
    `INSERT INTO "Occurrence" (id, "assignmentId", "dueAt", status)
     SELECT 'byo' || d, 'byear', $1::timestamp - make_interval(days => d), 'DONE'
     FROM generate_series(1, 365) d`,
    [at],
  );
  await db.query(
    `INSERT INTO "Submission" (id, "occurrenceId", "clientId", content, answers, status,
       "submittedAt", "createdAt", "updatedAt", "reviewedAt")
     SELECT 'bys' || d, 'byo' || d, $2, $3::jsonb,
       jsonb_build_object('how_sure', (d * 5) % 105,
         'confirmed', (ARRAY['no', 'no', 'partly', 'yes', 'unknown'])[1 + d % 5]),
       'SUBMITTED', $1::timestamp - make_interval(days => d) - interval '1 hour',
       $1::timestamp - make_interval(days => d) - interval '1 hour',
       $1::timestamp - make_interval(days => d) - interval '1 hour',
       $1::timestamp - make_interval(days => d) + interval '1 day'
     FROM generate_series(1, 365) d`,
    [at, YEAR_CLIENT, JSON.stringify(PREDICTION_LOG)],
  );
  await db.query(
    `INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateVersion", kind, title,
       content, "timeZone", "startsAt", status, "createdAt", "updatedAt")
     VALUES ('byl', $1, $2, 1, 'LADDER', 'Trust ladder, the first year', $3::jsonb, $5,
       $4::timestamp - interval '370 days', 'ACTIVE', $4::timestamp - interval '370 days', now())`,
    [BIG_THERAPIST, YEAR_CLIENT, ladder, at, BIG_ZONE],
  );
  await attempts(db, { ladder, at, clients: "SELECT 'year'", count: 120, spacingDays: 3 });
  await db.query(
    `INSERT INTO "Flag" (id, "clientId", "therapistId", kind, reason, "createdAt")
     SELECT 'bf' || c, 'b' || c, $1, 'HIGH_DISTRESS',
       'distress stayed at 80 after step 3 on 1 Dec', $2::timestamp - make_interval(hours => c)
     FROM generate_series(10, $3::int, 10) c`,
    [BIG_THERAPIST, at, BIG_CLIENTS],
  );
}

/**
 * `count` finished attempts per ladder, `spacingDays` apart, newest first: the newest on the
 * current step (3), older ones on steps 2 and 1; every 6th stopped; the newest not reviewed.
 * `clients` is a SELECT of one text column: a client's number ("bld" || it), or 'year'.
 */
async function attempts(
  db: pg.Client,
  o: { ladder: string; at: string; clients: string; count: number; spacingDays: number },
) {
  await db.query(
    `INSERT INTO "StepAttempt" (id, "assignmentId", "stepId", "clientId", prediction,
       "predictionConfidence", "distressBefore", "peakDistress", "afterDistress", "fearedOutcome",
       "startedAt", "completedAt", "stoppedAt", "reviewedAt")
     SELECT 'bt' || x.c || '-' || j,
       CASE WHEN x.c = 'year' THEN 'byl' ELSE 'bld' || x.c END,
       ($1::jsonb -> 'steps' -> (CASE WHEN j <= ${o.count / 3} THEN 2
                                      WHEN j <= ${(2 * o.count) / 3} THEN 1 ELSE 0 END)) ->> 'id',
       CASE WHEN x.c = 'year' THEN '${YEAR_CLIENT}' ELSE 'b' || x.c END,
       'They will mind', 40 + (j * 7) % 60, 60,
       CASE WHEN j % 6 = 0 THEN NULL ELSE 70 END,
       CASE WHEN j % 6 = 0 THEN NULL ELSE 20 + (j * 13) % 60 END,
       CASE WHEN j % 6 = 0 THEN NULL
         ELSE (ARRAY['NO', 'NO', 'PARTLY', 'YES', 'UNKNOWN'])[1 + j % 5]::"FearedOutcome" END,
       t.started, CASE WHEN j % 6 = 0 THEN NULL ELSE t.started + interval '1 hour' END,
       CASE WHEN j % 6 = 0 THEN t.started + interval '1 hour' END,
       CASE WHEN j > 1 THEN t.started + interval '1 day' END
     FROM (${o.clients}) x(c), generate_series(1, ${o.count}) j
     CROSS JOIN LATERAL (SELECT $2::timestamp - make_interval(days => j * ${o.spacingDays}) AS started) t`,
    [o.ladder, o.at],
  );
}

type TQuery = (text: string, values: unknown[]) => Promise<pg.QueryResult>;

/**
 * The caseload's first page as hand-written SQL: the order's keys for the whole caseload by
 * GROUP BY over the (clientId, reviewedAt) and flag indexes, the page cut, then each figure for
 * the page's 20 rows only. (Aggregating every figure over the whole caseload first, the obvious
 * way, took about half a second here: 120,000 due dates read per page.)
 */
export async function baselineCaseload(
  query: TQuery,
  therapistId: string,
  now: Date,
): Promise<TCaseloadEntry[]> {
  const since7 = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const since30 = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const { rows } = await query(
    `WITH mine AS (
       SELECT u.id, u.name, u.email, l."createdAt" AS "linkedAt"
       FROM "CareLink" l JOIN "User" u ON u.id = l."clientId"
       WHERE l."therapistId" = $1 AND l.status = 'ACTIVE' AND u.role = 'CLIENT'
     ), flags AS (
       SELECT "clientId", count(*)::int AS n,
         (array_agg(reason ORDER BY "createdAt" DESC))[1] AS reason
       FROM "Flag" WHERE "therapistId" = $1 AND "acknowledgedAt" IS NULL GROUP BY 1
     ), waiting AS (
       SELECT client, count(*)::int AS n FROM (
         SELECT s."clientId" AS client FROM mine m
           JOIN "Submission" s ON s."clientId" = m.id AND s."reviewedAt" IS NULL
           JOIN "Occurrence" o ON o.id = s."occurrenceId"
           JOIN "Assignment" a ON a.id = o."assignmentId"
         WHERE a."therapistId" = $1 AND s.status = 'SUBMITTED'
           AND (NOT s.private OR s."sharedAt" IS NOT NULL)
         UNION ALL
         SELECT t."clientId" FROM mine m
           JOIN "StepAttempt" t ON t."clientId" = m.id AND t."reviewedAt" IS NULL
           JOIN "Assignment" a ON a.id = t."assignmentId"
         WHERE a."therapistId" = $1 AND (t."completedAt" IS NOT NULL OR t."stoppedAt" IS NOT NULL)
       ) w GROUP BY 1
     ), page AS (
       SELECT m.*, coalesce(f.n, 0) AS "openFlags", f.reason, coalesce(w.n, 0) AS waiting
       FROM mine m LEFT JOIN flags f ON f."clientId" = m.id LEFT JOIN waiting w ON w.client = m.id
       ORDER BY coalesce(f.n, 0) > 0 DESC, coalesce(w.n, 0) DESC, m.name, m.id
       LIMIT 20
     )
     SELECT p.*, greatest(sv.at, pr.at) AS "lastActivityAt", d.*, od.overdue, l.id AS "ladderId",
       l.title AS "ladderTitle", jsonb_array_length(l.content -> 'steps') AS "ladderSteps",
       cur.position::int AS "currentStep",
       (SELECT array_agg(r."afterDistress" ORDER BY r."completedAt") FROM (
          SELECT t."afterDistress", t."completedAt" FROM "StepAttempt" t
          WHERE t."assignmentId" = l.id AND t."stepId" = cur.step_id
            AND t."completedAt" IS NOT NULL AND t."afterDistress" IS NOT NULL
          ORDER BY t."completedAt" DESC LIMIT 3) r) AS "recentAfter"
     FROM page p
     LEFT JOIN LATERAL (
       SELECT count(*) FILTER (WHERE o."dueAt" >= $3 AND o.status <> 'CANCELLED')::int AS due7,
         count(*) FILTER (WHERE o."dueAt" >= $3 AND o.status = 'DONE')::int AS done7,
         count(*) FILTER (WHERE o.status <> 'CANCELLED')::int AS due30,
         count(*) FILTER (WHERE o.status = 'DONE')::int AS done30
       FROM "Assignment" a JOIN "Occurrence" o ON o."assignmentId" = a.id
       WHERE a."therapistId" = $1 AND a."clientId" = p.id AND o."dueAt" >= $4 AND o."dueAt" < $2
     ) d ON TRUE
     LEFT JOIN LATERAL (
       SELECT count(*)::int AS overdue
       FROM "Assignment" a JOIN "Occurrence" o ON o."assignmentId" = a.id
       WHERE a."therapistId" = $1 AND a."clientId" = p.id AND a.status = 'ACTIVE'
         AND o.status = 'OPEN' AND o."dueAt" < $2
     ) od ON TRUE
     LEFT JOIN LATERAL (
       SELECT max(s."updatedAt") AS at FROM "Submission" s
         JOIN "Occurrence" o ON o.id = s."occurrenceId"
         JOIN "Assignment" a ON a.id = o."assignmentId"
       WHERE s."clientId" = p.id AND a."therapistId" = $1
     ) sv ON TRUE
     LEFT JOIN LATERAL (
       SELECT max(greatest(t."startedAt", t."completedAt", t."stoppedAt")) AS at
       FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
       WHERE t."clientId" = p.id AND a."therapistId" = $1
     ) pr ON TRUE
     LEFT JOIN LATERAL (
       SELECT a.id, a.title, a.content FROM "Assignment" a
       WHERE a."therapistId" = $1 AND a."clientId" = p.id AND a.kind = 'LADDER'
         AND a.status = 'ACTIVE'
       ORDER BY (SELECT max(t."startedAt") FROM "StepAttempt" t WHERE t."assignmentId" = a.id)
         DESC NULLS LAST, a."createdAt" DESC
       LIMIT 1
     ) l ON TRUE
     LEFT JOIN LATERAL (
       SELECT e.position, e.step ->> 'id' AS step_id
       FROM jsonb_array_elements(l.content -> 'steps') WITH ORDINALITY AS e(step, position)
       WHERE NOT EXISTS (SELECT 1 FROM "MasteredStep" m
                         WHERE m."assignmentId" = l.id AND m."stepId" = e.step ->> 'id')
       ORDER BY e.position LIMIT 1
     ) cur ON TRUE
     ORDER BY p."openFlags" > 0 DESC, p.waiting DESC, p.name, p.id`,
    [therapistId, now.toISOString(), since7, since30],
  );
  return rows.map((r) => ({
    clientId: r.id,
    name: r.name,
    email: r.email,
    linkedAt: r.linkedAt,
    lastActivityAt: r.lastActivityAt,
    last7Days: { done: r.done7 ?? 0, due: r.due7 ?? 0 },
    last30Days: { done: r.done30 ?? 0, due: r.due30 ?? 0 },
    overdue: r.overdue,
    ladder: r.ladderId
      ? {
          assignmentId: r.ladderId,
          title: r.ladderTitle,
          steps: r.ladderSteps,
          currentStep: r.currentStep,
          direction: distressDirection(r.recentAfter ?? []),
        }
      : null,
    waiting: r.waiting,
    openFlags: r.openFlags,
    latestFlagReason: r.reason ?? null,
  }));
}

/**
 * A read's plans, as EXPLAIN ANALYZE ran its statements: each table and how it was read, so a
 * sequential scan of a big table (a missing index) shows.
 */
export async function printPlans(
  label: string,
  pool: pg.Pool,
  sent: { statements: string[]; params: string[] },
) {
  console.log(`${label} plan (EXPLAIN ANALYZE): how each table is read, and how often`);
  for (const [i, statement] of sent.statements.entries()) {
    const values = JSON.parse(sent.params[i] ?? "[]") as unknown[];
    const { rows } = await pool.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${statement}`,
      values,
    );
    const reads = new Map<string, number>();
    for (const { "QUERY PLAN": line } of rows) {
      const scan = /(\w[\w ]*Scan)(?: using (\S+))? on "?(\w+)"?/.exec(line);
      if (!scan) continue;
      const loops = Number(/loops=(\d+)/.exec(line)?.[1] ?? 1);
      const key = `${scan[3]}: ${scan[1]}${scan[2] ? ` (${scan[2]})` : ""}`;
      reads.set(key, (reads.get(key) ?? 0) + loops);
    }
    for (const [read, loops] of [...reads].sort()) {
      console.log(`  ${read}${loops > 1 ? `, ${loops} times` : ""}`);
    }
    // Planning is paid on every run too: the app's statements are not prepared.
    const timeOf = (what: string) =>
      rows
        .map((r) => new RegExp(`${what} Time: ([\\d.]+) ms`).exec(r["QUERY PLAN"])?.[1])
        .find(Boolean);
    console.log(`  planned in ${timeOf("Planning")} ms, ran in ${timeOf("Execution")} ms`);
  }
}
