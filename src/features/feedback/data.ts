import "server-only";
import type { TCursor } from "~/lib/cursor";
import { byTime, readList } from "~/server/paging";
import type { TClientActor } from "~/server/auth/actor";
import { Prisma } from "~/server/db";
import type { TFeedbackItem, TListNewFeedbackResponse, TNewFeedbackItem } from "./schema";

type TNewFeedbackRequest = { cursor?: TCursor; limit: number };

/** Feedback shown with one submission or attempt; a thread stays short, so a fixed cap is plenty. */
export const FEEDBACK_PER_TARGET = 50;

export const feedbackItemSelect = {
  id: true,
  body: true,
  createdAt: true,
  seenAt: true,
  reply: true,
  repliedAt: true,
  author: { select: { name: true } },
} satisfies Prisma.FeedbackSelect;

export const feedbackListArgs = {
  select: feedbackItemSelect,
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  take: FEEDBACK_PER_TARGET,
} satisfies Prisma.FeedbackFindManyArgs;

type FeedbackRow = Prisma.FeedbackGetPayload<{ select: typeof feedbackItemSelect }>;

export const toFeedbackItem = ({ author, ...row }: FeedbackRow): TFeedbackItem => ({
  ...row,
  authorName: author.name,
});

const newestFirst = byTime("createdAt", "desc");

type TNewFeedbackRow = {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  title: string | null;
  occurrenceId: string | null;
  assignmentId: string | null;
};

/**
 * The client's unseen feedback, newest first, a page at a time, as a list `readLists` reads (the
 * portal home reads it with its other lists). The cursor is the last item's (createdAt, id), not
 * its row: marking that item seen meanwhile must not skip the next one.
 */
export function newFeedback(client: TClientActor, { cursor, limit }: TNewFeedbackRequest) {
  const columns = { createdAt: Prisma.sql`f."createdAt"`, id: Prisma.sql`f.id` };
  return newestFirst.jsonList<TNewFeedbackRow, TNewFeedbackItem>(
    Prisma.sql`
      SELECT f.id, u.name AS "authorName", f.body, f."createdAt",
        coalesce(sa.title, ta.title) AS title, s."occurrenceId", t."assignmentId"
      FROM "Feedback" f
      JOIN "User" u ON u.id = f."authorId"
      LEFT JOIN "Submission" s ON s.id = f."submissionId"
      LEFT JOIN "Occurrence" o ON o.id = s."occurrenceId"
      LEFT JOIN "Assignment" sa ON sa.id = o."assignmentId"
      LEFT JOIN "StepAttempt" t ON t.id = f."attemptId"
      LEFT JOIN "Assignment" ta ON ta.id = t."assignmentId"
      WHERE f."clientId" = ${client.userId} AND f."seenAt" IS NULL
        AND ${newestFirst.sqlAfter(cursor, columns)}
      ORDER BY ${newestFirst.sqlOrderBy(columns)}
      LIMIT ${limit + 1}`,
    limit,
    (row) => ({
      id: row.id,
      authorName: row.authorName,
      body: row.body,
      createdAt: row.createdAt,
      // Feedback is on a submission (its worksheet) or on ladder practice.
      title: row.title ?? "Your ladder",
      href: row.occurrenceId
        ? `/portal/worksheets/${row.occurrenceId}`
        : `/portal/ladders/${row.assignmentId ?? ""}`,
    }),
  );
}

export async function listNewFeedback(
  client: TClientActor,
  page: TNewFeedbackRequest,
): Promise<TListNewFeedbackResponse> {
  return readList(newFeedback(client, page));
}
