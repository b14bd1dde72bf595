/**
 * The portal home as hand-written SQL over bare `pg`: one query per section (recently done and
 * new feedback merge their two kinds of row in SQL), sent in parallel on the pool as the app
 * sends its own, mapped to the same TPortalHome so the two can be compared item for item.
 */
import type pg from "pg";
import {
  dueSectionRange,
  dueWindows,
  type TDueSection,
} from "../src/features/assignments/due-windows";
import { encodeCursor } from "../src/lib/cursor";
import { PORTAL_PAGE_SIZE } from "../src/features/portal/page-size";
import type { TPortalHome, TPortalTaskPage } from "../src/features/portal/schema";

type TQuery = (text: string, values: unknown[]) => Promise<pg.QueryResult>;

const TAKE = PORTAL_PAGE_SIZE + 1;

function page<Row, Item>(
  rows: Row[],
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => [Date, string],
) {
  const shown = rows.slice(0, PORTAL_PAGE_SIZE);
  const last = shown.at(-1);
  const key = last && keyOf(last);
  return {
    items: shown.map(toItem),
    nextCursor: rows.length > PORTAL_PAGE_SIZE && key ? encodeCursor(key) : null,
  };
}

async function openTasks(
  query: TQuery,
  clientId: string,
  section: TDueSection,
  w: ReturnType<typeof dueWindows>,
): Promise<TPortalTaskPage> {
  const { range, direction } = dueSectionRange(section, w);
  const order = direction === "asc" ? "ASC" : "DESC";
  // Overdue has no lower bound. Instants go as UTC wall-clock text, as the columns hold them.
  const values = [clientId, w.now.toISOString(), range.lt.toISOString()];
  if (range.gte) values.push(range.gte.toISOString());
  const { rows } = await query(
    `SELECT o.id, o."dueAt", a.id AS "assignmentId", a.kind, a.title, s.status AS "submissionStatus"
     FROM "Occurrence" o
     JOIN "Assignment" a ON a.id = o."assignmentId"
     LEFT JOIN "Submission" s ON s."occurrenceId" = o.id
     WHERE a."clientId" = $1 AND a.status = 'ACTIVE' AND a."startsAt" <= $2
       AND o.status = 'OPEN' AND o."dueAt" < $3 ${range.gte ? `AND o."dueAt" >= $4` : ""}
     ORDER BY o."dueAt" ${order}, o.id ${order}
     LIMIT ${TAKE}`,
    values,
  );
  return page(
    rows,
    (r) => ({
      occurrenceId: r.id,
      kind: r.kind,
      title: r.title,
      href:
        r.kind === "LADDER" ? `/portal/ladders/${r.assignmentId}` : `/portal/worksheets/${r.id}`,
      dueAt: r.dueAt,
      hasDraft: r.submissionStatus === "DRAFT",
    }),
    (r) => [r.dueAt, r.id],
  );
}

async function recentlyDone(query: TQuery, clientId: string, since: Date) {
  const { rows } = await query(
    `(SELECT s.id, 'WORKSHEET' AS kind, a.title, o.id AS "occurrenceId", NULL AS "stepTitle",
             NULL AS "assignmentId", s."submittedAt" AS "doneAt"
      FROM "Submission" s
      JOIN "Occurrence" o ON o.id = s."occurrenceId"
      JOIN "Assignment" a ON a.id = o."assignmentId"
      WHERE s."clientId" = $1 AND a."clientId" = $1 AND s.status = 'SUBMITTED' AND s."submittedAt" >= $2
      ORDER BY s."submittedAt" DESC, s.id DESC LIMIT ${TAKE})
     UNION ALL
     (SELECT t.id, 'LADDER', a.title, NULL,
             (SELECT st->>'title' FROM jsonb_array_elements(a.content->'steps') st
              WHERE st->>'id' = t."stepId" LIMIT 1),
             a.id, t."completedAt"
      FROM "StepAttempt" t
      JOIN "Assignment" a ON a.id = t."assignmentId"
      WHERE t."clientId" = $1 AND a."clientId" = $1 AND t."completedAt" >= $2
      ORDER BY t."completedAt" DESC, t.id DESC LIMIT ${TAKE})
     ORDER BY "doneAt" DESC, id DESC LIMIT ${TAKE}`,
    [clientId, since.toISOString()],
  );
  return page(
    rows,
    (r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      occurrenceId: r.occurrenceId,
      stepTitle: r.stepTitle,
      href:
        r.kind === "LADDER"
          ? `/portal/ladders/${r.assignmentId}`
          : `/portal/worksheets/${r.occurrenceId}`,
      doneAt: r.doneAt,
    }),
    (r) => [r.doneAt, r.id],
  );
}

