import "server-only";
import type { TActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { byTime } from "~/server/paging";
import { assignmentWhereFor, type TLinkAccess } from "~/server/scope";
import { feedbackListArgs, toFeedbackItem } from "~/features/feedback/data";
import { ZLadderBodySchema } from "~/features/templates/schema";
import { ladderState } from "./policy";
import {
  ATTEMPTS_PER_STEP,
  STEP_HISTORY_PAGE_SIZE,
  type TAttempt,
  type TLadderResponse,
  type TStepAttemptsRequest,
  type TStepAttemptsResponse,
} from "./schema";

type TDb = Prisma.TransactionClient | typeof db;
type TScope = Pick<TActor, "userId" | "role">;

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
  confidenceAfter: true,
  learned: true,
  note: true,
  startedAt: true,
  completedAt: true,
  stoppedAt: true,
  reviewedAt: true,
  feedback: feedbackListArgs,
} satisfies Prisma.StepAttemptSelect;

type TAttemptRow = Prisma.StepAttemptGetPayload<{ select: typeof attemptSelect }>;
const toAttempt = (a: TAttemptRow): TAttempt => ({
  ...a,
  feedback: a.feedback.map(toFeedbackItem),
});

/** Newest first, the order a step's attempts are shown and paged in. */
const newestFirst = byTime("startedAt", "desc");

const ladderSelect = {
  id: true,
  title: true,
  instructions: true,
  whyItHelps: true,
  status: true,
  content: true,
  client: { select: { id: true, name: true } },
  masteredSteps: { select: { stepId: true, markedById: true } },
  // Read apart from the newest-per-step, so neither depends on how many attempts are shown:
  // open attempts ("continue, don't start another"; startAttempt keeps it to one per step, and a
  // ladder has at most 20 steps) and attempts with feedback the client has not seen yet (an old
  // attempt's new feedback would otherwise hide behind "Show older attempts").
  stepAttempts: {
    where: {
      OR: [{ completedAt: null, stoppedAt: null }, { feedback: { some: { seenAt: null } } }],
    },
    select: attemptSelect,
    orderBy: newestFirst.orderBy,
    take: 40,
  },
} satisfies Prisma.AssignmentSelect;

type TRanked = { id: string; stepId: string; total: number; completed: number };

/**
 * The ladder as the actor may see it: scoped by assignmentWhereFor (a client's own, or a
 * therapist's own assignment to an ACTIVE client), with each step's newest ATTEMPTS_PER_STEP
 * attempts (and the pinned ones above) and every step's true counts. Three queries however long
 * the ladder has run; works on a transaction too, so mutations decide on the same data the page
 * shows.
 */
export async function loadLadder(
  client: TDb,
  actor: TScope,
  assignmentId: string,
  access: TLinkAccess = "write",
): Promise<TLadderResponse> {
  const row = await client.assignment.findFirst({
    where: { id: assignmentId, kind: "LADDER", ...assignmentWhereFor(actor, access) },
    select: ladderSelect,
  });
  if (!row) throw notFound("ladder");
  const body = ZLadderBodySchema.parse(row.content);
  const stepIds = body.steps.map((s) => s.id);

  // Postgres ranks each step's attempts in one pass (Prisma cannot take N per group); only ids
  // and counts come back.
  const ranked = await client.$queryRaw<TRanked[]>`
    SELECT id, "stepId", total, completed FROM (
      SELECT id, "stepId",
        row_number() OVER (PARTITION BY "stepId" ORDER BY "startedAt" DESC, id DESC) AS rank,
        (count(*) OVER (PARTITION BY "stepId"))::int AS total,
        (count("completedAt") OVER (PARTITION BY "stepId"))::int AS completed
      FROM "StepAttempt"
      WHERE "assignmentId" = ${row.id} AND "stepId" = ANY(${stepIds}::text[])
    ) AS per_step
    WHERE rank <= ${ATTEMPTS_PER_STEP}`;
  // Scoped through `row`: it was found under assignmentWhereFor(actor) above, and these are its
  // attempts only (as the ranking and the pinned ones are), so a second scope join adds nothing.
  const recent = await client.stepAttempt.findMany({
    where: { id: { in: ranked.map((r) => r.id) }, assignmentId: row.id },
    select: attemptSelect,
    orderBy: newestFirst.orderBy,
  });

  const shownIds = new Set(recent.map((a) => a.id));
  const pinned = row.stepAttempts.filter((a) => !shownIds.has(a.id) && stepIds.includes(a.stepId));
  const attempts = [...recent, ...pinned]
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map(toAttempt);
  const totals = new Map(
    ranked.map((r) => [r.stepId, { attempts: r.total, completed: r.completed }]),
  );
  const state = ladderState({
    steps: body.steps,
    attempts,
    masteredStepIds: row.masteredSteps.map((m) => m.stepId),
    targetDistress: body.targetDistress,
    masteryStreak: body.masteryStreak,
    totals,
  });
  const descriptions = new Map(body.steps.map((s) => [s.id, s.description]));
  const markedBy = new Map(
    row.masteredSteps.map(
      (m) => [m.stepId, m.markedById === row.client.id ? "client" : "therapist"] as const,
    ),
  );
  return {
    assignmentId: row.id,
    title: row.title,
    instructions: row.instructions,
    whyItHelps: row.whyItHelps,
    clientId: row.client.id,
    clientName: row.client.name,
    status: row.status,
    targetDistress: body.targetDistress,
    masteryStreak: body.masteryStreak,
    steps: state.steps.map((s) => ({
      ...s,
      description: descriptions.get(s.id) ?? "",
      masteredBy: s.status === "done" ? (markedBy.get(s.id) ?? null) : null,
    })),
    currentStepId: state.currentStepId,
    complete: state.complete,
    attempts,
  };
}

export const getLadder = (actor: TScope, assignmentId: string) =>
  loadLadder(db, actor, assignmentId, "read");

/** A page of one step's attempts, newest first, after `cursor`: one query, scoped to the actor. */
export async function listStepAttempts(
  actor: TScope,
  { assignmentId, stepId, cursor }: TStepAttemptsRequest,
): Promise<TStepAttemptsResponse> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, kind: "LADDER", ...assignmentWhereFor(actor, "read") },
    select: {
      title: true,
      content: true,
      client: { select: { id: true, name: true } },
      stepAttempts: {
        where: { AND: [{ stepId }, newestFirst.after(cursor)] },
        select: attemptSelect,
        orderBy: newestFirst.orderBy,
        take: STEP_HISTORY_PAGE_SIZE + 1,
      },
    },
  });
  if (!row) throw notFound("ladder");
  const steps = ZLadderBodySchema.parse(row.content).steps;
  const index = steps.findIndex((s) => s.id === stepId);
  if (index === -1) throw notFound("step");
  return {
    title: row.title,
    clientId: row.client.id,
    clientName: row.client.name,
    step: { id: stepId, title: steps[index]!.title, number: index + 1 },
    ...newestFirst.toPage(row.stepAttempts, STEP_HISTORY_PAGE_SIZE, toAttempt),
  };
}
