import "server-only";
import type { TActor, TClientActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { lockAssignment } from "~/server/locks";
import { assignmentWhereFor, attemptWhereFor, occurrenceWhereFor } from "~/server/scope";
import { completeIfFinished } from "~/features/assignments/mutations/completion";
import { dueSectionRange, dueWindows } from "~/features/assignments/due-windows";
import { loadLadder } from "./data";
import {
  canCompleteAttempt,
  canMarkMastered,
  canStartAttempt,
  type TLadderDecision,
} from "./policy";
import type { TCompleteAttemptRequest, TMarkMasteredRequest, TStartAttemptRequest } from "./schema";

type TTx = Prisma.TransactionClient;

function throwRefusal(decision: Exclude<TLadderDecision, { ok: true }>): never {
  throw new AppError("CONFLICT", { userMessage: decision.reason });
}

/**
 * Serialises writes to one ladder so two tabs (or client and therapist) cannot both pass a
 * check such as "no open attempt" before either writes. The scoped lookup comes first, so
 * nobody can hold a lock on a ladder that is not theirs.
 */
async function lockLadder(tx: TTx, actor: Pick<TActor, "userId" | "role">, assignmentId: string) {
  const owned = await tx.assignment.findFirst({
    where: { id: assignmentId, kind: "LADDER", ...assignmentWhereFor(actor) },
    select: { id: true },
  });
  if (!owned) throw notFound("ladder");
  await lockAssignment(tx, owned.id);
}

const ENDED = "This ladder has ended, so nothing new can be recorded on it.";

export async function startAttempt(
  actor: TClientActor,
  input: TStartAttemptRequest,
): Promise<{ attemptId: string }> {
  return db.$transaction(async (tx) => {
    await lockLadder(tx, actor, input.assignmentId);
    const ladder = await loadLadder(tx, actor, input.assignmentId);
    if (ladder.status === "ENDED") throw new AppError("CONFLICT", { userMessage: ENDED });
    const verdict = canStartAttempt(ladder, input.stepId);
    if (!verdict.ok) throwRefusal(verdict);
    const attempt = await tx.stepAttempt.create({
      data: {
        assignmentId: input.assignmentId,
        stepId: input.stepId,
        clientId: actor.userId,
        prediction: input.prediction,
        predictionConfidence: input.predictionConfidence,
        distressBefore: input.distressBefore,
      },
      select: { id: true },
    });
    return { attemptId: attempt.id };
  });
}

/**
 * Which open occurrence a finished attempt counts for: today's (in the client's zone, earliest
 * first), else the most recent overdue one. Practising today must clear "Due today"; a client
 * who missed days would otherwise close an old miss while today's stays open. Future ones never.
 */
async function occurrenceToCredit(tx: TTx, actor: TClientActor, assignmentId: string, now: Date) {
  // The portal's own "Due today" and "Overdue", each read from the end it lists first.
  const w = dueWindows(now, actor.timeZone);
  const open = { ...occurrenceWhereFor(actor), assignmentId, status: "OPEN" } as const;
  for (const section of ["today", "overdue"] as const) {
    const { range, direction } = dueSectionRange(section, w);
    const occurrence = await tx.occurrence.findFirst({
      where: { ...open, dueAt: range },
      orderBy: [{ dueAt: direction }, { id: direction }],
      select: { id: true },
    });
    if (occurrence) return occurrence;
  }
  return null;
}

/**
 * Records how an attempt went and, in the same transaction, counts it for an open occurrence
 * (a scheduled ladder's "practise today"; see occurrenceToCredit).
 */
export async function completeAttempt(
  actor: TClientActor,
  input: TCompleteAttemptRequest,
): Promise<{ attemptId: string; occurrenceId: string | null }> {
  return db.$transaction(async (tx) => {
    const attempt = await tx.stepAttempt.findFirst({
      where: { id: input.attemptId, ...attemptWhereFor(actor) },
      select: { completedAt: true, assignmentId: true, assignment: { select: { status: true } } },
    });
    if (!attempt) throw notFound("attempt");
    if (attempt.assignment.status === "ENDED") {
      throw new AppError("CONFLICT", { userMessage: ENDED });
    }
    const verdict = canCompleteAttempt(attempt);
    if (!verdict.ok) throwRefusal(verdict);
    // The completedAt guard makes a concurrent second completion update nothing.
    const { count } = await tx.stepAttempt.updateMany({
      where: { id: input.attemptId, completedAt: null, ...attemptWhereFor(actor) },
      data: {
        peakDistress: input.peakDistress,
        afterDistress: input.afterDistress,
        fearedOutcome: input.fearedOutcome,
        whatHappened: input.whatHappened,
        note: input.note,
        completedAt: new Date(),
      },
    });
    if (count === 0) {
      const again = canCompleteAttempt({ completedAt: new Date() });
      if (!again.ok) throwRefusal(again);
    }

    const now = new Date();
    const occurrence = await occurrenceToCredit(tx, actor, attempt.assignmentId, now);
    if (occurrence) {
      await tx.occurrence.update({ where: { id: occurrence.id }, data: { status: "DONE" } });
      await completeIfFinished(tx, attempt.assignmentId, now);
    }
    return { attemptId: input.attemptId, occurrenceId: occurrence?.id ?? null };
  });
}

/**
 * Client or therapist moves the ladder on. Marking an already-mastered step again (a double
 * click, or client and therapist at once) succeeds without a second record.
 */
export async function markMastered(
  actor: Pick<TActor, "userId" | "role">,
  input: TMarkMasteredRequest,
): Promise<{ stepId: string; nextStepId: string | null }> {
  return db.$transaction(async (tx) => {
    await lockLadder(tx, actor, input.assignmentId);
    const ladder = await loadLadder(tx, actor, input.assignmentId);
    if (ladder.status === "ENDED") throw new AppError("CONFLICT", { userMessage: ENDED });
    const verdict = canMarkMastered(ladder, input.stepId);
    if (!verdict.ok && verdict.code !== "ALREADY_MASTERED") throwRefusal(verdict);
    if (verdict.ok) {
      await tx.masteredStep.createMany({
        data: [
          { assignmentId: input.assignmentId, stepId: input.stepId, markedById: actor.userId },
        ],
        skipDuplicates: true,
      });
      // A self-paced ladder is finished once its last step is mastered.
      await completeIfFinished(tx, input.assignmentId, new Date());
    }
    const index = ladder.steps.findIndex((s) => s.id === input.stepId);
    return { stepId: input.stepId, nextStepId: ladder.steps[index + 1]?.id ?? null };
  });
}