/** The current step is the first one in ladder order without a mastery record. */
async function ladders(query: TQuery, clientId: string) {
  const { rows } = await query(
    `SELECT a.id, a.title, a.status, a."createdAt",
            jsonb_array_length(a.content->'steps') AS "stepCount", cur.n AS "stepNumber",
            cur.title AS "stepTitle"
     FROM "Assignment" a
     LEFT JOIN LATERAL (
       SELECT st.n, st.e->>'title' AS title
       FROM jsonb_array_elements(a.content->'steps') WITH ORDINALITY st(e, n)
       WHERE NOT EXISTS (SELECT 1 FROM "MasteredStep" m
                         WHERE m."assignmentId" = a.id AND m."stepId" = st.e->>'id')
       ORDER BY st.n LIMIT 1) cur ON true
     WHERE a."clientId" = $1 AND a.kind = 'LADDER' AND a.status IN ('ACTIVE', 'COMPLETED')
     ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${TAKE}`,
    [clientId],
  );
  return page(
    rows,
    (r) => ({
      assignmentId: r.id,
      title: r.title,
      finished: r.status === "COMPLETED",
      stepCount: r.stepCount,
      currentStep:
        r.stepNumber === null ? null : { number: Number(r.stepNumber), title: r.stepTitle },
    }),
    (r) => [r.createdAt, r.id],
  );
}

/** Unseen feedback addressed to the client (Feedback.clientId), newest first, with its title. */
async function newFeedback(query: TQuery, clientId: string) {
  const { rows } = await query(
    `SELECT f.id, u.name AS "authorName", f.body, f."createdAt",
            COALESCE(sa.title, ta.title) AS title, s."occurrenceId", t."assignmentId"
     FROM "Feedback" f
     JOIN "User" u ON u.id = f."authorId"
     LEFT JOIN "Submission" s ON s.id = f."submissionId"
     LEFT JOIN "Occurrence" o ON o.id = s."occurrenceId"
     LEFT JOIN "Assignment" sa ON sa.id = o."assignmentId"
     LEFT JOIN "StepAttempt" t ON t.id = f."attemptId"
     LEFT JOIN "Assignment" ta ON ta.id = t."assignmentId"
     WHERE f."clientId" = $1 AND f."seenAt" IS NULL
     ORDER BY f."createdAt" DESC, f.id DESC LIMIT ${TAKE}`,
    [clientId],
  );
  return page(
    rows,
    (r) => ({
      id: r.id,
      authorName: r.authorName,
      body: r.body,
      createdAt: r.createdAt,
      title: r.title,
      href: r.occurrenceId
        ? `/portal/worksheets/${r.occurrenceId}`
        : `/portal/ladders/${r.assignmentId}`,
    }),
    (r) => [r.createdAt, r.id],
  );
}

export async function baselinePortalHome(
  query: TQuery,
  client: { userId: string; timeZone: string },
  now: Date,
): Promise<TPortalHome> {
  const w = dueWindows(now, client.timeZone);
  const [today, overdue, upcoming, done, ladderPage, feedback] = await Promise.all([
    openTasks(query, client.userId, "today", w),
    openTasks(query, client.userId, "overdue", w),
    openTasks(query, client.userId, "upcoming", w),
    recentlyDone(query, client.userId, w.recentlyDoneSince),
    ladders(query, client.userId),
    newFeedback(query, client.userId),
  ]);
  return {
    timeZone: client.timeZone,
    today,
    overdue,
    upcoming,
    done,
    ladders: ladderPage,
    newFeedback: feedback,
  };
}

const SECTIONS = ["today", "overdue", "upcoming", "done", "ladders", "newFeedback"] as const;

/** "today 3, overdue 10+, ...": items shown per section, "+" when there is a next page. */
export function describeSections(home: TPortalHome): string {
  return SECTIONS.map((s) => {
    const { items, nextCursor } = home[s];
    return `${s} ${items.length}${nextCursor ? "+" : ""}`;
  }).join(", ");
}
