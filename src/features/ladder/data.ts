import "server-only";
import type { TActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { assignmentWhereFor } from "~/server/scope";
import { feedbackListArgs, toFeedbackItem } from "~/features/feedback/data";
import { ZLadderBodySchema } from "~/features/templates/schema";
import { ladderState } from "./policy";
import type { TLadderResponse } from "./schema";

/** Enough for months of daily practice; keeps one page load bounded however long a ladder runs. */
export const MAX_ATTEMPTS_LOADED = 300;

type TDb = Prisma.TransactionClient | typeof db;

const attemptSelect = {
  id: true,
  stepId: true,
  prediction: true,
  predictionConfidence: true,
  distressBefore: true,
  peakDistress: true,
  afterDistress: true,
  fearedOutcome: true,
  whatHappened: true,
  note: true,
  startedAt: true,
  completedAt: true,
  feedback: feedbackListArgs,
} satisfies Prisma.StepAttemptSelect;

const ladderSelect = {
  id: true,
  title: true,
  instructions: true,
  whyItHelps: true,
  status: true,
  content: true,
  client: { select: { name: true } },
  masteredSteps: { select: { stepId: true } },
  // Newest first so the cap drops the oldest; reversed below.
  stepAttempts: {
    select: attemptSelect,
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: MAX_ATTEMPTS_LOADED,
  },
} satisfies Prisma.AssignmentSelect;

/**
 * The ladder as the actor may see it: scoped by assignmentWhereFor (a client's own, or a
 * therapist's own assignment to an ACTIVE client), in one query with its relations. Works on a
 * transaction too, so mutations decide on the same data the page shows.
 */
export async function loadLadder(
  client: TDb,
  actor: Pick<TActor, "userId" | "role">,
  assignmentId: string,
): Promise<TLadderResponse> {
  const row = await client.assignment.findFirst({
    where: { id: assignmentId, kind: "LADDER", ...assignmentWhereFor(actor) },
    select: ladderSelect,
  });
  if (!row) throw notFound("ladder");
  const body = ZLadderBodySchema.parse(row.content);
  const attempts = [...row.stepAttempts]
    .reverse()
    .map((a) => ({ ...a, feedback: a.feedback.map(toFeedbackItem) }));
  const state = ladderState({
    steps: body.steps,
    attempts,
    masteredStepIds: row.masteredSteps.map((m) => m.stepId),
    targetDistress: body.targetDistress,
    masteryStreak: body.masteryStreak,
  });
  const descriptions = new Map(body.steps.map((s) => [s.id, s.description]));
  return {
    assignmentId: row.id,
    title: row.title,
    instructions: row.instructions,
    whyItHelps: row.whyItHelps,
    clientName: row.client.name,
    status: row.status,
    targetDistress: body.targetDistress,
    masteryStreak: body.masteryStreak,
    steps: state.steps.map((s) => ({ ...s, description: descriptions.get(s.id) ?? "" })),
    currentStepId: state.currentStepId,
    complete: state.complete,
    attempts,
  };
}

export const getLadder = (actor: Pick<TActor, "userId" | "role">, assignmentId: string) =>
  loadLadder(db, actor, assignmentId);
