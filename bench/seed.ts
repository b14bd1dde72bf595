import pg from "pg";
import { seedDashboard } from "./dashboard";
import { ZScheduleSchema } from "../src/features/assignments/recurrence";
import { BUILTIN_TEMPLATES } from "../src/features/templates/builtins";
import {
  type TWorksheetBody,
  ZLadderBodySchema,
  ZWorksheetBodySchema,
} from "../src/features/templates/schema";
import type { TAnswers } from "../src/features/worksheets/answer-rules";
import { buildAnswersSchema } from "../src/features/worksheets/answers";

export const THERAPISTS = 200;
export const CLIENTS_PER_THERAPIST = 30;
export const CLIENTS = THERAPISTS * CLIENTS_PER_THERAPIST;
/** Client `c{g}` lives in TIME_ZONES[g % 3]: due times are wall-clock times there. */
export const TIME_ZONES = ["UTC", "Europe/Berlin", "America/New_York"] as const;
export const clientTimeZone = (g: number) => TIME_ZONES[g % TIME_ZONES.length]!;

/**
 * Each client's homework: three daily worksheets (6 weeks from 14 days ago, planned 14 days
 * ahead as the app does: past days' mostly DONE with a SUBMITTED copy, about 1 in 7 missed and
 * still OPEN, a third of those with a draft; today's still OPEN, a quarter of them started) and
 * one trust ladder with 10 practice attempts (the last left open for a fifth of clients), the
 * first `g % 4` steps mastered. The therapist left feedback on a quarter of the submissions and
 * a third of the attempts; what is less than 3 days old is unseen.
 */
const WORKSHEET_DUE_TIMES = ["08:00", "13:00", "20:00"];

/** An answer to every question, as the submit form would accept it. */
function sampleAnswers(body: TWorksheetBody, today: string): TAnswers {
  const answers: TAnswers = {};
  for (const field of body.fields) {
    switch (field.type) {
      case "short_text":
        answers[field.id] = "A bit tense";
        break;
      case "long_text":
        answers[field.id] =
          "I noticed the worry, waited before reacting, and it eased after a while.";
        break;
      case "scale":
        answers[field.id] =
          field.min + field.step * Math.floor((field.max - field.min) / field.step / 2);
        break;
      case "single_choice":
        answers[field.id] = field.options[0]!.id;
        break;
      case "multi_choice":
      case "checklist":
        answers[field.id] = [field.options[0]!.id];
        break;
      case "yes_no_partly":
        answers[field.id] = "partly";
        break;
      case "date":
        answers[field.id] = today;
        break;
    }
  }
  return buildAnswersSchema(body, "submit").parse(answers) as TAnswers;
}

async function seedCaseload(db: pg.Client) {
  const zones = `ARRAY[${TIME_ZONES.map((z) => `'${z}'`).join(", ")}]`;
  await db.query(`
    INSERT INTO "User" (id, email, name, role, "updatedAt")
    SELECT 't' || g, 'therapist' || g || '@bench.test', 'Therapist ' || g, 'THERAPIST', now()
    FROM generate_series(1, ${THERAPISTS}) g;
    INSERT INTO "User" (id, email, name, role, "timeZone", "updatedAt")
    SELECT 'c' || g, 'client' || g || '@bench.test', 'Client ' || lpad(g::text, 6, '0'), 'CLIENT',
           (${zones})[1 + g % ${TIME_ZONES.length}], now()
    FROM generate_series(1, ${CLIENTS}) g;
    INSERT INTO "CareLink" (id, "therapistId", "clientId", status)
    SELECT 'l' || g, 't' || (1 + (g - 1) / ${CLIENTS_PER_THERAPIST}), 'c' || g,
           (CASE WHEN g % 10 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END)::"CareLinkStatus"
    FROM generate_series(1, ${CLIENTS}) g;`);
}

