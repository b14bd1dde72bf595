import "server-only";
import type { TCursor, TPage } from "~/lib/cursor";
import { db, Prisma } from "~/server/db";
import { byTime } from "~/server/paging";
import {
  AUDIT_PAGE_SIZE,
  type TActionEntry,
  type TSeenByEntry,
  type TViewedRecord,
} from "./schema";

const newestFirst = byTime("at", "desc");
const columns = { at: Prisma.sql`e.at`, id: Prisma.sql`e.id` };

/**
 * Every time a therapist opened one of this client's records, newest first: who, what, when.
 * Titles are joined in only through the client's own rows, so nothing of anyone else's shows.
 */
export async function listSeenBy(
  clientId: string,
  cursor: TCursor | undefined,
): Promise<TPage<TSeenByEntry>> {
  const rows = await db.$queryRaw<(TSeenByEntry & { record: TViewedRecord })[]>`
    SELECT e.id, e.at, e.entity AS record, u.name AS "therapistName", a.title, o."dueAt"
    FROM "AuditEvent" e
      LEFT JOIN "User" u ON u.id = e."actorId"
      LEFT JOIN "Submission" s
        ON e.entity = 'submission' AND s.id = e."entityId" AND s."clientId" = ${clientId}
      LEFT JOIN "Occurrence" o ON o.id = s."occurrenceId"
      LEFT JOIN "Assignment" a ON a."clientId" = ${clientId}
        AND a.id = CASE WHEN e.entity = 'ladder' THEN e."entityId" ELSE o."assignmentId" END
    WHERE e."clientId" = ${clientId} AND e.action = 'view' AND e."actorRole" = 'THERAPIST'
      AND ${newestFirst.sqlAfter(cursor, columns)}
    ORDER BY ${newestFirst.sqlOrderBy(columns)}
    LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  return newestFirst.toPage(rows, AUDIT_PAGE_SIZE, (row) => row);
}

/** A person's own actions, newest first, with the client each concerned where known. */
export async function listOwnActions(
  userId: string,
  cursor: TCursor | undefined,
): Promise<TPage<TActionEntry>> {
  const rows = await db.$queryRaw<TActionEntry[]>`
    SELECT e.id, e.at, e.action, e.entity, e.ip, c.name AS "clientName"
    FROM "AuditEvent" e LEFT JOIN "User" c ON c.id = e."clientId"
    WHERE e."actorId" = ${userId} AND ${newestFirst.sqlAfter(cursor, columns)}
    ORDER BY ${newestFirst.sqlOrderBy(columns)}
    LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  return newestFirst.toPage(rows, AUDIT_PAGE_SIZE, (row) => row);
}
