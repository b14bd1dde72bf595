import "server-only";
import { newFeedback } from "~/features/feedback/data";
import { ladderState } from "~/features/ladder/policy";
import { ZLadderBodySchema } from "~/features/templates/schema";
import type { TClientActor } from "~/server/auth/actor";
import { Prisma } from "~/server/db";
import {
  dueSectionRange,
  dueWindows,
  type TDueSection,
  type TDueWindows,
} from "~/features/assignments/due-windows";
import type { TCursor } from "~/lib/cursor";
import { byTime, readList, readLists } from "~/server/paging";
import {
  type TPortalDoneItem,
  type TPortalDonePage,
  type TPortalHome,
  type TPortalLadder,
  type TPortalLadderPage,
  type TPortalTask,
  type TPortalTaskPage,
} from "./schema";
import { PORTAL_PAGE_SIZE } from "./page-size";

type TPageRequest = { cursor?: TCursor; limit?: number };

type TTaskRow = {
  id: string;
  dueAt: Date;
  assignmentId: string;
  kind: TPortalTask["kind"];
  title: string;
  hasDraft: boolean;
};

const toTask = (row: TTaskRow): TPortalTask => ({
  occurrenceId: row.id,
  kind: row.kind,
  title: row.title,
  href:
    row.kind === "LADDER" ? `/portal/ladders/${row.assignmentId}` : `/portal/worksheets/${row.id}`,
  dueAt: row.dueAt,
  hasDraft: row.hasDraft,
});

/** Open homework of one section: worksheets and scheduled ladder practice alike. */
function openTasks(
  client: TClientActor,
  section: TDueSection,
  w: TDueWindows,
  { cursor, limit = PORTAL_PAGE_SIZE }: TPageRequest,
) {
  const { range, direction } = dueSectionRange(section, w);
  const order = byTime("dueAt", direction);
  const columns = { dueAt: Prisma.sql`o."dueAt"`, id: Prisma.sql`o.id` };
  return order.jsonList<TTaskRow, TPortalTask>(
    Prisma.sql`
      SELECT o.id, o."dueAt", a.id AS "assignmentId", a.kind, a.title,
        coalesce(s.status = 'DRAFT', false) AS "hasDraft"
      FROM "Occurrence" o
      JOIN "Assignment" a ON a.id = o."assignmentId"
      LEFT JOIN "Submission" s ON s."occurrenceId" = o.id
      WHERE a."clientId" = ${client.userId}
        -- Ended homework is no longer asked for; homework shows from its start date on.
        AND a.status = 'ACTIVE' AND a."startsAt" <= ${w.now}
        AND o.status = 'OPEN' AND o."dueAt" < ${range.lt}
        ${range.gte ? Prisma.sql`AND o."dueAt" >= ${range.gte}` : Prisma.empty}
        AND ${order.sqlAfter(cursor, columns)}
      ORDER BY ${order.sqlOrderBy(columns)}
      LIMIT ${limit + 1}`,
    limit,
    toTask,
  );
}

type TDoneRow = {
  id: string;
  kind: TPortalDoneItem["kind"];
  title: string;
  occurrenceId: string | null;
  assignmentId: string;
  stepTitle: string | null;
  doneAt: Date;
};

/**
 * Worksheets submitted and ladder practice finished in the last week, newest first, as one list.
 * Both are read past the same cursor, `limit + 1` each, and merged in SQL: the page's rows are
 * among them whatever the mix.
 */