/** The built-in templates as rows, and which worksheet answers go with which template. */
async function seedTemplates(db: pg.Client, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const sheets: { id: string; answers: TAnswers }[] = [];
  for (const t of BUILTIN_TEMPLATES) {
    const body =
      t.kind === "WORKSHEET" ? ZWorksheetBodySchema.parse(t.body) : ZLadderBodySchema.parse(t.body);
    const id = `tpl-${t.key}`;
    await db.query(
      `INSERT INTO "Template" (id, "builtinKey", kind, title, summary, "whyItHelps", "howToUse", body, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [id, t.key, t.kind, t.title, t.summary, t.whyItHelps, t.howToUse, JSON.stringify(body)],
    );
    if (t.kind === "WORKSHEET") {
      sheets.push({ id, answers: sampleAnswers(ZWorksheetBodySchema.parse(t.body), today) });
    }
  }
  await db.query(`
    CREATE TEMP TABLE bench_sheet (n int PRIMARY KEY, template_id text, answers jsonb)`);
  await db.query(
    `INSERT INTO bench_sheet SELECT (x.ord - 1)::int, x.e->>'id', x.e->'answers'
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY x(e, ord)`,
    [JSON.stringify(sheets)],
  );
  return sheets.length;
}

async function seedHomework(db: pg.Client, now: Date) {
  await db.query(
    `CREATE TEMP TABLE bench_now AS SELECT $1::timestamptz AT TIME ZONE 'UTC' AS now`,
    [now],
  );
  const sheetCount = await seedTemplates(db, now);
  const dueTimes = WORKSHEET_DUE_TIMES.map((t, k) => `(${k}, '${t}')`).join(", ");
  // Timestamps are UTC wall-clock values (timestamp(3) columns, as Prisma writes them).
  await db.query(`
    CREATE TEMP TABLE bench_client AS
    SELECT g, 'c' || g AS id, 't' || (1 + (g - 1) / ${CLIENTS_PER_THERAPIST}) AS therapist,
           u."timeZone" AS tz, (n.now AT TIME ZONE 'UTC' AT TIME ZONE u."timeZone")::date AS today
    FROM generate_series(1, ${CLIENTS}) g JOIN "User" u ON u.id = 'c' || g CROSS JOIN bench_now n;

    INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateId", "templateVersion", kind,
      title, content, instructions, "whyItHelps", "timeZone", "startsAt", schedule, "plannedUntil",
      status, "createdAt", "updatedAt")
    SELECT 'a' || c.g || '-' || s.k, c.therapist, c.id, t.id, t.version, 'WORKSHEET', t.title, t.body,
           'Fill this in once a day, when the feeling is still fresh.', t."whyItHelps", c.tz,
           (c.today - 14)::timestamp AT TIME ZONE c.tz AT TIME ZONE 'UTC',
           jsonb_build_object('kind', 'daily', 'startDate', to_char(c.today - 14, 'YYYY-MM-DD'),
             'dueTime', s.due, 'end', jsonb_build_object('type', 'weeks', 'weeks', 6)),
           n.now + interval '14 days', 'ACTIVE', n.now - interval '15 days', n.now - interval '15 days'
    FROM bench_client c CROSS JOIN bench_now n CROSS JOIN (VALUES ${dueTimes}) s(k, due)
    JOIN bench_sheet b ON b.n = (c.g + s.k) % ${sheetCount} JOIN "Template" t ON t.id = b.template_id;

    CREATE TEMP TABLE bench_occ AS
    SELECT p.*,
           CASE WHEN p.i < 14 AND NOT p.missed THEN 'DONE' ELSE 'OPEN' END AS status,
           CASE WHEN p.i < 14 AND NOT p.missed THEN 'SUBMITTED'
                WHEN p.i < 14 AND (p.g + p.i) % 3 = 0 THEN 'DRAFT'
                WHEN p.i = 14 AND (p.g + p.k) % 4 = 0 THEN 'DRAFT' END AS submission
    FROM (
      SELECT c.g, c.id AS client_id, c.therapist, s.k, d.i, (c.g + s.k) % ${sheetCount} AS sheet,
             'o' || c.g || '-' || s.k || '-' || d.i AS id, 'a' || c.g || '-' || s.k AS assignment_id,
             ((c.today - 14 + d.i) + s.due::time) AT TIME ZONE c.tz AT TIME ZONE 'UTC' AS due_at,
             (c.g * 31 + s.k * 17 + d.i * 13) % 7 = 0 AS missed, n.now
      FROM bench_client c CROSS JOIN bench_now n CROSS JOIN (VALUES ${dueTimes}) s(k, due)
      CROSS JOIN generate_series(0, 28) d(i)
    ) p
    WHERE p.due_at < p.now + interval '14 days';

    INSERT INTO "Occurrence" (id, "assignmentId", "dueAt", status, "createdAt")
    SELECT o.id, o.assignment_id, o.due_at, o.status::"OccurrenceStatus",
           GREATEST(o.due_at - interval '14 days', o.now - interval '15 days')
    FROM bench_occ o;

    INSERT INTO "Submission" (id, "occurrenceId", "clientId", content, answers, status, revision,
      "submittedAt", "createdAt", "updatedAt")
    SELECT 's' || substr(o.id, 2), o.id, o.client_id, t.body, b.answers,
           o.submission::"SubmissionStatus", 2,
           CASE WHEN o.submission = 'SUBMITTED' THEN x.saved_at END,
           x.saved_at - interval '25 minutes', x.saved_at
    FROM bench_occ o JOIN bench_sheet b ON b.n = o.sheet JOIN "Template" t ON t.id = b.template_id
    CROSS JOIN LATERAL (SELECT LEAST(o.due_at - ((o.g + o.i) % 5 + 1) * interval '1 hour',
                                     o.now - interval '10 minutes') AS saved_at) x
    WHERE o.submission IS NOT NULL;

    INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateId", "templateVersion", kind,
      title, content, "whyItHelps", "timeZone", "startsAt", status, "createdAt", "updatedAt")
    SELECT 'a' || c.g || '-l', c.therapist, c.id, t.id, t.version, 'LADDER', t.title, t.body,
           t."whyItHelps", c.tz, n.now - interval '28 days', 'ACTIVE',
           n.now - interval '28 days', n.now - interval '28 days'
    FROM bench_client c CROSS JOIN bench_now n JOIN "Template" t ON t."builtinKey" = 'trust-ladder';

    -- 10 attempts spread over the mastered steps and the current one, oldest first; the last is
    -- left open for a fifth of the clients.
    CREATE TEMP TABLE bench_att AS
    SELECT c.g, c.id AS client_id, c.therapist, j, c.g % 4 AS mastered,
           LEAST(c.g % 4, (j - 1) * (c.g % 4 + 1) / 10) AS step, j = 10 AND c.g % 5 = 0 AS open,
           n.now - (21 - 2 * j) * interval '1 day' + (c.g % 12) * interval '1 hour' AS started_at,
           n.now
    FROM bench_client c CROSS JOIN bench_now n CROSS JOIN generate_series(1, 10) j;

    INSERT INTO "StepAttempt" (id, "assignmentId", "stepId", "clientId", prediction,
      "predictionConfidence", "distressBefore", "peakDistress", "afterDistress", "fearedOutcome",
      "whatHappened", note, "startedAt", "completedAt")
    SELECT 'sa' || a.g || '-' || a.j, 'a' || a.g || '-l', t.body->'steps'->a.step->>'id', a.client_id,
           'They will think I am too much and pull away.', 40 + (a.g + 7 * a.j) % 50,
           30 + (a.g + 3 * a.j) % 40,
           CASE WHEN NOT a.open THEN 45 + (a.g + 5 * a.j) % 40 END,
           CASE WHEN NOT a.open THEN GREATEST(0, 45 - 3 * a.j - a.g % 10) END,
           CASE WHEN NOT a.open THEN (ARRAY['NO', 'PARTLY', 'NO', 'YES'])[1 + (a.g + a.j) % 4]::"FearedOutcome" END,
           CASE WHEN NOT a.open THEN 'They listened, and it went better than I expected.' END,
           CASE WHEN NOT a.open THEN '' END,
           a.started_at, CASE WHEN NOT a.open THEN a.started_at + interval '40 minutes' END
    FROM bench_att a JOIN "Template" t ON t."builtinKey" = 'trust-ladder';

    INSERT INTO "MasteredStep" (id, "assignmentId", "stepId", "markedById", "masteredAt")
    SELECT 'ms' || a.g || '-' || a.step, 'a' || a.g || '-l', t.body->'steps'->a.step->>'id',
           a.therapist, max(a.started_at) + interval '2 hours'
    FROM bench_att a JOIN "Template" t ON t."builtinKey" = 'trust-ladder'
    WHERE a.step < a.mastered
    GROUP BY a.g, a.therapist, a.step, t.body;

    INSERT INTO "Feedback" (id, "submissionId", "authorId", "clientId", body, "createdAt", "seenAt", reply, "repliedAt")
    SELECT 'fs' || substr(o.id, 2), 's' || substr(o.id, 2), o.therapist, o.client_id,
           'Thank you for writing this down. Notice how the feeling changed once you waited.',
           x.at, x.seen, CASE WHEN o.i % 8 = 0 THEN 'Thanks, that helps.' END,
           CASE WHEN o.i % 8 = 0 THEN x.seen + interval '1 hour' END
    FROM bench_occ o
    CROSS JOIN LATERAL (SELECT LEAST(o.due_at + interval '18 hours', o.now - interval '10 minutes') AS at) f
    CROSS JOIN LATERAL (SELECT f.at,
                               CASE WHEN f.at < o.now - interval '3 days' THEN f.at + interval '5 hours' END AS seen) x
    WHERE o.submission = 'SUBMITTED' AND (o.i + o.k) % 4 = 0;

    INSERT INTO "Feedback" (id, "attemptId", "authorId", "clientId", body, "createdAt", "seenAt")
    SELECT 'fa' || a.g || '-' || a.j, 'sa' || a.g || '-' || a.j, a.therapist, a.client_id,
           'Well done for trying this step. What did you learn about them?', x.at,
           CASE WHEN x.at < a.now - interval '3 days' THEN x.at + interval '5 hours' END
    FROM bench_att a
    CROSS JOIN LATERAL (SELECT LEAST(a.started_at + interval '1 day', a.now - interval '5 minutes') AS at) x
    WHERE NOT a.open AND a.j % 3 = 0;`);
}

/** The bulk-loaded tables: they get their keys, indexes and foreign keys after the load. */
const BULK_TABLES = ["Occurrence", "Submission", "StepAttempt", "MasteredStep", "Feedback"];

/**
 * Drops the keys, indexes and foreign keys of the bulk tables (and foreign keys into them), as
 * pg_restore loads data before them: building an index once and validating a foreign key in one
 * join is several times faster than doing both row by row. Returns what recreates them, in order.
 */
async function dropConstraintsAndIndexes(
  db: pg.Client,
): Promise<{ keys: string[]; foreign: string[] }> {
  const tables = BULK_TABLES.map((t) => `"${t}"`);
  const constraints = await db.query<{ drop: string; create: string; foreign: boolean }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname,
                   pg_get_constraintdef(oid)) AS create,
            contype = 'f' AS foreign
     FROM pg_constraint
     WHERE contype IN ('p', 'u', 'f')
       AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]))
     ORDER BY contype = 'f' DESC`,
    [tables],
  );
  const indexes = await db.query<{ drop: string; create: string }>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop,
            pg_get_indexdef(i.indexrelid) AS create
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const { drop } of [...constraints.rows, ...indexes.rows]) await db.query(drop);
  return {
    keys: [...constraints.rows.filter((c) => !c.foreign), ...indexes.rows].map((r) => r.create),
    foreign: constraints.rows.filter((c) => c.foreign).map((c) => c.create),
  };
}

