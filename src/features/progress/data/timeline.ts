import "server-only";
import type { TTherapistActor } from "~/server/auth/actor";
import { db, Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { byTime } from "~/server/paging";
import { linkedClientWhere } from "~/server/scope";
import {
  TIMELINE_PAGE_SIZE,
  type TTimelineItem,
  type TTimelineRequest,
  type TTimelineState,
} from "../schema";

const newestFirst = byTime("at", "desc");
const columns = { at: Prisma.sql`at`, id: Prisma.sql`id` };

type TRow = {
  kind: "submission" | "attempt";
  id: string;
  at: Date;
  title: string;
  detail: string | null;
  private: boolean;
  part: boolean;
  reviewed: boolean;
  hasFeedback: boolean;
  assignmentId: string;
  stepId: string | null;
};

function stateOf(row: TRow): TTimelineState {
  if (row.private) return "private";
  if (row.part) return "part";
  if (row.hasFeedback) return "feedback";
  return row.reviewed ? "reviewed" : "waiting";
}

/**
 * The therapist's timeline of one client's work in their homework, newest first: submissions
 * (and two-part predictions made) and finished ladder attempts, each with where it stands with
 * the therapist. One query per page, keyset-paged over the union.
 */
export async function listTimeline(
  therapist: Pick<TTherapistActor, "userId">,
  { clientId, cursor }: TTimelineRequest,
): Promise<{ items: TTimelineItem[]; nextCursor: string | null }> {
  const client = await db.user.findFirst({
    where: linkedClientWhere(therapist.userId, clientId, "read"),
    select: { id: true },
  });
  if (!client) throw notFound("client");
  const rows = await db.$queryRaw<TRow[]>`
    SELECT * FROM (
      SELECT 'submission' AS kind, s.id, coalesce(s."submittedAt", s."beforeSubmittedAt") AS at,
        a.title, NULL AS detail, s.private AND s."sharedAt" IS NULL AS private,
        s.status <> 'SUBMITTED' AS part, s."reviewedAt" IS NOT NULL AS reviewed,
        EXISTS (SELECT 1 FROM "Feedback" f WHERE f."submissionId" = s.id) AS "hasFeedback",
        a.id AS "assignmentId", NULL AS "stepId"
      FROM "Submission" s
        JOIN "Occurrence" o ON o.id = s."occurrenceId"
        JOIN "Assignment" a ON a.id = o."assignmentId"
      WHERE a."therapistId" = ${therapist.userId} AND s."clientId" = ${clientId}
        AND (s.status = 'SUBMITTED' OR s."beforeSubmittedAt" IS NOT NULL)
      UNION ALL
      SELECT 'attempt', t.id, coalesce(t."completedAt", t."stoppedAt"),
        coalesce((SELECT e ->> 'title' FROM jsonb_array_elements(a.content -> 'steps') e
                  WHERE e ->> 'id' = t."stepId" LIMIT 1), a.title),
        CASE WHEN t."stoppedAt" IS NOT NULL THEN 'stopped'
          ELSE 'distress ' || t."distressBefore" || ' before, ' || t."afterDistress" || ' after' END,
        false, false, t."reviewedAt" IS NOT NULL,
        EXISTS (SELECT 1 FROM "Feedback" f WHERE f."attemptId" = t.id),
        a.id, t."stepId"
      FROM "StepAttempt" t JOIN "Assignment" a ON a.id = t."assignmentId"
      WHERE a."therapistId" = ${therapist.userId} AND t."clientId" = ${clientId}
        AND (t."completedAt" IS NOT NULL OR t."stoppedAt" IS NOT NULL)
    ) work
    WHERE ${newestFirst.sqlAfter(cursor, columns)}
    ORDER BY ${newestFirst.sqlOrderBy(columns)}
    LIMIT ${TIMELINE_PAGE_SIZE + 1}`;
  return newestFirst.toPage(rows, TIMELINE_PAGE_SIZE, (row) => ({
    kind: row.kind,
    id: row.id,
    at: row.at,
    title: row.title,
    detail: row.part ? "prediction made, the rest to come" : row.detail,
    state: stateOf(row),
    href:
      row.kind === "submission"
        ? `/therapist/submissions/${row.id}`
        : `/therapist/ladders/${row.assignmentId}/steps/${row.stepId}`,
  }));
}
