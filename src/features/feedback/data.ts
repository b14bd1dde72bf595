import "server-only";
import type { TCursor } from "~/lib/cursor";
import { byTime } from "~/server/paging";
import type { TClientActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import type { TFeedbackItem, TListNewFeedbackResponse } from "./schema";

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

/**
 * The client's unseen feedback, newest first, a page at a time. The cursor is the last item's
 * (createdAt, id), not its row: marking that item seen meanwhile must not skip the next one.
 */
export async function listNewFeedback(
  client: TClientActor,
  { cursor, limit }: { cursor?: TCursor; limit: number },
): Promise<TListNewFeedbackResponse> {
  const rows = await db.feedback.findMany({
    where: {
      AND: [{ clientId: client.userId, seenAt: null }, newestFirst.after(cursor)],
    },
    select: {
      ...feedbackItemSelect,
      submission: {
        select: {
          occurrenceId: true,
          occurrence: { select: { assignment: { select: { title: true } } } },
        },
      },
      attempt: { select: { assignmentId: true, assignment: { select: { title: true } } } },
    },
    orderBy: newestFirst.orderBy,
    take: limit + 1,
  });
  return newestFirst.toPage(rows, limit, (row) => ({
    id: row.id,
    authorName: row.author.name,
    body: row.body,
    createdAt: row.createdAt,
    ...(row.submission
      ? {
          title: row.submission.occurrence.assignment.title,
          href: `/portal/worksheets/${row.submission.occurrenceId}`,
        }
      : {
          title: row.attempt?.assignment.title ?? "Your ladder",
          href: `/portal/ladders/${row.attempt?.assignmentId ?? ""}`,
        }),
  }));
}
