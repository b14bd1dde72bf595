import { randomUUID } from "node:crypto";
import { beforeEach, expect, test } from "vitest";
import { db } from "~/server/db";
import type { TActor } from "~/server/auth/actor";
import { callerFor, createAssignedPair } from "../../../tests/integration/factories";
import { codeOf, sentFieldErrors } from "../../../tests/integration/trpc-outcome";

// The prediction log: situation, feared, how_sure before; when, what_happened, confirmed,
// belief_after, learned after.
const BEFORE = {
  situation: "Asking Sam for a lift",
  feared: "Sam says no and sighs",
  how_sure: 70,
};
const AFTER = { what_happened: "Sam said yes at once", confirmed: "no", belief_after: 30 };

let client: TActor;
let therapist: TActor;
let occurrenceId: string;
let assignmentId: string;

beforeEach(async () => {
  const pair = await createAssignedPair({ builtinKey: "prediction-outcome-log" });
  ({ client, therapist } = pair);
  assignmentId = pair.assignment.id;
  occurrenceId = pair.assignment.occurrences[0]!.id;
});

test("the before part is checked as a submit, then fixed; the therapist sees the prediction made", async () => {
  const api = callerFor(client);
  await api.worksheets.saveDraft({
    occurrenceId,
    answers: { situation: "Asking Sam" },
    baseRevision: 0,
  });

  // Its required questions must be answered; the after part's need not be.
  const incomplete = api.worksheets.submitBeforePart({
    occurrenceId,
    answers: { situation: "Asking Sam" },
    baseRevision: 1,
  });
  expect(await codeOf(incomplete)).toBe("BAD_REQUEST");
  expect(Object.keys((await sentFieldErrors(incomplete)) ?? {}).sort()).toEqual([
    "answers.feared",
    "answers.how_sure",
  ]);
  // The whole cannot be handed in before the first part.
  const early = api.worksheets.submit({
    occurrenceId,
    answers: { ...BEFORE, ...AFTER },
    baseRevision: 1,
    idempotencyKey: randomUUID(),
  });
  expect(await codeOf(early)).toBe("CONFLICT");

  const first = await api.worksheets.submitBeforePart({
    occurrenceId,
    answers: BEFORE,
    baseRevision: 1,
  });
  expect(first.revision).toBe(2);
  // Sent again as is (a retry): the same answer; changed: refused.
  expect(
    await api.worksheets.submitBeforePart({ occurrenceId, answers: BEFORE, baseRevision: 1 }),
  ).toEqual(first);
  const changed = api.worksheets.submitBeforePart({
    occurrenceId,
    answers: { ...BEFORE, how_sure: 10 },
    baseRevision: 2,
  });
  expect(await codeOf(changed)).toBe("CONFLICT");

  const occurrence = await db.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } });
  expect(occurrence.status).toBe("OPEN");
  const asTherapist = callerFor(therapist);
  const list = await asTherapist.assignments.listForClient({
    clientId: client.userId,
    status: "ACTIVE",
  });
  const entry = list.items
    .find((a) => a.id === assignmentId)
    ?.occurrences.find((o) => o.id === occurrenceId);
  expect(entry).toMatchObject({ status: "prediction made", submissionId: expect.any(String) });

  // An after-part draft stays private; the therapist reads the before part only.
  await api.worksheets.saveDraft({
    occurrenceId,
    answers: { what_happened: "Not yet written up" },
    baseRevision: 2,
  });
  const seen = await asTherapist.worksheets.submission({ submissionId: entry!.submissionId! });
  expect(seen).toMatchObject({ beforeOnly: true, answers: BEFORE });
  expect(seen.fields.map((f) => f.id)).toEqual(["situation", "feared", "how_sure"]);
  // Nothing to respond to yet.
  expect(
    await codeOf(
      asTherapist.feedback.create({ target: { submissionId: seen.id }, body: "Good luck" }),
    ),
  ).toBe("CONFLICT");
});

test("the after part completes the due date; the before answers cannot be changed from it", async () => {
  const api = callerFor(client);
  await api.worksheets.submitBeforePart({ occurrenceId, answers: BEFORE, baseRevision: 0 });
  // A stale or tampered copy of the before answers is ignored, never stored.
  await api.worksheets.saveDraft({
    occurrenceId,
    answers: { feared: "Rewritten afterwards", what_happened: "Sam said yes" },
    baseRevision: 1,
  });
  const key = randomUUID();
  const submit = () =>
    api.worksheets.submit({
      occurrenceId,
      answers: AFTER,
      baseRevision: 2,
      idempotencyKey: key,
    });
  const done = await submit();
  // A retry of the same submit answers as the first did.
  expect(await submit()).toEqual(done);
  const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
  expect(row.status).toBe("SUBMITTED");
  expect(row.answers).toEqual({ ...BEFORE, ...AFTER });
  expect((await db.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } })).status).toBe(
    "DONE",
  );
  const seen = await callerFor(therapist).worksheets.submission({ submissionId: row.id });
  expect(seen.beforeOnly).toBe(false);
  expect(seen.fields).toHaveLength(8);
});

test("a one-part worksheet has no before part to submit", async () => {
  const pair = await createAssignedPair({ builtinKey: "small-victories" });
  const submit = callerFor(pair.client).worksheets.submitBeforePart({
    occurrenceId: pair.assignment.occurrences[0]!.id,
    answers: { what_i_did: "x" },
    baseRevision: 0,
  });
  expect(await codeOf(submit)).toBe("BAD_REQUEST");
  expect(await db.submission.count({ where: { clientId: pair.client.userId } })).toBe(0);
});
