import { beforeAll, beforeEach, expect, test } from "vitest";
import type { TActor } from "~/server/auth/actor";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignedPair,
  createClient,
  createTherapist,
  signedIn,
} from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { installQueryCounter } from "../../../tests/integration/query-counter";
import { codeOf } from "../../../tests/integration/trpc-outcome";
import { ATTEMPTS_PER_STEP, STEP_HISTORY_PAGE_SIZE } from "./schema";

const FIRST = "share-a-preference";
const MANY = 320;

let queriesOf: Awaited<ReturnType<typeof installQueryCounter>>;
let client: TActor;
let therapist: TActor;
let assignmentId: string;

beforeAll(async () => {
  queriesOf = await installQueryCounter();
});

beforeEach(async () => {
  const pair = await createAssignedPair({ builtinKey: "trust-ladder", dueDates: [] });
  [client, therapist, assignmentId] = [pair.client, pair.therapist, pair.assignment.id];
});

/** `count` completed attempts on a step, a minute apart, the newest `minutesAgo` ago. */
async function completedAttempts(stepId: string, count: number, minutesAgo = 1) {
  const now = Date.now();
  await db.stepAttempt.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const startedAt = new Date(now - (minutesAgo + count - i) * 60_000);
      return {
        assignmentId,
        stepId,
        clientId: client.userId,
        prediction: `prediction ${i}`,
        predictionConfidence: 50,
        distressBefore: 50,
        afterDistress: 20,
        peakDistress: 15, // the first step's expected distress: within it, so the streak counts
        fearedOutcome: "NO" as const,
        whatHappened: "fine",
        startedAt,
        completedAt: new Date(startedAt.getTime() + 30_000),
      };
    }),
  });
}

test("an open attempt counts however many attempts the step has; the step history has them all", async () => {
  // Started long ago and never finished, with hundreds of attempts since.
  const open = await db.stepAttempt.create({
    data: {
      assignmentId,
      stepId: FIRST,
      clientId: client.userId,
      prediction: "left open",
      predictionConfidence: 50,
      distressBefore: 50,
      startedAt: new Date(Date.now() - 365 * 86_400_000),
    },
  });
  await completedAttempts(FIRST, MANY);
  const api = callerFor(client).ladder;

  const ladder = await api.get({ assignmentId });
  expect(ladder.steps[0]).toMatchObject({
    openAttemptId: open.id,
    attempts: MANY + 1,
    completedAttempts: MANY,
    suggestMastery: true,
  });
  await expect(
    api.startAttempt({
      assignmentId,
      stepId: FIRST,
      prediction: "p",
      predictionConfidence: 1,
      distressBefore: 1,
    }),
  ).rejects.toMatchObject({ code: "CONFLICT" });

  // The ladder: the step's newest attempts plus the open one; the step's history has them all.
  const shown = ladder.attempts.filter((a) => a.stepId === FIRST);
  expect(shown).toHaveLength(ATTEMPTS_PER_STEP + 1);
  expect(shown.at(-1)?.prediction).toBe(`prediction ${MANY - 1}`);
  const pages = await readAllPages(
    (cursor) => api.stepAttempts({ assignmentId, stepId: FIRST, cursor }),
    (a) => a.id,
    STEP_HISTORY_PAGE_SIZE,
  );
  const history = pages.flat();
  expect(history).toHaveLength(MANY + 1);
  expect(history.at(-1)?.id).toBe(open.id);
  expect(history.slice(0, ATTEMPTS_PER_STEP).map((a) => a.id)).toEqual(
    shown
      .slice(1)
      .reverse()
      .map((a) => a.id),
  );
});

test("an old attempt's unread feedback stays on the ladder page until it is read", async () => {
  await completedAttempts(FIRST, 1, 60);
  const [oldest] = await db.stepAttempt.findMany({ where: { assignmentId }, select: { id: true } });
  await completedAttempts(FIRST, ATTEMPTS_PER_STEP);
  const feedback = await db.feedback.create({
    data: {
      attemptId: oldest!.id,
      authorId: therapist.userId,
      clientId: client.userId,
      body: "Well done",
    },
  });
  const api = callerFor(client);
  const shownIds = async () => (await api.ladder.get({ assignmentId })).attempts.map((a) => a.id);
  expect(await shownIds()).toHaveLength(ATTEMPTS_PER_STEP + 1);
  expect(await shownIds()).toContain(oldest!.id);
  await api.feedback.markSeen({ feedbackIds: [feedback.id] });
  expect(await shownIds()).not.toContain(oldest!.id);
});

test("the step history names the step and is refused for a step not on the ladder", async () => {
  await completedAttempts(FIRST, 1);
  const api = callerFor(therapist).ladder;
  const page = await api.stepAttempts({ assignmentId, stepId: "ask-a-small-favour" });
  expect(page).toMatchObject({
    step: { title: "Ask for a small favour", number: 2 },
    items: [],
    nextCursor: null,
  });
  expect(await codeOf(api.stepAttempts({ assignmentId, stepId: "no-such-step" }))).toBe(
    "NOT_FOUND",
  );
});

test("the ladder page makes as many queries with hundreds of attempts as with one", async () => {
  await completedAttempts(FIRST, 1);
  const few = await queriesOf(() => callerFor(therapist).ladder.get({ assignmentId }));
  await completedAttempts(FIRST, MANY, 10);
  await completedAttempts("ask-a-small-favour", 30);
  const many = await queriesOf(() => callerFor(therapist).ladder.get({ assignmentId }));
  expect(many.result.steps[0]?.attempts).toBe(MANY + 1);
  expect(many.queries).toBe(few.queries);
  // session check, the ladder with its open attempts, the per-step ranking, the shown attempts
  expect(many.queries).toBeLessThanOrEqual(4);
});

test("someone else's step history is not found", async () => {
  const [otherTherapist, otherClient] = await Promise.all([createTherapist(), createClient()]);
  for (const who of [otherTherapist, otherClient]) {
    const api = callerFor(await signedIn(who)).ladder;
    expect(await codeOf(api.stepAttempts({ assignmentId, stepId: FIRST }))).toBe("NOT_FOUND");
  }
});
