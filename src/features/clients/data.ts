import "server-only";
import { db, Prisma } from "~/server/db";
import { keyset } from "~/server/paging";
import { distressDirection } from "./policy";
import type { TCursor, TPage } from "~/lib/cursor";
import { notFound } from "~/server/errors";
import {
  CASELOAD_PAGE_SIZE,
  FORMER_CLIENTS_PAGE_SIZE,
  type TCareLink,
  type TCaseload,
  type TCaseloadRequest,
  type TFormerClient,
  type TMyTherapist,
} from "./schema";

const DAY_MS = 86_400_000;

/**
 * Flagged clients first, then those with the most waiting, then by name; id breaks ties so a
 * page boundary never skips or repeats anyone.
 */
const caseloadOrder = keyset([
  { field: "flagged", type: "flag", direction: "desc" },
  { field: "waiting", type: "int", direction: "desc" },
  { field: "name", type: "text", direction: "asc" },
  { field: "id", type: "text", direction: "asc" },
]);
const orderColumns = {
  flagged: Prisma.sql`c.flagged`,
  waiting: Prisma.sql`c.waiting`,
  name: Prisma.sql`c.name`,
  id: Prisma.sql`c.id`,
};

/**
 * How many of a client's submissions and finished attempts in the therapist's homework wait for
 * them: neither feedback nor a "reviewed" mark (entries kept "just for me" have nothing to review).
 * Every assignment of a client comes from a therapist they have a care link with (links are
 * archived or ended, never deleted), so for a client who has only ever had this therapist the
 * count needs no join to find whose homework it is: it reads the partial index of waiting
 * submissions alone (its condition in schema.prisma is this one's: change both or neither). A
 * client shared with another therapist is counted through the assignments.
 */
const waitingCount = (therapistId: Prisma.Sql, clientId: Prisma.Sql) => Prisma.sql`
  (CASE WHEN EXISTS (SELECT 1 FROM "CareLink" other
                     WHERE other."clientId" = ${clientId} AND other."therapistId" <> ${therapistId})
  THEN (SELECT count(*) FROM "Submission" s
          JOIN "Occurrence" o ON o.id = s."occurrenceId"
          JOIN "Assignment" a ON a.id = o."assignmentId"
        WHERE s."clientId" = ${clientId} AND s."reviewedAt" IS NULL AND s.status = 'SUBMITTED'
          AND (NOT s.private OR s."sharedAt" IS NOT NULL) AND a."therapistId" = ${therapistId})
     + (SELECT count(*) FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
        WHERE t."clientId" = ${clientId} AND t."reviewedAt" IS NULL
          AND (t."completedAt" IS NOT NULL OR t."stoppedAt" IS NOT NULL)
          AND a."therapistId" = ${therapistId})
  ELSE (SELECT count(*) FROM "Submission" s
        WHERE s."clientId" = ${clientId} AND s."reviewedAt" IS NULL AND s.status = 'SUBMITTED'
          AND (NOT s.private OR s."sharedAt" IS NOT NULL))
     + (SELECT count(*) FROM "StepAttempt" t
        WHERE t."clientId" = ${clientId} AND t."reviewedAt" IS NULL
          AND (t."completedAt" IS NOT NULL OR t."stoppedAt" IS NOT NULL))
  END)::int`;

type TRow = {
  id: string;
  name: string;
  email: string;
  linkedAt: Date;
  flagged: boolean;
  waiting: number;
  openFlags: number;
  latestFlagReason: string | null;
  lastActivityAt: Date | null;
  due7: number;
  done7: number;
  due30: number;
  done30: number;
  overdue: number;
  ladderId: string | null;
  ladderTitle: string | null;
  ladderSteps: number | null;
  currentStep: number | null;
  recentAfter: number[] | null;
};

/**
 * The therapist's caseload: every client with an ACTIVE care link, with what the therapist
 * scans between sessions, a page at a time. One statement: the order's keys (open flags, items
 * waiting) for the whole caseload from indexed counts, then the rest for the page's rows only.
 * Everything counted is this therapist's homework; another therapist's stays out.
 */
