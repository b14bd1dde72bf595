import "server-only";
import type { TActor, TClientActor, TTherapistActor } from "~/server/auth/actor";
import { readNotificationPrefs } from "~/features/account/schema";
import { db, type Prisma } from "~/server/db";
import { queueEmail } from "~/server/email/outbox";
import { AppError, careEnded, notFound } from "~/server/errors";
import { attemptWhereFor, inActiveCareWith, submissionWhereFor } from "~/server/scope";
import type {
  TCreateFeedbackRequest,
  TFeedbackTarget,
  TMarkFeedbackSeenRequest,
  TMarkReviewedRequest,
  TReplyFeedbackRequest,
} from "./schema";

/**
 * Finds the target inside the actor's scope and returns whose work it is; feedback goes only on
 * submitted work.
 */
async function reachableTarget(
  actor: TActor,
  target: TFeedbackTarget,
): Promise<{ clientId: string; submitted: boolean }> {
  if ("submissionId" in target) {
    const found = await db.submission.findFirst({
      where: { AND: [{ id: target.submissionId }, submissionWhereFor(actor)] },
      select: { status: true, clientId: true, private: true },
    });
    if (!found) throw notFound("submission");
    if (found.private) {
      throw new AppError("CONFLICT", {
        userMessage:
          "Your client kept this entry just for themselves, so there is nothing here to respond to.",
      });
    }
    return { clientId: found.clientId, submitted: found.status === "SUBMITTED" };
  }
  const found = await db.stepAttempt.findFirst({
    where: { AND: [{ id: target.attemptId }, attemptWhereFor(actor)] },
    select: { clientId: true },
  });
  if (!found) throw notFound("attempt");
  return { clientId: found.clientId, submitted: true };
}

export async function createFeedback(
  therapist: TTherapistActor,
  { target, body }: TCreateFeedbackRequest,
): Promise<{ id: string }> {
  const { clientId, submitted } = await reachableTarget(therapist, target);
  if (!submitted) {
    throw new AppError("CONFLICT", {
      userMessage: "This worksheet has not been submitted yet, so there is nothing to respond to.",
    });
  }
  return db.$transaction(async (tx) => {
    const feedback = await tx.feedback.create({
      data: { ...target, clientId, authorId: therapist.userId, body },
      select: { id: true, createdAt: true },
    });
    await seenTo(tx, target, feedback.createdAt);
    const client = await tx.user.findUniqueOrThrow({
      where: { id: clientId },
      select: { email: true, notificationPrefs: true },
    });
    // A note that something is new, never the words (which stay behind the sign-in).
    if (readNotificationPrefs(client.notificationPrefs).feedbackEmailsOn) {
      await queueEmail(tx, {
        to: client.email,
        recipientId: clientId,
        message: { kind: "new-feedback", feedbackId: feedback.id },
      });
    }
    return { id: feedback.id };
  });
}

/**
 * Records that the therapist saw to a submission or attempt (the first time only), so it stops
 * waiting for them. Raw SQL: Prisma's @updatedAt would make the therapist's mark look like the
 * client saving their worksheet (the caseload's last activity and the quiet rule read it).
 */
function seenTo(tx: Prisma.TransactionClient, target: TFeedbackTarget, at: Date) {
  return "submissionId" in target
    ? tx.$executeRaw`UPDATE "Submission" SET "reviewedAt" = ${at}
        WHERE id = ${target.submissionId} AND "reviewedAt" IS NULL`
    : tx.$executeRaw`UPDATE "StepAttempt" SET "reviewedAt" = ${at}
        WHERE id = ${target.attemptId} AND "reviewedAt" IS NULL`;
}

/** "Mark reviewed": for work that needs no reply. Marking it twice changes nothing. */
export async function markReviewed(
  therapist: TTherapistActor,
  { target }: TMarkReviewedRequest,
): Promise<{ reviewed: true }> {
  const { submitted } = await reachableTarget(therapist, target);
  if (!submitted) {
    throw new AppError("CONFLICT", {
      userMessage: "This worksheet has not been submitted yet, so there is nothing to review.",
    });
  }
  await db.$transaction((tx) => seenTo(tx, target, new Date()));
  return { reviewed: true };
}

/** One reply per feedback: the `reply: null` condition makes a second one change nothing. */
export async function replyToFeedback(
  client: TClientActor,
  { feedbackId, body }: TReplyFeedbackRequest,
): Promise<{ repliedAt: Date }> {
  const now = new Date();
  const { count } = await db.feedback.updateMany({
    where: {
      id: feedbackId,
      reply: null,
      clientId: client.userId,
      author: inActiveCareWith(client.userId),
    },
    data: { reply: body, repliedAt: now, seenAt: now },
  });
  if (count === 1) return { repliedAt: now };
  const exists = await db.feedback.findFirst({
    where: { id: feedbackId, clientId: client.userId },
    select: { reply: true },
  });
  if (!exists) throw notFound("feedback");
  if (exists.reply === null) throw careEnded();
  throw new AppError("CONFLICT", { userMessage: "You have already replied to this feedback." });
}

/**
 * Called when the client opens the page the feedback is on: one update for all of it. The client
 * is in the `where`, so ids that are not theirs change nothing.
 */
export function markFeedbackSeen(
  client: TClientActor,
  { feedbackIds }: TMarkFeedbackSeenRequest,
): Promise<{ count: number }> {
  return db.feedback.updateMany({
    where: { id: { in: feedbackIds }, clientId: client.userId, seenAt: null },
    data: { seenAt: new Date() },
  });
}
