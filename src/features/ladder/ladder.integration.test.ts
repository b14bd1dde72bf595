import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "~/server/db";
import { addDays, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import type { TActor } from "~/server/auth/actor";
import {
  callerFor,
  createAssignmentRow,
  createLinkedPair,
  signedIn,
} from "../../../tests/integration/factories";
import { codeOf, sentFieldErrors } from "../../../tests/integration/trpc-outcome";

const FIRST = "share-a-preference";
const SECOND = "ask-a-small-favour";
const THIRD = "hand-over-a-task";

type World = {
  assignmentId: string;
  occurrenceIds: string[];
  client: TActor;
  therapist: TActor;
  otherClient: TActor;
  otherTherapist: TActor;
};
let w: World;

beforeEach(async () => {
  const [{ therapist, client }, other] = await Promise.all([
    createLinkedPair({ timeZone: "Europe/Berlin" }),
    createLinkedPair(),
  ]);
  const now = Date.now();
  const assignment = await createAssignmentRow({
    therapistId: therapist.id,
    clientId: client.id,
    builtinKey: "trust-ladder",
    // Due an hour ago (open, so today or overdue) and one a week ahead.
    dueDates: [new Date(now - 3_600_000), new Date(now + 7 * 86_400_000)],
  });
  w = {
    assignmentId: assignment.id,
    occurrenceIds: assignment.occurrences.map((o) => o.id),
    client: await signedIn(client),
    therapist: await signedIn(therapist),
    otherClient: await signedIn(other.client),
    otherTherapist: await signedIn(other.therapist),
  };
});

const start = (stepId = FIRST, extra: Record<string, unknown> = {}) =>
  callerFor(w.client).ladder.startAttempt({
    assignmentId: w.assignmentId,
    stepId,
    prediction: "They will think I'm boring.",
    predictionConfidence: 70,
    distressBefore: 50,
    ...extra,
  });

const complete = (attemptId: string, afterDistress = 40, extra: Record<string, unknown> = {}) =>
  callerFor(w.client).ladder.completeAttempt({
    attemptId,
    // at the first step's expected distress: a peak above it holds back the suggestion
    peakDistress: 15,
    afterDistress,
    fearedOutcome: "NO",
    whatHappened: "They asked me more about it.",
    confidenceAfter: 30,
    note: "",
    ...extra,
  });

const attemptCount = () => db.stepAttempt.count({ where: { assignmentId: w.assignmentId } });

test("full flow: start, leave, complete, suggestion, master, next step current", async () => {
  const before = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(before.currentStepId).toBe(FIRST);
  expect(before.steps.map((s) => s.status).slice(0, 3)).toEqual([
    "current",
    "upcoming",
    "upcoming",
  ]);

  const { attemptId } = await start();
  // Coming back later: the open attempt is on the server.
  const reopened = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(reopened.steps[0]).toMatchObject({ openAttemptId: attemptId, attempts: 1 });

  await complete(attemptId, 25);
  const afterOne = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(afterOne.steps[0]).toMatchObject({ openAttemptId: null, suggestMastery: false });

  await complete((await start()).attemptId, 30);
  const afterTwo = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(afterTwo.steps[0]?.suggestMastery).toBe(true);
  expect(afterTwo.attempts.map((a) => a.afterDistress)).toEqual([25, 30]);

  const result = await callerFor(w.client).ladder.markMastered({
    assignmentId: w.assignmentId,
    stepId: FIRST,
  });
  expect(result).toEqual({ stepId: FIRST, nextStepId: SECOND });
  const after = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(after.currentStepId).toBe(SECOND);
  expect(after.steps[0]?.status).toBe("done");

  // Marking again is harmless (double click); a done step can be practised again.
  await callerFor(w.client).ladder.markMastered({ assignmentId: w.assignmentId, stepId: FIRST });
  expect(await db.masteredStep.count({ where: { assignmentId: w.assignmentId } })).toBe(1);
  expect(await codeOf(start(FIRST))).toBe("ok");
});

test("no suggestion when the last attempts ended above target", async () => {
  await complete((await start()).attemptId, 20);
  await complete((await start()).attemptId, 45);
  const ladder = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(ladder.steps[0]?.suggestMastery).toBe(false);
});

test("stopping an attempt: no ratings, no due date done, no effect on moving up", async () => {
  const { attemptId } = await start();
  expect(
    await callerFor(w.client).ladder.stopAttempt({ attemptId, note: "They were busy." }),
  ).toEqual({ attemptId });
  const stored = await db.stepAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect(stored).toMatchObject({ note: "They were busy.", completedAt: null, peakDistress: null });
  expect(stored.stoppedAt).toBeInstanceOf(Date);
  // The due date an hour ago is still to do: stopping is not practice done.
  const dueNow = () => db.occurrence.findUniqueOrThrow({ where: { id: w.occurrenceIds[0]! } });
  expect((await dueNow()).status).toBe("OPEN");
  expect(await codeOf(complete(attemptId))).toBe("CONFLICT");
  expect(await codeOf(callerFor(w.client).ladder.stopAttempt({ attemptId, note: "" }))).toBe(
    "CONFLICT",
  );

  // The step is free for new attempts, and the stop neither starts nor breaks a streak.
  await complete((await start()).attemptId, 20);
  expect((await dueNow()).status).toBe("DONE");
  await complete((await start()).attemptId, 10);
  const ladder = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(ladder.steps[0]).toMatchObject({
    openAttemptId: null,
    attempts: 3,
    completedAttempts: 2,
    suggestMastery: true,
  });
});

test("the client moves up only after practising; the therapist may mark it, and that shows", async () => {
  const input = { assignmentId: w.assignmentId, stepId: FIRST };
  await expect(callerFor(w.client).ladder.markMastered(input)).rejects.toMatchObject({
    code: "CONFLICT",
    message: expect.stringMatching(/^Record at least one attempt on this step first\./),
  });
  expect(await db.masteredStep.count({ where: { assignmentId: w.assignmentId } })).toBe(0);
  await callerFor(w.therapist).ladder.markMastered(input);
  const ladder = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(ladder.steps[0]).toMatchObject({ status: "done", masteredBy: "therapist" });

  // On the next step the client practises first, then marks it themselves.
  const { attemptId } = await start(SECOND, { distressBefore: 20 });
  await complete(attemptId, 10);
  await callerFor(w.client).ladder.markMastered({ assignmentId: w.assignmentId, stepId: SECOND });
  const after = await callerFor(w.therapist).ladder.get({ assignmentId: w.assignmentId });
  expect(after.steps[1]).toMatchObject({ status: "done", masteredBy: "client" });
});

test("the beliefs after and what was learned are kept with the attempt", async () => {
  const { attemptId } = await start();
  await complete(attemptId, 20, {
    fearedOutcome: "UNKNOWN",
    confidenceAfter: 35,
    learned: "Most people are kinder than I expect.",
  });
  const ladder = await callerFor(w.therapist).ladder.get({ assignmentId: w.assignmentId });
  expect(ladder.attempts[0]).toMatchObject({
    fearedOutcome: "UNKNOWN",
    confidenceAfter: 35,
    learned: "Most people are kinder than I expect.",
  });
});

test("an attempt on a locked step is refused with the reason and stores nothing", async () => {
  await expect(start(THIRD)).rejects.toMatchObject({
    code: "CONFLICT",
    message: "This step unlocks after you master the one before it.",
  });
  expect(await attemptCount()).toBe(0);
});

test("a second open attempt on the same step is refused", async () => {
  await start();
  expect(await codeOf(start())).toBe("CONFLICT");
  expect(await attemptCount()).toBe(1);
});

test("completing twice is refused and keeps the first record", async () => {
  const { attemptId } = await start();
  await complete(attemptId, 20);
  await expect(complete(attemptId, 90)).rejects.toMatchObject({
    code: "CONFLICT",
    message: "You already recorded how this attempt went.",
  });
  const row = await db.stepAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect(row.afterDistress).toBe(20);
});

describe("invalid ratings give field errors and store nothing", () => {
  for (const bad of [101, -1, 12.5]) {
    test(`distressBefore ${bad}`, async () => {
      const error = await start(FIRST, { distressBefore: bad }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect(await attemptCount()).toBe(0);
    });
    test(`afterDistress ${bad}`, async () => {
      const { attemptId } = await start();
      expect(await codeOf(complete(attemptId, bad))).toBe("BAD_REQUEST");
      const row = await db.stepAttempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect(row.completedAt).toBeNull();
      expect(row.afterDistress).toBeNull();
    });
  }

  test("the field errors name the field and say what to do", async () => {
    expect(await sentFieldErrors(start(FIRST, { predictionConfidence: 101 }))).toEqual({
      predictionConfidence: ["Use a number from 0 to 100."],
    });
  });
});

test("completing marks the open occurrence due by now DONE, not future ones", async () => {
  const { attemptId } = await start();
  const result = await complete(attemptId);
  expect(result.occurrenceId).toBe(w.occurrenceIds[0]);
  const statuses = await db.occurrence.findMany({
    where: { assignmentId: w.assignmentId },
    orderBy: { dueAt: "asc" },
    select: { status: true },
  });
  expect(statuses.map((s) => s.status)).toEqual(["DONE", "OPEN"]);

  // Nothing else due today or missed: the next completion counts for no occurrence.
  const again = await complete((await start()).attemptId);
  expect(again.occurrenceId).toBeNull();
});

test("practice counts for today's occurrence first, then the most recent missed one", async () => {
  // The client (in Berlin) missed three days; midday of each day in their own calendar.
  const today = localDateOf(new Date(), "Europe/Berlin");
  const middayOf = (days: number) =>
    zonedWallTimeToUtc(addDays(today, days), "12:00", "Europe/Berlin");
  const t = await db.user.findUniqueOrThrow({ where: { id: w.therapist.userId } });
  const scheduled = await createAssignmentRow({
    therapistId: t.id,
    clientId: w.client.userId,
    builtinKey: "trust-ladder",
    dueDates: [-3, -2, -1, 0, 1].map(middayOf),
  });
  const [threeAgo, twoAgo, yesterday, todays] = scheduled.occurrences.map((o) => o.id);
  const practise = async () => {
    const { attemptId } = await callerFor(w.client).ladder.startAttempt({
      assignmentId: scheduled.id,
      stepId: FIRST,
      prediction: "p",
      predictionConfidence: 50,
      distressBefore: 50,
    });
    return (await complete(attemptId)).occurrenceId;
  };
  expect(await practise()).toBe(todays);
  expect(await practise()).toBe(yesterday);
  expect(await practise()).toBe(twoAgo);
  expect(await practise()).toBe(threeAgo);
  // Tomorrow's is not practice done ahead of time.
  expect(await practise()).toBeNull();
});

test("the therapist sees attempts and can mark mastered; others get NOT_FOUND", async () => {
  await complete((await start()).attemptId, 10);
  const seen = await callerFor(w.therapist).ladder.get({ assignmentId: w.assignmentId });
  expect(seen.attempts).toHaveLength(1);
  expect(seen.attempts[0]).toMatchObject({ prediction: "They will think I'm boring." });

  const input = { assignmentId: w.assignmentId, stepId: FIRST };
  expect(await codeOf(callerFor(w.otherTherapist).ladder.markMastered(input))).toBe("NOT_FOUND");
  expect(await codeOf(callerFor(w.otherClient).ladder.markMastered(input))).toBe("NOT_FOUND");
  expect(await codeOf(callerFor(w.otherTherapist).ladder.get(input))).toBe("NOT_FOUND");
  expect(await db.masteredStep.count({ where: { assignmentId: w.assignmentId } })).toBe(0);

  // Only the current step can be marked.
  expect(
    await codeOf(callerFor(w.therapist).ladder.markMastered({ ...input, stepId: THIRD })),
  ).toBe("CONFLICT");
  await callerFor(w.therapist).ladder.markMastered(input);
  const ladder = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(ladder.currentStepId).toBe(SECOND);
});

test("another client cannot start or complete attempts on someone else's ladder", async () => {
  const { attemptId } = await start();
  const other = callerFor(w.otherClient).ladder;
  expect(
    await codeOf(
      other.startAttempt({
        assignmentId: w.assignmentId,
        stepId: FIRST,
        prediction: "x",
        predictionConfidence: 1,
        distressBefore: 1,
      }),
    ),
  ).toBe("NOT_FOUND");
  expect(
    await codeOf(
      other.completeAttempt({
        attemptId,
        peakDistress: 1,
        afterDistress: 1,
        fearedOutcome: "NO",
        whatHappened: "x",
        confidenceAfter: 1,
        note: "",
      }),
    ),
  ).toBe("NOT_FOUND");
  expect(await attemptCount()).toBe(1);
});

test("an ended ladder can be read but takes no new attempts or mastery", async () => {
  await db.assignment.update({ where: { id: w.assignmentId }, data: { status: "ENDED" } });
  expect(await codeOf(start())).toBe("CONFLICT");
  const input = { assignmentId: w.assignmentId, stepId: FIRST };
  expect(await codeOf(callerFor(w.therapist).ladder.markMastered(input))).toBe("CONFLICT");
  const ladder = await callerFor(w.client).ladder.get({ assignmentId: w.assignmentId });
  expect(ladder.status).toBe("ENDED");
  expect(await attemptCount()).toBe(0);
});

test("two starts at once (two tabs) leave exactly one open attempt", async () => {
  const codes = await Promise.all([codeOf(start()), codeOf(start())]);
  expect(codes.sort()).toEqual(["CONFLICT", "ok"]);
  expect(await attemptCount()).toBe(1);
});