export async function listCaseload(
  therapistId: string,
  { cursor, flaggedOnly }: TCaseloadRequest,
  now = new Date(),
): Promise<TCaseload> {
  const since7 = new Date(now.getTime() - 7 * DAY_MS);
  const since30 = new Date(now.getTime() - 30 * DAY_MS);
  const rows = await db.$queryRaw<TRow[]>`
    WITH keyed AS MATERIALIZED (
      SELECT u.id, u.name, u.email, l."createdAt" AS "linkedAt",
        (SELECT count(*)::int FROM "Flag" f
          WHERE f."therapistId" = l."therapistId" AND f."clientId" = u.id
            AND f."acknowledgedAt" IS NULL) AS "openFlags",
        ${waitingCount(Prisma.sql`l."therapistId"`, Prisma.sql`u.id`)} AS waiting
      FROM "CareLink" l JOIN "User" u ON u.id = l."clientId"
      WHERE l."therapistId" = ${therapistId} AND l.status = 'ACTIVE' AND u.role = 'CLIENT'
    ), c AS (
      SELECT keyed.*, "openFlags" > 0 AS flagged FROM keyed
    ), page AS (
      SELECT * FROM c
      WHERE (${!flaggedOnly} OR c.flagged) AND ${caseloadOrder.sqlAfter(cursor, orderColumns)}
      ORDER BY ${caseloadOrder.sqlOrderBy(orderColumns)}
      LIMIT ${CASELOAD_PAGE_SIZE + 1}
    )
    SELECT c.*, flag.reason AS "latestFlagReason",
      greatest(saved.at, practised.at) AS "lastActivityAt",
      coalesce(due.due7, 0)::int AS due7, coalesce(due.done7, 0)::int AS done7,
      coalesce(due.due30, 0)::int AS due30, coalesce(due.done30, 0)::int AS done30,
      overdue.n AS overdue,
      ladder.id AS "ladderId", ladder.title AS "ladderTitle", ladder.steps AS "ladderSteps",
      ladder."currentStep", ladder."recentAfter"
    FROM page c
    LEFT JOIN LATERAL (
      SELECT f.reason FROM "Flag" f
      WHERE f."therapistId" = ${therapistId} AND f."clientId" = c.id AND f."acknowledgedAt" IS NULL
      ORDER BY f."createdAt" DESC LIMIT 1
    ) flag ON c.flagged
    LEFT JOIN LATERAL (
      SELECT s."updatedAt" AS at FROM "Submission" s
        JOIN "Occurrence" o ON o.id = s."occurrenceId"
        JOIN "Assignment" a ON a.id = o."assignmentId" AND a."therapistId" = ${therapistId}
      WHERE s."clientId" = c.id ORDER BY s."updatedAt" DESC LIMIT 1
    ) saved ON TRUE
    LEFT JOIN LATERAL (
      SELECT max(greatest(t."startedAt", t."completedAt", t."stoppedAt")) AS at
      FROM "StepAttempt" t
        JOIN "Assignment" a ON a.id = t."assignmentId" AND a."therapistId" = ${therapistId}
      WHERE t."clientId" = c.id
    ) practised ON TRUE
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE o."dueAt" >= ${since7}) AS due7,
        count(*) FILTER (WHERE o."dueAt" >= ${since7} AND o.status = 'DONE') AS done7,
        count(*) AS due30,
        count(*) FILTER (WHERE o.status = 'DONE') AS done30
      FROM "Occurrence" o
        JOIN "Assignment" a ON a.id = o."assignmentId"
      WHERE a."therapistId" = ${therapistId} AND a."clientId" = c.id
        AND o."dueAt" >= ${since30} AND o."dueAt" < ${now} AND o.status <> 'CANCELLED'
    ) due ON TRUE
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "Occurrence" o
        JOIN "Assignment" a ON a.id = o."assignmentId" AND a.status = 'ACTIVE'
      WHERE a."therapistId" = ${therapistId} AND a."clientId" = c.id
        AND o.status = 'OPEN' AND o."dueAt" < ${now}
    ) overdue ON TRUE
    LEFT JOIN LATERAL (
      SELECT a.id, a.title, jsonb_array_length(a.content -> 'steps') AS steps,
        cur.position::int AS "currentStep",
        (SELECT array_agg(r."afterDistress" ORDER BY r."completedAt")
          FROM (SELECT t."afterDistress", t."completedAt" FROM "StepAttempt" t
                WHERE t."assignmentId" = a.id AND t."stepId" = cur."stepId"
                  AND t."completedAt" IS NOT NULL AND t."afterDistress" IS NOT NULL
                ORDER BY t."completedAt" DESC LIMIT 3) r) AS "recentAfter"
      FROM "Assignment" a
      LEFT JOIN LATERAL (
        SELECT e.position, e.step ->> 'id' AS "stepId"
        FROM jsonb_array_elements(a.content -> 'steps') WITH ORDINALITY AS e(step, position)
        WHERE NOT EXISTS (
          SELECT 1 FROM "MasteredStep" m
          WHERE m."assignmentId" = a.id AND m."stepId" = e.step ->> 'id')
        ORDER BY e.position LIMIT 1
      ) cur ON TRUE
      WHERE a."therapistId" = ${therapistId} AND a."clientId" = c.id
        AND a.kind = 'LADDER' AND a.status = 'ACTIVE'
      -- the ladder the client is working on: the one practised last, else the newest
      ORDER BY (SELECT max(t."startedAt") FROM "StepAttempt" t WHERE t."assignmentId" = a.id)
        DESC NULLS LAST, a."createdAt" DESC
      LIMIT 1
    ) ladder ON TRUE
    ORDER BY ${caseloadOrder.sqlOrderBy(orderColumns)}`;
  return caseloadOrder.toPage(rows, CASELOAD_PAGE_SIZE, (r) => ({
    clientId: r.id,
    name: r.name,
    email: r.email,
    linkedAt: r.linkedAt,
    lastActivityAt: r.lastActivityAt,
    last7Days: { done: r.done7, due: r.due7 },
    last30Days: { done: r.done30, due: r.due30 },
    overdue: r.overdue,
    ladder:
      r.ladderId === null
        ? null
        : {
            assignmentId: r.ladderId,
            title: r.ladderTitle ?? "",
            steps: r.ladderSteps ?? 0,
            currentStep: r.currentStep,
            direction: distressDirection(r.recentAfter ?? []),
          },
    waiting: r.waiting,
    openFlags: r.openFlags,
    latestFlagReason: r.latestFlagReason,
  }));
}

