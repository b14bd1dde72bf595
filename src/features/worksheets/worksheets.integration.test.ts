import { randomUUID } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "~/server/db";
import type { TActor } from "~/server/auth/actor";
import { lockClientOccurrence } from "~/server/locks";
import {
  callerFor,
  createAssignedPair,
  createClient,
  signedIn,
} from "../../../tests/integration/factories";
import { codeOf, sentFieldErrors } from "../../../tests/integration/trpc-outcome";

// small-victories: what_i_did (long, required), why_it_mattered (long, required), celebrate (short).
const COMPLETE = {
  what_i_did: "Asked for help",
  why_it_mattered: "It felt risky",
  celebrate: "Tea",
};

let client: TActor;
let therapist: TActor;
let occurrenceId: string;
let assignmentId: string;

beforeEach(async () => {
  const pair = await createAssignedPair({ builtinKey: "small-victories" });
  ({ client, therapist } = pair);
  assignmentId = pair.assignment.id;
  occurrenceId = pair.assignment.occurrences[0]!.id;
});

describe("drafts", () => {
  test("a saved draft comes back when the worksheet is reopened, even incomplete", async () => {
    const api = callerFor(client);
    await api.worksheets.saveDraft({
      occurrenceId,
      answers: { what_i_did: "Half a tho" },
      baseRevision: 0,
    });
    const task = await api.worksheets.task({ occurrenceId });
    expect(task.submission?.status).toBe("DRAFT");
    expect(task.submission?.answers).toEqual({ what_i_did: "Half a tho" });
    expect(task.fields.map((f) => f.id)).toEqual(["what_i_did", "why_it_mattered", "celebrate"]);
  });

  test("a draft with a wrong type is refused with a field error and nothing stored", async () => {
    const api = callerFor(client);
    const save = api.worksheets.saveDraft({
      occurrenceId,
      answers: { what_i_did: 42 },
      baseRevision: 0,
    });
    expect(await codeOf(save)).toBe("BAD_REQUEST");
    // Keyed by the request's path to the answer, the name the form gives its input.
    const fieldErrors = await sentFieldErrors(save);
    expect(fieldErrors?.["answers.what_i_did"]?.[0]).toMatch(/text/);
    expect(await db.submission.count({ where: { occurrenceId } })).toBe(0);
  });

  test("unknown question ids are refused", async () => {
    const code = await codeOf(
      callerFor(client).worksheets.saveDraft({
        occurrenceId,
        answers: { nope: "x" },
        baseRevision: 0,
      }),
    );
    expect(code).toBe("BAD_REQUEST");
  });

  test("the body is frozen with the first draft: assignment edits don't reach it", async () => {
    const api = callerFor(client);
    await api.worksheets.saveDraft({ occurrenceId, answers: { what_i_did: "x" }, baseRevision: 0 });
    await db.assignment.update({
      where: { id: assignmentId },
      data: {
        content: { fields: [{ id: "other", type: "short_text", label: "New?", required: true }] },
      },
    });
    const task = await api.worksheets.task({ occurrenceId });
    expect(task.fields.map((f) => f.id)).toContain("what_i_did");
    const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
    expect(JSON.stringify(row.content)).not.toContain('"other"');
  });

  test("a cancelled occurrence refuses drafts", async () => {
    await db.occurrence.update({ where: { id: occurrenceId }, data: { status: "CANCELLED" } });
    expect(
      await codeOf(
        callerFor(client).worksheets.saveDraft({ occurrenceId, answers: {}, baseRevision: 0 }),
      ),
    ).toBe("CONFLICT");
  });

  test("an ended assignment refuses drafts and keeps the saved one as it was", async () => {
    const api = callerFor(client);
    await api.worksheets.saveDraft({
      occurrenceId,
      answers: { celebrate: "cake" },
      baseRevision: 0,
    });
    await db.assignment.update({ where: { id: assignmentId }, data: { status: "ENDED" } });
    const error = (await api.worksheets
      .saveDraft({ occurrenceId, answers: { celebrate: "later" }, baseRevision: 1 })
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/closed this worksheet/);
    const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
    expect(row.answers).toEqual({ celebrate: "cake" });
    expect((await api.worksheets.task({ occurrenceId })).open).toBe(false);
  });

  test("each save moves the revision on; a save from an older revision is a conflict and changes nothing", async () => {
    const tabA = callerFor(client);
    const tabB = callerFor(await signedIn({ id: client.userId }));
    const first = await tabA.worksheets.saveDraft({
      occurrenceId,
      answers: { what_i_did: "from A" },
      baseRevision: 0,
    });
    expect(first.revision).toBe(1);
    const second = await tabB.worksheets.saveDraft({
      occurrenceId,
      answers: { what_i_did: "from B, newer" },
      baseRevision: first.revision,
    });
    expect(second.revision).toBe(2);
    const error = (await tabA.worksheets
      .saveDraft({ occurrenceId, answers: { what_i_did: "A again" }, baseRevision: 1 })
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/another tab or on another device/);
    const task = await tabA.worksheets.task({ occurrenceId });
    expect(task.submission?.answers).toEqual({ what_i_did: "from B, newer" });
    expect(task.submission?.revision).toBe(2);
    // A stale submit may not overwrite the newer copy either.
    expect(
      await codeOf(
        tabA.worksheets.submit({
          occurrenceId,
          answers: COMPLETE,
          baseRevision: 1,
          idempotencyKey: randomUUID(),
        }),
      ),
    ).toBe("CONFLICT");
    const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
    expect(row.status).toBe("DRAFT");
    expect(row.answers).toEqual({ what_i_did: "from B, newer" });
  });

  test("a first save racing another first save: one wins, the other is a conflict", async () => {
    const results = await Promise.allSettled(
      ["one", "two"].map((what) =>
        callerFor(client).worksheets.saveDraft({
          occurrenceId,
          answers: { what_i_did: what },
          baseRevision: 0,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.submission.count({ where: { occurrenceId } })).toBe(1);
  });
});

describe("locking", () => {
  /** Holds the row lock a save of this worksheet takes, until `release` is called. */
  async function holdLock() {
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const held = db.$transaction(
      async (tx) => {
        await lockClientOccurrence(tx, {
          id: occurrenceId,
          clientId: client.userId,
          kind: "WORKSHEET",
        });
        locked();
        await new Promise<void>((r) => (release = r));
      },
      { timeout: 20_000 },
    );
    await isLocked;
    return async () => {
      release();
      await held;
    };
  }

  /** Resolves once some statement of this database waits for a row lock. */
  async function someoneWaitsForALock(stillLooking: () => boolean) {
    await vi.waitFor(
      async () => {
        if (!stillLooking()) return;
        const [row] = await db.$queryRaw<{ waiting: bigint }[]>`
          SELECT count(*) AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        if (!row?.waiting) throw new Error("nobody waits");
      },
      { timeout: 15_000, interval: 20 },
    );
  }

  test("another client's save is refused without ever waiting for, or taking, this worksheet's lock", async () => {
    const intruder = callerFor(await signedIn(await createClient()));
    const release = await holdLock();
    let settled = false;
    const refused = codeOf(
      intruder.worksheets.saveDraft({ occurrenceId, answers: {}, baseRevision: 0 }),
    ).finally(() => (settled = true));
    const first = await Promise.race([
      refused,
      someoneWaitsForALock(() => !settled).then(() => "waited for the lock"),
    ]);
    await release();
    expect(first).toBe("NOT_FOUND");
    expect(await refused).toBe("NOT_FOUND");
  });
});

describe("submit", () => {
  test("an invalid submit returns field errors and stores nothing new", async () => {
    const api = callerFor(client);
    await api.worksheets.saveDraft({
      occurrenceId,
      answers: { what_i_did: "draft" },
      baseRevision: 0,
    });
    const submit = api.worksheets.submit({
      occurrenceId,
      answers: { what_i_did: "changed" },
      baseRevision: 1,
      idempotencyKey: randomUUID(),
    });
    expect(await codeOf(submit)).toBe("BAD_REQUEST");
    expect(Object.keys((await sentFieldErrors(submit)) ?? {}).sort()).toEqual([
      "answers.why_it_mattered",
    ]);
    const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
    expect(row.status).toBe("DRAFT");
    expect(row.answers).toEqual({ what_i_did: "draft" });
    expect((await db.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } })).status).toBe(
      "OPEN",
    );
  });

  test("10 parallel submits with one key make exactly one submission", async () => {
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        callerFor(client).worksheets.submit({
          occurrenceId,
          answers: COMPLETE,
          baseRevision: 0,
          idempotencyKey,
        }),
      ),
    );
    expect(new Set(results.map((r) => r.submissionId)).size).toBe(1);
    expect(await db.submission.count({ where: { occurrenceId, status: "SUBMITTED" } })).toBe(1);
    const occurrence = await db.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } });
    expect(occurrence.status).toBe("DONE");
  });

  test("after submitting, another key is a conflict and drafts are refused", async () => {
    const api = callerFor(client);
    const submit = { occurrenceId, answers: COMPLETE, baseRevision: 0 };
    await api.worksheets.submit({ ...submit, idempotencyKey: randomUUID() });
    expect(await codeOf(api.worksheets.submit({ ...submit, idempotencyKey: randomUUID() }))).toBe(
      "CONFLICT",
    );
    expect(
      await codeOf(api.worksheets.saveDraft({ occurrenceId, answers: {}, baseRevision: 1 })),
    ).toBe("CONFLICT");
  });

  test("a retry with the same key but other answers is refused, and the first answers stay", async () => {
    const api = callerFor(client);
    const idempotencyKey = randomUUID();
    const first = await api.worksheets.submit({
      occurrenceId,
      answers: COMPLETE,
      baseRevision: 0,
      idempotencyKey,
    });
    // The same answers again (a retry after a lost reply): the first result.
    const again = await api.worksheets.submit({
      occurrenceId,
      answers: { ...COMPLETE },
      baseRevision: 0,
      idempotencyKey,
    });
    expect(again.submissionId).toBe(first.submissionId);
    const error = (await api.worksheets
      .submit({
        occurrenceId,
        answers: { ...COMPLETE, celebrate: "A long walk" },
        baseRevision: 0,
        idempotencyKey,
      })
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/answers that differ/);
    const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
    expect(row.answers).toEqual(COMPLETE);
  });

  test("a follow-up note can be added once", async () => {
    const api = callerFor(client);
    const { submissionId } = await api.worksheets.submit({
      occurrenceId,
      answers: COMPLETE,
      baseRevision: 0,
      idempotencyKey: randomUUID(),
    });
    await api.worksheets.addFollowUpNote({ submissionId, note: "It went better than feared" });
    expect(await codeOf(api.worksheets.addFollowUpNote({ submissionId, note: "again" }))).toBe(
      "CONFLICT",
    );
    const view = await callerFor(therapist).worksheets.submission({ submissionId });
    expect(view.followUpNote).toBe("It went better than feared");
    expect(view.answers).toEqual(COMPLETE);
  });

  test("the therapist cannot see drafts", async () => {
    await callerFor(client).worksheets.saveDraft({
      occurrenceId,
      answers: { celebrate: "x" },
      baseRevision: 0,
    });
    const row = await db.submission.findUniqueOrThrow({ where: { occurrenceId } });
    expect(await codeOf(callerFor(therapist).worksheets.submission({ submissionId: row.id }))).toBe(
      "NOT_FOUND",
    );
  });

  test("parallel follow-up notes: exactly one is stored, the others are told", async () => {
    const api = callerFor(client);
    const { submissionId } = await api.worksheets.submit({
      occurrenceId,
      answers: COMPLETE,
      baseRevision: 0,
      idempotencyKey: randomUUID(),
    });
    const notes = Array.from({ length: 8 }, (_, i) => `note ${i}`);
    const results = await Promise.allSettled(
      notes.map((note) => callerFor(client).worksheets.addFollowUpNote({ submissionId, note })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.map((r) => (r.reason as TRPCError).code)).toEqual(Array(7).fill("CONFLICT"));
    const row = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(notes).toContain(row.followUpNote);
  });
});