function recentlyDone(
  client: TClientActor,
  { cursor, limit = PORTAL_PAGE_SIZE }: TPageRequest,
  now: Date,
) {
  const { recentlyDoneSince } = dueWindows(now, client.timeZone);
  const doneOrder = byTime("doneAt", "desc");
  const submitted = { doneAt: Prisma.sql`s."submittedAt"`, id: Prisma.sql`s.id` };
  const completed = { doneAt: Prisma.sql`t."completedAt"`, id: Prisma.sql`t.id` };
  const merged = { doneAt: Prisma.sql`d."doneAt"`, id: Prisma.sql`d.id` };
  return doneOrder.jsonList<TDoneRow, TPortalDoneItem>(
    Prisma.sql`
      SELECT * FROM (
        (SELECT s.id, 'WORKSHEET' AS kind, a.title, o.id AS "occurrenceId",
           a.id AS "assignmentId", NULL::text AS "stepTitle", s."submittedAt" AS "doneAt"
         FROM "Submission" s
         JOIN "Occurrence" o ON o.id = s."occurrenceId"
         JOIN "Assignment" a ON a.id = o."assignmentId"
         -- The submission's own client column too: the [clientId, status, submittedAt] index.
         WHERE a."clientId" = ${client.userId} AND s."clientId" = ${client.userId}
           AND s.status = 'SUBMITTED' AND s."submittedAt" >= ${recentlyDoneSince}
           AND ${doneOrder.sqlAfter(cursor, submitted)}
         ORDER BY ${doneOrder.sqlOrderBy(submitted)} LIMIT ${limit + 1})
        UNION ALL
        (SELECT t.id, 'LADDER', a.title, NULL, a.id,
           -- The step practised, by its id in the ladder's content (null once it was removed).
           jsonb_path_query_first(a.content, '$.steps[*] ? (@.id == $id).title',
             jsonb_build_object('id', t."stepId")) #>> '{}',
           t."completedAt"
         FROM "StepAttempt" t
         JOIN "Assignment" a ON a.id = t."assignmentId"
         WHERE a."clientId" = ${client.userId} AND t."clientId" = ${client.userId}
           AND t."completedAt" >= ${recentlyDoneSince}
           AND ${doneOrder.sqlAfter(cursor, completed)}
         ORDER BY ${doneOrder.sqlOrderBy(completed)} LIMIT ${limit + 1})
      ) d
      ORDER BY ${doneOrder.sqlOrderBy(merged)} LIMIT ${limit + 1}`,
    limit,
    (row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      occurrenceId: row.occurrenceId,
      stepTitle: row.stepTitle,
      href:
        row.kind === "LADDER"
          ? `/portal/ladders/${row.assignmentId}`
          : `/portal/worksheets/${row.occurrenceId}`,
      doneAt: row.doneAt,
    }),
  );
}

type TLadderRow = {
  id: string;
  title: string;
  status: string;
  content: unknown;
  createdAt: Date;
  masteredStepIds: string[];
};

function toPortalLadder(row: TLadderRow): TPortalLadder {
  const body = ZLadderBodySchema.safeParse(row.content);
  const steps = body.success ? body.data.steps : [];
  const state = ladderState({
    steps,
    attempts: [],
    masteredStepIds: row.masteredStepIds,
    targetDistress: null,
  });
  const index = steps.findIndex((s) => s.id === state.currentStepId);
  return {
    assignmentId: row.id,
    title: row.title,
    finished: row.status === "COMPLETED",
    stepCount: steps.length,
    currentStep: index === -1 ? null : { number: index + 1, title: steps[index]!.title },
  };
}

/** The client's ladders, newest first, each with where they are on it. */
function ladders(client: TClientActor, { cursor, limit = PORTAL_PAGE_SIZE }: TPageRequest) {
  const newestFirst = byTime("createdAt", "desc");
  const columns = { createdAt: Prisma.sql`a."createdAt"`, id: Prisma.sql`a.id` };
  return newestFirst.jsonList<TLadderRow, TPortalLadder>(
    Prisma.sql`
      SELECT a.id, a.title, a.status, a.content, a."createdAt",
        (SELECT coalesce(json_agg(m."stepId"), '[]'::json) FROM "MasteredStep" m
         WHERE m."assignmentId" = a.id) AS "masteredStepIds"
      FROM "Assignment" a
      WHERE a."clientId" = ${client.userId} AND a.kind = 'LADDER'
        -- A finished ladder stays: its steps can still be practised.
        AND a.status IN ('ACTIVE', 'COMPLETED')
        AND ${newestFirst.sqlAfter(cursor, columns)}
      ORDER BY ${newestFirst.sqlOrderBy(columns)}
      LIMIT ${limit + 1}`,
    limit,
    toPortalLadder,
  );
}

/** One page of one open-homework section, continuing after `cursor`. */
export async function listPortalSection(
  client: TClientActor,
  section: TDueSection,
  page: TPageRequest,
  now = new Date(),
): Promise<TPortalTaskPage> {
  const w = dueWindows(now, client.timeZone);
  return readList(openTasks(client, section, w, page));
}

/** "Show more" of recently done. */
export async function listRecentlyDone(
  client: TClientActor,
  page: TPageRequest,
  now = new Date(),
): Promise<TPortalDonePage> {
  return readList(recentlyDone(client, page, now));
}

export async function listPortalLadders(
  client: TClientActor,
  page: TPageRequest,
): Promise<TPortalLadderPage> {
  return readList(ladders(client, page));
}

/** Every section of the home in one statement, whatever the amount of homework. */
export async function getPortalHome(client: TClientActor, now = new Date()): Promise<TPortalHome> {
  const w = dueWindows(now, client.timeZone);
  const home = await readLists({
    today: openTasks(client, "today", w, {}),
    overdue: openTasks(client, "overdue", w, {}),
    upcoming: openTasks(client, "upcoming", w, {}),
    done: recentlyDone(client, {}, now),
    ladders: ladders(client, {}),
    newFeedback: newFeedback(client, { limit: PORTAL_PAGE_SIZE }),
  });
  return { timeZone: client.timeZone, ...home };
}
