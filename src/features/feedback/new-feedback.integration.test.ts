import { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { db } from "~/server/db";
import { callerFor, createAssignedPair } from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { codeOf } from "../../../tests/integration/trpc-outcome";

/** A client with `count` unseen messages on one submission, a minute apart (newest last). */
async function clientWithFeedback(count: number) {
  const pair = await createAssignedPair({ builtinKey: "small-victories" });
  const client = callerFor(pair.client);
  const { submissionId } = await client.worksheets.submit({
    occurrenceId: pair.assignment.occurrences[0]!.id,
    answers: { what_i_did: "a", why_it_mattered: "b", celebrate: "c" },
    baseRevision: 0,
    idempotencyKey: randomUUID(),
  });
  const start = Date.now() - count * 60_000;
  await db.feedback.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      submissionId,
      authorId: pair.therapist.userId,
      clientId: pair.client.userId,
      body: `Message ${i}`,
      createdAt: new Date(start + i * 60_000),
    })),
  });
  return client;
}

test("marking the last shown message seen does not skip the next one", async () => {
  const client = await clientWithFeedback(3);
  const first = await client.feedback.listNew({ limit: 1 });
  expect(first.items.map((i) => i.body)).toEqual(["Message 2"]);
  // The client reads it (the portal marks what it shows) before asking for more.
  await client.feedback.markSeen({ feedbackIds: [first.items[0]!.id] });
  const next = await client.feedback.listNew({ cursor: first.nextCursor!, limit: 1 });
  expect(next.items.map((i) => i.body)).toEqual(["Message 1"]);
  const last = await client.feedback.listNew({ cursor: next.nextCursor!, limit: 1 });
  expect(last).toMatchObject({ items: [{ body: "Message 0" }], nextCursor: null });
});

test("new feedback pages to the end, newest first, none twice; a made-up cursor is refused", async () => {
  const client = await clientWithFeedback(7);
  const pages = await readAllPages(
    (cursor) => client.feedback.listNew({ cursor, limit: 3 }),
    (i) => i.id,
    3,
  );
  expect(pages.flat().map((i) => i.body)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Message ${i}`));
  expect(await codeOf(client.feedback.listNew({ cursor: "not-a-cursor", limit: 3 }))).toBe(
    "BAD_REQUEST",
  );
});

test("a made-up cursor gets the portal lists' plain sentence", async () => {
  const client = await clientWithFeedback(1);
  const error = await client.feedback
    .listNew({ cursor: "not-a-cursor", limit: 3 })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  expect(JSON.stringify((error as TRPCError).cause)).toContain("Reload the page");
});