/**
 * The daily summary's figures for a therapist, over their ACTIVE clients: flags raised since
 * `since` and items waiting now. Counts only: the summary names no one. One query.
 */
export async function caseloadCounts(
  therapistId: string,
  since: Date,
): Promise<{ newFlags: number; waiting: number }> {
  const [row] = await db.$queryRaw<{ newFlags: number; waiting: number }[]>`
    SELECT coalesce(sum((SELECT count(*) FROM "Flag" f
        WHERE f."therapistId" = l."therapistId" AND f."clientId" = l."clientId"
          AND f."createdAt" >= ${since})), 0)::int AS "newFlags",
      coalesce(sum(${waitingCount(Prisma.sql`l."therapistId"`, Prisma.sql`l."clientId"`)}), 0)::int AS waiting
    FROM "CareLink" l
    WHERE l."therapistId" = ${therapistId} AND l.status = 'ACTIVE'`;
  return row ?? { newFlags: 0, waiting: 0 };
}

const sinceOf = (link: { status: string; archivedAt: Date | null; endedAt: Date | null }) =>
  link.status === "ENDED" ? link.endedAt : link.status === "ARCHIVED" ? link.archivedAt : null;

/** Where this therapist's link with the client stands; NOT_FOUND when there is none. */
export async function getCareLink(therapistId: string, clientId: string): Promise<TCareLink> {
  const link = await db.careLink.findUnique({
    where: { therapistId_clientId: { therapistId, clientId } },
    select: { status: true, archivedAt: true, endedAt: true },
  });
  if (!link) throw notFound("client");
  return { status: link.status, since: sinceOf(link) };
}

const byName = keyset([
  { field: "name", type: "text", direction: "asc" },
  { field: "id", type: "text", direction: "asc" },
] as const);

/** Clients this therapist archived, or who ended the therapist's access: by name, paged. */
export async function listFormerClients(
  therapistId: string,
  cursor: TCursor | undefined,
): Promise<TPage<TFormerClient>> {
  const rows = await db.$queryRaw<
    (TFormerClient & { id: string; archivedAt: Date | null; endedAt: Date | null })[]
  >`
    SELECT u.id, u.id AS "clientId", u.name, l.status::text AS status, l."archivedAt", l."endedAt"
    FROM "CareLink" l JOIN "User" u ON u.id = l."clientId"
    WHERE l."therapistId" = ${therapistId} AND l.status <> 'ACTIVE'
      AND ${byName.sqlAfter(cursor, { name: Prisma.sql`u.name`, id: Prisma.sql`u.id` })}
    ORDER BY ${byName.sqlOrderBy({ name: Prisma.sql`u.name`, id: Prisma.sql`u.id` })}
    LIMIT ${FORMER_CLIENTS_PAGE_SIZE + 1}`;
  return byName.toPage(rows, FORMER_CLIENTS_PAGE_SIZE, (row) => ({
    clientId: row.clientId,
    name: row.name,
    status: row.status,
    since: sinceOf(row),
  }));
}

/** The client's therapists: every care link, with where it stands. */
export async function listMyTherapists(clientId: string): Promise<TMyTherapist[]> {
  const links = await db.careLink.findMany({
    where: { clientId },
    select: {
      status: true,
      archivedAt: true,
      endedAt: true,
      therapist: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return links.map((link) => ({
    therapistId: link.therapist.id,
    name: link.therapist.name,
    status: link.status,
    since: sinceOf(link),
  }));
}
