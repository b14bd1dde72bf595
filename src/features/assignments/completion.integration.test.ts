import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import type { TLadderBody } from "~/features/templates/schema";
import { addDays, localDateOf } from "~/lib/dates";
import { db } from "~/server/db";
import {
  callerFor,
  createLinkedPair,
  createTherapist,
  signedIn,
  syncBuiltinTemplateIds,
} from "../../../tests/integration/factories";

const TZ = "Europe/London";
// small-victories: what_i_did (long, required), why_it_mattered (long, required), celebrate.
const ANSWERS = {
  what_i_did: "Asked for help",
  why_it_mattered: "It felt risky",
  celebrate: "Tea",
};
let worksheetTemplateId: string;
let ladderTemplateId: string;

beforeAll(async () => {
  const ids = await syncBuiltinTemplateIds();
  worksheetTemplateId = ids["small-victories"]!;
  ladderTemplateId = ids["trust-ladder"]!;
});

async function setup() {
  const [{ therapist, client }, other] = await Promise.all([
    createLinkedPair({ timeZone: TZ }),
    createTherapist(),
  ]);
  return {
    clientId: client.id,
    therapistApi: callerFor(await signedIn(therapist)),
    clientApi: callerFor(await signedIn(client)),
    otherApi: callerFor(await signedIn(other)),
  };
}

type World = Awaited<ReturnType<typeof setup>>;
// Tomorrow, so the due time is in the future whenever the test runs.
const tomorrow = () => addDays(localDateOf(new Date(), TZ), 1);

function assignWorksheet(w: World, schedule: unknown) {
  return w.therapistApi.assignments.create({
    clientId: w.clientId,
    templateId: worksheetTemplateId,
    content: {
      kind: "WORKSHEET",
      body: getBuiltinTemplate("small-victories")!.body as never,
    },
    instructions: "",
    schedule: schedule as never,
  });
}

function assignLadder(w: World, schedule: unknown, steps = 2) {
  const body = getBuiltinTemplate("trust-ladder")!.body as TLadderBody;
  return w.therapistApi.assignments.create({
    clientId: w.clientId,
    templateId: ladderTemplateId,
    content: { kind: "LADDER", body: { ...body, steps: body.steps.slice(0, steps) } },
    instructions: "",
    schedule: schedule as never,
  });
}

const submit = (w: World, occurrenceId: string) =>
  w.clientApi.worksheets.submit({
    occurrenceId,
    answers: ANSWERS,
    baseRevision: 0,
    idempotencyKey: randomUUID(),
  });

const statusOf = async (assignmentId: string) =>
  (await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).status;

const titlesIn = async (w: World, status: "ACTIVE" | "COMPLETED" | "ENDED") =>
  (await w.therapistApi.assignments.listForClient({ clientId: w.clientId, status })).items.map(
    (a) => a.id,
  );

