import { expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createLinkedPair,
  signedIn,
} from "../../../tests/integration/factories";
import { codeOf } from "../../../tests/integration/trpc-outcome";
import { flagDay } from "./policy";

const FIRST = "share-a-preference";

/** A therapist, their client (in Berlin) with the built-in ladder, and an unrelated pair. */
async function world() {
  const [{ therapist, client }, other] = await Promise.all([
    createLinkedPair({ timeZone: "Europe/Berlin" }),
    createLinkedPair(),
  ]);
  const ladder = await createAssignmentRow({
    therapistId: therapist.id,
    clientId: client.id,
    builtinKey: "trust-ladder",
  });
  const asClient = callerFor(await signedIn(client));
  const asTherapist = callerFor(await signedIn(therapist));
  const asOtherTherapist = callerFor(await signedIn(other.therapist));
  /** One attempt on the first step (expected distress 15), with these ratings. */
  async function attempt(
    peakDistress: number,
    afterDistress: number,
    fearedOutcome: "YES" | "NO" | "PARTLY" | "UNKNOWN" = "NO",
  ) {
    const { attemptId } = await asClient.ladder.startAttempt({
      assignmentId: ladder.id,
      stepId: FIRST,
      prediction: "They will roll their eyes.",
      predictionConfidence: 60,
      distressBefore: 40,
    });
    await asClient.ladder.completeAttempt({
      attemptId,
      peakDistress,
      afterDistress,
      fearedOutcome,
      whatHappened: "They smiled.",
      confidenceAfter: 40,
    });
    return attemptId;
  }
  return { therapist, client, ladder, asClient, asTherapist, asOtherTherapist, attempt };
}

test("distress that stayed at 80 raises one flag the therapist sees, with a one-line reason", async () => {
  const w = await world();
  const attemptId = await w.attempt(85, 80);
  const open = await w.asTherapist.flags.listOpen({ clientId: w.client.id });
  expect(open.more).toBe(false);
  expect(open.flags).toEqual([
    {
      id: expect.any(String),
      kind: "HIGH_DISTRESS",
      reason: `distress stayed at 80 after step 1 on ${flagDay(new Date(), "Europe/Berlin")}`,
      createdAt: expect.any(Date),
      href: `/therapist/ladders/${w.ladder.id}/steps/${FIRST}`,
    },
  ]);
  const row = await db.flag.findFirstOrThrow({ where: { attemptId } });
  expect(row).toMatchObject({ clientId: w.client.id, therapistId: w.therapist.id });
  // Nothing the client wrote is in it.
  expect(row.reason).not.toMatch(/roll|smiled/);
});

test("a peak far above what the step should bring raises a flag; a calm attempt raises none", async () => {
  const w = await world();
  await w.attempt(15, 10);
  expect(await db.flag.count({ where: { clientId: w.client.id } })).toBe(0);
  await w.attempt(40, 10); // 25 above the expected 15
  const [flag] = (await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags;
  expect(flag?.reason).toMatch(/^distress peaked at 40 during step 1 on .+, expected about 15$/);
});

test("acknowledging keeps the flag with who and when; a new event raises a new flag", async () => {
  const w = await world();
  await w.attempt(95, 20);
  const [first] = (await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags;
  const { acknowledgedAt } = await w.asTherapist.flags.acknowledge({ flagId: first!.id });
  // Twice is harmless and keeps the first time.
  expect(await w.asTherapist.flags.acknowledge({ flagId: first!.id })).toEqual({ acknowledgedAt });
  expect((await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags).toEqual([]);
  expect(await db.flag.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
    acknowledgedById: w.therapist.id,
    acknowledgedAt,
  });

  await w.attempt(95, 20);
  const open = (await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags;
  expect(open).toHaveLength(1);
  expect(open[0]!.id).not.toBe(first!.id);
  expect(await db.flag.count({ where: { clientId: w.client.id } })).toBe(2);
});

test("another therapist can neither read nor acknowledge the flag", async () => {
  const w = await world();
  await w.attempt(90, 75);
  const [flag] = (await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags;
  expect(await codeOf(w.asOtherTherapist.flags.listOpen({ clientId: w.client.id }))).toBe(
    "NOT_FOUND",
  );
  expect(await codeOf(w.asOtherTherapist.flags.acknowledge({ flagId: flag!.id }))).toBe(
    "NOT_FOUND",
  );
  expect(await db.flag.findUniqueOrThrow({ where: { id: flag!.id } })).toMatchObject({
    acknowledgedAt: null,
  });
});

test("a weekly check-in answered “not at all safe” raises a flag on submit; a middle answer none", async () => {
  const { therapist, client } = await createLinkedPair({ timeZone: "Europe/Berlin" });
  const checkIn = await createAssignmentRow({
    therapistId: therapist.id,
    clientId: client.id,
    builtinKey: "signs-check-in",
    dueDates: [1, 2].map((d) => new Date(Date.now() + d * 86_400_000)),
  });
  const asClient = callerFor(await signedIn(client));
  const submit = (occurrenceId: string, feltSafe: number) =>
    asClient.worksheets.submit({
      occurrenceId,
      answers: { reflection: "A long week.", felt_safe: feltSafe },
      baseRevision: 0,
      idempotencyKey: crypto.randomUUID(),
    });
  const [first, second] = checkIn.occurrences;
  await submit(first!.id, 5);
  expect(await db.flag.count({ where: { clientId: client.id } })).toBe(0);
  const { submissionId } = await submit(second!.id, 0);
  const flags = await callerFor(await signedIn(therapist)).flags.listOpen({ clientId: client.id });
  expect(flags.flags).toEqual([
    expect.objectContaining({
      reason: expect.stringMatching(
        /^answered 0, the least safe end, to "Overall, how safe did you feel with the people close to you this week\?" in “Signs check-in \(weekly\)” on \d{1,2} \w{3}$/,
      ),
      href: `/therapist/submissions/${submissionId}`,
    }),
  ]);
  // The reflection the client wrote is not in it.
  expect(flags.flags[0]!.reason).not.toContain("long week");
});

test("distress afterwards rising over a step's last 3 attempts raises a flag on the third", async () => {
  const w = await world();
  await w.attempt(15, 10);
  await w.attempt(15, 20);
  expect(await db.flag.count({ where: { clientId: w.client.id } })).toBe(0);
  await w.attempt(15, 30);
  const flags = (await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags;
  expect(flags).toEqual([
    expect.objectContaining({
      kind: "RISING_DISTRESS",
      reason: expect.stringMatching(
        /^distress afterwards rose over the last 3 attempts at step 1 \(10, 20, 30\) on /,
      ),
    }),
  ]);
});

test("the feared outcome twice in a row raises a flag; a stop in between does not break it", async () => {
  const w = await world();
  await w.attempt(15, 10, "YES");
  // Stopped: no outcome, so it neither breaks nor makes the pair.
  const { attemptId } = await w.asClient.ladder.startAttempt({
    assignmentId: w.ladder.id,
    stepId: FIRST,
    prediction: "p",
    predictionConfidence: 50,
    distressBefore: 20,
  });
  await w.asClient.ladder.stopAttempt({ attemptId, note: "" });
  expect(await db.flag.count({ where: { clientId: w.client.id } })).toBe(0);
  await w.attempt(15, 10, "YES");
  const flags = (await w.asTherapist.flags.listOpen({ clientId: w.client.id })).flags;
  expect(flags.map((f) => f.kind)).toEqual(["FEAR_CAME_TRUE_AGAIN"]);
  expect(flags[0]!.reason).toMatch(
    /^the feared outcome happened two attempts in a row, the second at step 1 on /,
  );
});
