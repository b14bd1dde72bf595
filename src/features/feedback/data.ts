import "server-only";
import { decodeCursor, encodeCursor } from "~/features/portal/cursor";
import type { TClientActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { AppError } from "~/server/errors";
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

/**
 * The client's unseen feedback, newest first, a page at a time. The cursor is the last item's
 * (createdAt, id), not its row: marking that item seen meanwhile must not skip the next one.
 */
export async function listNewFeedback(
  client: TClientActor,
  { cursor, limit }: { cursor?: string; limit: number },
): Promise<TListNewFeedbackResponse> {
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (cursor !== undefined && !after) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "This list has changed since it was shown. Reload the page to see it again.",
    });
  }
  const rows = await db.feedback.findMany({
    where: {
      AND: [
        { clientId: client.userId, seenAt: null },
        after
          ? {
              OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }],
            }
          : {},
      ],
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
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
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
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