describe("homework finishes", () => {
  test("a once-scheduled worksheet is COMPLETED on submit and listed under Completed", async () => {
    const w = await setup();
    const { assignmentId } = await assignWorksheet(w, {
      kind: "once",
      dueDate: tomorrow(),
      dueTime: "12:00",
    });
    const [occurrence] = await db.occurrence.findMany({ where: { assignmentId } });
    expect(await statusOf(assignmentId)).toBe("ACTIVE");

    const before = new Date();
    await submit(w, occurrence!.id);
    expect(await statusOf(assignmentId)).toBe("COMPLETED");
    expect(await titlesIn(w, "COMPLETED")).toEqual([assignmentId]);
    expect(await titlesIn(w, "ACTIVE")).toEqual([]);
    // The therapist sees when it was finished.
    const [completed] = (
      await w.therapistApi.assignments.listForClient({ clientId: w.clientId, status: "COMPLETED" })
    ).items;
    expect(completed!.completedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(completed!.endedAt).toBeNull();
    // What was done stays readable for both.
    const task = await w.clientApi.worksheets.task({ occurrenceId: occurrence!.id });
    expect(task.submission?.status).toBe("SUBMITTED");
  });

  test("a daily worksheet with occurrences still to come stays ACTIVE", async () => {
    const w = await setup();
    const { assignmentId } = await assignWorksheet(w, {
      kind: "daily",
      startDate: tomorrow(),
      dueTime: "12:00",
      end: { type: "weeks", weeks: 1 },
    });
    const [first] = await db.occurrence.findMany({
      where: { assignmentId },
      orderBy: { dueAt: "asc" },
    });
    await submit(w, first!.id);
    expect(await statusOf(assignmentId)).toBe("ACTIVE");
    expect(await titlesIn(w, "ACTIVE")).toEqual([assignmentId]);
  });

  test("a missed occurrence keeps the homework ACTIVE until it is done late", async () => {
    const w = await setup();
    const { assignmentId } = await assignWorksheet(w, {
      kind: "daily",
      startDate: tomorrow(),
      dueTime: "12:00",
      end: { type: "weeks", weeks: 1 },
    });
    const occurrences = await db.occurrence.findMany({
      where: { assignmentId },
      orderBy: { dueAt: "asc" },
    });
    // All but the first are done; the first was missed (due yesterday, still open).
    for (const o of occurrences.slice(1)) await submit(w, o.id);
    await db.occurrence.update({
      where: { id: occurrences[0]!.id },
      data: { dueAt: new Date(Date.now() - 86_400_000) },
    });
    await w.therapistApi.assignments.listForClient({ clientId: w.clientId, status: "ACTIVE" });
    expect(await statusOf(assignmentId)).toBe("ACTIVE");

    await submit(w, occurrences[0]!.id);
    expect(await statusOf(assignmentId)).toBe("COMPLETED");
  });

  test("a self-paced ladder is COMPLETED when its last step is mastered, and stays on the portal", async () => {
    const w = await setup();
    const { assignmentId } = await assignLadder(w, null);
    const ladder = await w.clientApi.ladder.get({ assignmentId });
    const [first, second] = ladder.steps;

    await w.therapistApi.ladder.markMastered({ assignmentId, stepId: first!.id });
    expect(await statusOf(assignmentId)).toBe("ACTIVE");
    await w.therapistApi.ladder.markMastered({ assignmentId, stepId: second!.id });
    expect(await statusOf(assignmentId)).toBe("COMPLETED");
    expect(await titlesIn(w, "COMPLETED")).toEqual([assignmentId]);

    const home = await w.clientApi.portal.home();
    expect(home.ladders.items).toEqual([
      {
        assignmentId,
        title: ladder.title,
        finished: true,
        stepCount: ladder.steps.length,
        currentStep: null,
      },
    ]);
    // Practising a mastered step again is still allowed.
    const again = await w.clientApi.ladder.startAttempt({
      assignmentId,
      stepId: first!.id,
      prediction: "It will go fine.",
      predictionConfidence: 20,
      distressBefore: 10,
    });
    expect(again.attemptId).toBeTruthy();
  });

  test("a scheduled ladder is COMPLETED when an attempt covers its last occurrence", async () => {
    const w = await setup();
    const { assignmentId } = await assignLadder(w, {
      kind: "once",
      dueDate: tomorrow(),
      dueTime: "12:00",
    });
    // Due a minute ago, so today's attempt counts for it.
    await db.occurrence.updateMany({
      where: { assignmentId },
      data: { dueAt: new Date(Date.now() - 60_000) },
    });
    const ladder = await w.clientApi.ladder.get({ assignmentId });
    const { attemptId } = await w.clientApi.ladder.startAttempt({
      assignmentId,
      stepId: ladder.steps[0]!.id,
      prediction: "They will laugh.",
      predictionConfidence: 50,
      distressBefore: 40,
    });
    expect(await statusOf(assignmentId)).toBe("ACTIVE");
    const result = await w.clientApi.ladder.completeAttempt({
      attemptId,
      peakDistress: 50,
      afterDistress: 20,
      fearedOutcome: "NO",
      whatHappened: "They listened.",
      confidenceAfter: 20,
      note: "",
    });
    expect(result.occurrenceId).not.toBeNull();
    expect(await statusOf(assignmentId)).toBe("COMPLETED");
  });
});
