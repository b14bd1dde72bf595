import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeEach, expect, test } from "vitest";
import type { TActor } from "~/server/auth/actor";
import {
  callerFor,
  createAssignedPair,
  createClient,
  signedIn,
} from "../../../tests/integration/factories";

const COMPLETE = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };
let client: TActor;
let therapist: TActor;
let submissionId: string;
let occurrenceId: string;

beforeEach(async () => {
  const pair = await createAssignedPair({ builtinKey: "small-victories" });
  ({ client, therapist } = pair);
  occurrenceId = pair.assignment.occurrences[0]!.id;
  ({ submissionId } = await callerFor(client).worksheets.submit({
    occurrenceId,
    answers: COMPLETE,
    baseRevision: 0,
    idempotencyKey: randomUUID(),
  }));
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)),
  );

test("feedback shows on the submission; the client replies once", async () => {
  const { id } = await callerFor(therapist).feedback.create({
    target: { submissionId },
    body: "That took courage.",
  });
  const task = await callerFor(client).worksheets.task({ occurrenceId });
  expect(task.feedback).toMatchObject([{ id, body: "That took courage.", reply: null }]);

  await callerFor(client).feedback.reply({ feedbackId: id, body: "Thank you" });
  expect(await codeOf(callerFor(client).feedback.reply({ feedbackId: id, body: "Again" }))).toBe(
    "CONFLICT",
  );
  const view = await callerFor(therapist).worksheets.submission({ submissionId });
  expect(view.feedback[0]).toMatchObject({ reply: "Thank you" });
});

test("feedback body is validated and nothing is stored for bad input", async () => {
  const api = callerFor(therapist);
  expect(await codeOf(api.feedback.create({ target: { submissionId }, body: " " }))).toBe(
    "BAD_REQUEST",
  );
  expect(
    await codeOf(api.feedback.create({ target: { submissionId }, body: "x".repeat(2001) })),
  ).toBe("BAD_REQUEST");
  expect((await callerFor(client).worksheets.task({ occurrenceId })).feedback).toEqual([]);
});

test("listNew shows unseen feedback newest first until the client opens the task", async () => {
  const t = callerFor(therapist);
  await t.feedback.create({ target: { submissionId }, body: "First" });
  await t.feedback.create({ target: { submissionId }, body: "Second" });
  const api = callerFor(client);
  const page1 = await api.feedback.listNew({ limit: 1 });
  expect(page1.items.map((i) => i.body)).toEqual(["Second"]);
  expect(page1.items[0]?.href).toBe(`/portal/worksheets/${occurrenceId}`);
  const page2 = await api.feedback.listNew({ limit: 1, cursor: page1.nextCursor! });
  expect(page2.items.map((i) => i.body)).toEqual(["First"]);
  expect(page2.nextCursor).toBeNull();

  const ids = [...page1.items, ...page2.items].map((i) => i.id);
  expect(await api.feedback.markSeen({ feedbackIds: ids })).toEqual({ count: 2 });
  expect((await api.feedback.listNew()).items).toEqual([]);
  // Marking again changes nothing: the first time it was read stays.
  expect(await api.feedback.markSeen({ feedbackIds: ids })).toEqual({ count: 0 });
});

test("marking seen reaches only the client's own feedback, in one bounded call", async () => {
  const { id } = await callerFor(therapist).feedback.create({
    target: { submissionId },
    body: "Mine to read",
  });
  const other = callerFor(await signedIn(await createClient()));
  expect(await other.feedback.markSeen({ feedbackIds: [id] })).toEqual({ count: 0 });
  expect((await callerFor(client).feedback.listNew()).items.map((i) => i.id)).toEqual([id]);

  expect(await codeOf(other.feedback.markSeen({ feedbackIds: [] }))).toBe("BAD_REQUEST");
  const tooMany = Array.from({ length: 101 }, (_, i) => `id-${i}`);
  expect(await codeOf(callerFor(client).feedback.markSeen({ feedbackIds: tooMany }))).toBe(
    "BAD_REQUEST",
  );
  expect((await callerFor(client).feedback.listNew()).items.map((i) => i.id)).toEqual([id]);
});

test("portal home lists recently done work and new feedback", async () => {
  await callerFor(therapist).feedback.create({ target: { submissionId }, body: "Good" });
  const home = await callerFor(client).portal.home();
  expect(home.done.items.map((i) => i.occurrenceId)).toEqual([occurrenceId]);
  expect(home.newFeedback.items.map((i) => i.body)).toEqual(["Good"]);
  expect(home.today.items).toEqual([]);
});
