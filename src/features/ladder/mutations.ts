import "server-only";
import type { TActor, TClientActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { lockAssignment } from "~/server/locks";
import { assignmentWhereFor, attemptWhereFor, occurrenceWhereFor } from "~/server/scope";
import { completeIfFinished } from "~/features/assignments/mutations/completion";
import { dueSectionRange, dueWindows } from "~/features/assignments/due-windows";
import { raiseFlag } from "~/features/safety/mutations";
import {
  attemptDistressConcern,
  fearCameTrueAgain,
  RISING_OVER,
  risingDistress,
  type TFlagCause,
} from "~/features/safety/policy";
import type { TFlagKind } from "~/features/safety/schema";
import { ZLadderBodySchema } from "~/features/templates/schema";
import { loadLadder } from "./data";
import { canFinishAttempt, canMarkMastered, canStartAttempt, type TLadderDecision } from "./policy";
import type {
  TCompleteAttemptRequest,
  TMarkMasteredRequest,
  TStartAttemptRequest,
  TStopAttemptRequest,
} from "./schema";

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

/** The open attempt a client is finishing, with what its flag and occurrence need. */
async function openAttemptOf(tx: TTx, actor: TClientActor, attemptId: string) {
  const attempt = await tx.stepAttempt.findFirst({
    where: { id: attemptId, ...attemptWhereFor(actor) },
    select: {
      stepId: true,
      completedAt: true,
      stoppedAt: true,
      assignmentId: true,
      assignment: { select: { status: true, therapistId: true, content: true } },
    },
  });
  if (!attempt) throw notFound("attempt");
  if (attempt.assignment.status === "ENDED") {
    throw new AppError("CONFLICT", { userMessage: ENDED });
  }
  const verdict = canFinishAttempt(attempt);
  if (!verdict.ok) throwRefusal(verdict);
  return attempt;
}

/**
 * Writes how an attempt ended; the guard on both end marks makes a concurrent second finish (a
 * double tap, two tabs) update nothing and get the same refusal as a late one.
 */
async function finishAttempt(
  tx: TTx,
  actor: TClientActor,
  attemptId: string,
  data: Prisma.StepAttemptUpdateManyMutationInput,
) {
  const { count } = await tx.stepAttempt.updateMany({
    where: { id: attemptId, completedAt: null, stoppedAt: null, ...attemptWhereFor(actor) },
    data,
  });
  if (count === 0) {
    const again = canFinishAttempt({ completedAt: new Date(), stoppedAt: null });
    if (!again.ok) throwRefusal(again);
  }
}

/**
 * Records how an attempt went and, in the same transaction, counts it for an open occurrence
 * (a scheduled ladder's "practise today"; see occurrenceToCredit). Distress that stayed high, or
 * went far past what the step should bring, raises a flag for the therapist in the same
 * transaction (the client's page shows its own response from the saved ratings).
 */
export async function completeAttempt(
  actor: TClientActor,
  input: TCompleteAttemptRequest,
): Promise<{ attemptId: string; occurrenceId: string | null }> {
  return db.$transaction(async (tx) => {
    const attempt = await openAttemptOf(tx, actor, input.attemptId);
    const now = new Date();
    await finishAttempt(tx, actor, input.attemptId, {
      peakDistress: input.peakDistress,
      afterDistress: input.afterDistress,
      fearedOutcome: input.fearedOutcome,
      whatHappened: input.whatHappened,
      confidenceAfter: input.confidenceAfter,
      learned: input.learned,
      note: input.note,
      completedAt: now,
    });

    const steps = ZLadderBodySchema.parse(attempt.assignment.content).steps;
    const index = steps.findIndex((s) => s.id === attempt.stepId);
    for (const [kind, cause] of await flagsFor(tx, attempt, input, steps[index])) {
      await raiseFlag(tx, kind, cause, {
        clientId: actor.userId,
        therapistId: attempt.assignment.therapistId,
        clientTimeZone: actor.timeZone,
        at: now,
        where: `step ${index + 1}`,
        attemptId: input.attemptId,
      });
    }

    const occurrence = await occurrenceToCredit(tx, actor, attempt.assignmentId, now);
    if (occurrence) {
      await tx.occurrence.update({ where: { id: occurrence.id }, data: { status: "DONE" } });
      await completeIfFinished(tx, attempt.assignmentId, now);
    }
    return { attemptId: input.attemptId, occurrenceId: occurrence?.id ?? null };
  });
}

/**
 * What the therapist is told about an attempt just recorded (safety/policy.ts): its own ratings,
 * distress afterwards rising over the step's last attempts, the fear coming true again. Read
 * after the attempt is written, so it counts among the newest.
 */
async function flagsFor(
  tx: TTx,
  attempt: { assignmentId: string; stepId: string },
  ratings: { peakDistress: number; afterDistress: number },
  step: { expectedDistress: number } | undefined,
): Promise<[TFlagKind, TFlagCause][]> {
  if (!step) return [];
  const flags: [TFlagKind, TFlagCause][] = [];
  const concern = attemptDistressConcern(ratings, step.expectedDistress);
  if (concern) flags.push(["HIGH_DISTRESS", concern]);
  const newest = { completedAt: { not: null } } as const;
  // One after the other: a transaction has one connection.
  const onStep = await tx.stepAttempt.findMany({
    where: { assignmentId: attempt.assignmentId, stepId: attempt.stepId, ...newest },
    orderBy: [{ completedAt: "desc" }, { id: "desc" }],
    take: RISING_OVER,
    select: { afterDistress: true },
  });
  const onLadder = await tx.stepAttempt.findMany({
    where: { assignmentId: attempt.assignmentId, fearedOutcome: { in: ["YES", "NO", "PARTLY"] } },
    orderBy: [{ completedAt: "desc" }, { id: "desc" }],
    take: 2,
    select: { fearedOutcome: true },
  });
  const rising = risingDistress(onStep.map((a) => a.afterDistress ?? 0));
  if (rising) flags.push(["RISING_DISTRESS", { kind: "rising-distress", afterDistress: rising }]);
  if (fearCameTrueAgain(onLadder.map((a) => a.fearedOutcome))) {
    flags.push(["FEAR_CAME_TRUE_AGAIN", { kind: "fear-came-true-again" }]);
  }
  return flags;
}

/**
 * "I stopped / didn't do it this time": the attempt ends without ratings. It is information, not
 * failure: it counts neither toward moving up nor against it, and does not count as practice
 * for a due date.
 */
export async function stopAttempt(
  actor: TClientActor,
  input: TStopAttemptRequest,
): Promise<{ attemptId: string }> {
  return db.$transaction(async (tx) => {
    await openAttemptOf(tx, actor, input.attemptId);
    await finishAttempt(tx, actor, input.attemptId, { note: input.note, stoppedAt: new Date() });
    return { attemptId: input.attemptId };
  });
}

/**
 * Client or therapist moves the ladder on (the client only after practising the step; see
 * canMarkMastered). Marking an already-mastered step again (a double
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
    const by = actor.role === "CLIENT" ? "client" : "therapist";
    const verdict = canMarkMastered(ladder, input.stepId, by);
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