/** Runs the statements on `connections` connections at once: the machine has cores to spare. */
async function runInParallel(url: string, statements: string[], connections = 2) {
  const queue = [...statements];
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        for (let s = queue.shift(); s; s = queue.shift()) await db.query(s);
      } finally {
        await db.end();
      }
    }),
  );
}

/**
 * Seeds everything, then VACUUM ANALYZEs as autovacuum would after such inserts (a database in
 * use is mostly vacuumed, and index-only scans depend on it); returns how many rows of each kind
 * there are.
 */
export async function seed(url: string, now: Date): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await seedCaseload(db);
    const deferred = await dropConstraintsAndIndexes(db);
    await seedHomework(db, now);
    await seedDashboard(db, now);
    await runInParallel(url, deferred.keys);
    await runInParallel(url, deferred.foreign);
    const tables = await db.query<{ name: string }>(
      `SELECT oid::regclass::text AS name FROM pg_class
       WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
    );
    await runInParallel(
      url,
      tables.rows.map((t) => `VACUUM ANALYZE ${t.name}`),
    );
    // The schedules were written in SQL: the app must read them as its own.
    const schedules = await db.query<{ schedule: unknown }>(
      `SELECT DISTINCT ON ("timeZone", title) schedule FROM "Assignment" WHERE schedule IS NOT NULL`,
    );
    for (const { schedule } of schedules.rows) ZScheduleSchema.parse(schedule);
    const { rows } = await db.query<Record<string, string>>(`
      SELECT (SELECT count(*) FROM "Assignment") AS assignments,
             (SELECT count(*) FROM "Occurrence") AS occurrences,
             (SELECT count(*) FROM "Submission") AS submissions,
             (SELECT count(*) FROM "StepAttempt") AS attempts,
             (SELECT count(*) FROM "Feedback") AS feedback`);
    return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
  } finally {
    await db.end();
  }
}
