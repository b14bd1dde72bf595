import { randomUUID } from "node:crypto";
import { beforeEach, expect, test } from "vitest";
import { db } from "~/server/db";
import type { TActor } from "~/server/auth/actor";
import { callerFor, createAssignedPair } from "../../../tests/integration/factories";
import { codeOf } from "../../../tests/integration/trpc-outcome";

const REFLECTION = "Alex went quiet and I assumed the worst all week.";

let client: TActor;
let therapist: TActor;
let submissionId: string;

// A weekly check-in answered at the least safe end, kept just for the client.
beforeEach(async () => {
  const pair = await createAssignedPair({ builtinKey: "signs-check-in" });
  ({ client, therapist } = pair);
  const done = await callerFor(client).worksheets.submit({
    occurrenceId: pair.assignment.occurrences[0]!.id,
    answers: { reflection: REFLECTION, felt_safe: 0 },
    baseRevision: 0,
    idempotencyKey: randomUUID(),
    justForMe: true,
  });
  submissionId = done.submissionId;
});

test("the therapist sees it was done, not the answers, and it raises no flag by itself", async () => {
  const asTherapist = callerFor(therapist);
  const seen = await asTherapist.worksheets.submission({ submissionId });
  expect(seen).toMatchObject({ private: true, fields: [], answers: {}, followUpNote: null });
  expect(JSON.stringify(seen)).not.toContain("assumed the worst");
  const list = await asTherapist.worksheets.recentSubmissions();
  expect(list.items).toEqual([expect.objectContaining({ id: submissionId, private: true })]);
  // It counts as done.
  const row = await db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { occurrence: { select: { status: true } } },
  });
  expect(row.occurrence.status).toBe("DONE");
  expect(await db.flag.count({ where: { clientId: client.userId } })).toBe(0);
  expect(
    await codeOf(asTherapist.feedback.create({ target: { submissionId }, body: "Thanks" })),
  ).toBe("CONFLICT");
});

test("“tell my therapist” raises one flag that names no answer; the entry stays private", async () => {
  const asClient = callerFor(client);
  expect(await asClient.worksheets.tellTherapist({ submissionId })).toEqual({ told: true });
  expect(await asClient.worksheets.tellTherapist({ submissionId })).toEqual({ told: true });
  const flags = await callerFor(therapist).flags.listOpen({ clientId: client.userId });
  expect(flags.flags).toHaveLength(1);
  expect(flags.flags[0]!.reason).toMatch(
    /^asked for support after a private entry in “Signs check-in \(weekly\)” on \d{1,2} \w{3}; the answers stay private$/,
  );
  expect(flags.flags[0]!.reason).not.toMatch(/safe|worst|0/);
  expect((await callerFor(therapist).worksheets.submission({ submissionId })).private).toBe(true);
  const occurrenceId = (await db.submission.findUniqueOrThrow({ where: { id: submissionId } }))
    .occurrenceId;
  expect((await asClient.worksheets.task({ occurrenceId })).submission?.therapistTold).toBe(true);
});

test("shared later, the therapist reads the answers; sharing cannot be undone", async () => {
  const asClient = callerFor(client);
  const { sharedAt } = await asClient.worksheets.share({ submissionId });
  expect(await asClient.worksheets.share({ submissionId })).toEqual({ sharedAt });
  const seen = await callerFor(therapist).worksheets.submission({ submissionId });
  expect(seen).toMatchObject({ private: false, answers: { reflection: REFLECTION, felt_safe: 0 } });
  expect(await codeOf(asClient.worksheets.tellTherapist({ submissionId }))).toBe("CONFLICT");
});

test("nobody else can share or flag the entry", async () => {
  const other = await createAssignedPair({ builtinKey: "signs-check-in" });
  const asOther = callerFor(other.client);
  expect(await codeOf(asOther.worksheets.share({ submissionId }))).toBe("NOT_FOUND");
  expect(await codeOf(asOther.worksheets.tellTherapist({ submissionId }))).toBe("NOT_FOUND");
  const row = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
  expect(row.private).toBe(true);
  expect(await db.flag.count({ where: { submissionId } })).toBe(0);
});
