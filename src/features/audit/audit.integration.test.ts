import { describe, expect, test } from "vitest";
import { recordEvent } from "~/server/audit";
import { signInWithPassword } from "~/server/auth/sign-in";
import { createInnerContext } from "~/server/context";
import { db } from "~/server/db";
import { createCaller } from "~/server/root";
import { encodeCursor } from "~/lib/cursor";
import {
  callerFor,
  createAssignedPair,
  createClient,
  createTherapist,
  signedIn,
  TEST_PASSWORD,
} from "../../../tests/integration/factories";
import { codeOf } from "../../../tests/integration/trpc-outcome";

const COMPLETE = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };
const from = (actor: Parameters<typeof createInnerContext>[0]) =>
  createCaller(createInnerContext(actor, { ip: "203.0.113.60", userAgent: "vitest" }));
const eventsOf = (actorId: string) =>
  db.auditEvent.findMany({ where: { actorId }, orderBy: [{ at: "asc" }, { id: "asc" }] });

describe("the audit log records", () => {
  test("each change a signed-in person makes, with the record, the client and the address", async () => {
    const { therapist, client, assignment } = await createAssignedPair({
      builtinKey: "small-victories",
      dueDates: [new Date(Date.now() + 86_400_000), new Date(Date.now() + 2 * 86_400_000)],
    });
    const [first, second] = assignment.occurrences;
    const asClient = from(client);
    // An autosaved draft is too slight to record; the submit is recorded.
    await asClient.worksheets.saveDraft({
      occurrenceId: first!.id,
      answers: { celebrate: "x" },
      baseRevision: 0,
    });
    const submitted = await asClient.worksheets.submit({
      occurrenceId: second!.id,
      answers: COMPLETE,
      baseRevision: 0,
      idempotencyKey: "6f1c1c1e-8d5a-4a57-9d0e-2b8f6e1f0a99",
    });
    const submissionId = (
      await db.submission.findUniqueOrThrow({ where: { occurrenceId: second!.id } })
    ).id;
    await from(therapist).feedback.markReviewed({
      target: { submissionId },
    });
    await from(therapist).assignments.end({ assignmentId: assignment.id });

    const clientEvents = await eventsOf(client.userId);
    expect(clientEvents).toEqual([
      expect.objectContaining({
        action: "worksheets.submit",
        entity: "occurrence",
        entityId: second!.id,
        clientId: client.userId,
        actorRole: "CLIENT",
        ip: "203.0.113.60",
        userAgent: "vitest",
      }),
    ]);
    expect(submitted).toBeDefined();
    const therapistEvents = await eventsOf(therapist.userId);
    expect(therapistEvents.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ["feedback.markReviewed", "submission", submissionId],
      ["assignments.end", "assignment", assignment.id],
    ]);
  });

  test("nothing for a refused or failed call", async () => {
    const { therapist, assignment } = await createAssignedPair({ builtinKey: "small-victories" });
    const stranger = await signedIn(await createTherapist());
    expect(await codeOf(from(stranger).assignments.end({ assignmentId: assignment.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await eventsOf(stranger.userId)).toEqual([]);
    expect(await eventsOf(therapist.userId)).toEqual([]);
  });

  test("sign-ins with the address they came from", async () => {
    const user = await createClient();
    const result = await signInWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      ip: "198.51.100.61",
      userAgent: "a phone",
    });
    expect(result.kind).toBe("signed-in");
    expect(await eventsOf(user.id)).toEqual([
      expect.objectContaining({
        action: "sign-in",
        entity: "session",
        entityId: result.kind === "signed-in" ? result.sessionId : "",
        actorRole: "CLIENT",
        ip: "198.51.100.61",
        userAgent: "a phone",
      }),
    ]);
  });
});

describe("the database keeps the audit log append-only", () => {
  test("UPDATE, DELETE and TRUNCATE are refused, and the row is unchanged", async () => {
    const user = await createClient();
    await recordEvent(
      { userId: user.id, role: "CLIENT" },
      { action: "x", entity: "account", entityId: user.id },
    );
    const row = await db.auditEvent.findFirstOrThrow({ where: { actorId: user.id } });
    for (const statement of [
      db.$executeRaw`UPDATE "AuditEvent" SET action = 'changed' WHERE id = ${row.id}`,
      db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${row.id}`,
      db.$executeRaw`TRUNCATE "AuditEvent"`,
      db.auditEvent.deleteMany({}),
    ]) {
      await expect(statement).rejects.toThrow(/append-only/);
    }
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  test("deleting the actor's account leaves their rows as they are", async () => {
    const user = await createClient();
    await recordEvent({ userId: user.id }, { action: "x", entity: "account", entityId: user.id });
    await db.user.delete({ where: { id: user.id } });
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(1);
  });
});

describe("who has seen my answers", () => {
  async function view(
    therapistId: string,
    record: { entity: string; entityId: string; clientId: string },
    at: Date,
  ) {
    await db.auditEvent.create({
      data: { actorId: therapistId, actorRole: "THERAPIST", action: "view", ...record, at },
    });
  }

  test("lists therapists' views of the client's own records only, newest first, paged", async () => {
    const { therapist, client, assignment } = await createAssignedPair({
      builtinKey: "small-victories",
    });
    const submission = await db.submission.create({
      data: {
        occurrenceId: assignment.occurrences[0]!.id,
        clientId: client.userId,
        content: {},
        answers: COMPLETE,
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    const other = await createClient();
    const base = Date.now() - 3_600_000;
    await view(
      therapist.userId,
      { entity: "client", entityId: client.userId, clientId: client.userId },
      new Date(base),
    );
    await view(
      therapist.userId,
      { entity: "submission", entityId: submission.id, clientId: client.userId },
      new Date(base + 1000),
    );
    for (let i = 0; i < 21; i++) {
      await view(
        therapist.userId,
        { entity: "progress", entityId: client.userId, clientId: client.userId },
        new Date(base + 2000 + i),
      );
    }
    // Another client's record, and the client's own actions: not in the list.
    await view(
      therapist.userId,
      { entity: "client", entityId: other.id, clientId: other.id },
      new Date(),
    );
    await recordEvent(client, {
      action: "worksheets.submit",
      entity: "occurrence",
      entityId: "o",
      clientId: client.userId,
    });

    const api = callerFor(client);
    const page1 = await api.audit.seenBy({});
    expect(page1.items).toHaveLength(20);
    expect(
      page1.items.every((i) => i.record === "progress" && i.therapistName === therapist.name),
    ).toBe(true);
    const page2 = await api.audit.seenBy({ cursor: page1.nextCursor! });
    expect(page2.nextCursor).toBeNull();
    expect(page2.items.map((i) => [i.record, i.title])).toEqual([
      ["progress", null],
      ["submission", assignment.title],
      ["client", null],
    ]);
    expect(page2.items[1]!.dueAt).toEqual(assignment.occurrences[0]!.dueAt);
    // The other client sees only theirs.
    expect((await callerFor(await signedIn(other)).audit.seenBy({})).items).toHaveLength(1);
  });

  test("a cursor of another list is refused", async () => {
    const client = await signedIn(await createClient());
    expect(await codeOf(callerFor(client).audit.seenBy({ cursor: encodeCursor([1, "x"]) }))).toBe(
      "BAD_REQUEST",
    );
  });

  test("a therapist lists their own actions", async () => {
    const therapist = await signedIn(await createTherapist());
    const client = await createClient({ name: "Noor Client" });
    await view(
      therapist.userId,
      { entity: "client", entityId: client.id, clientId: client.id },
      new Date(),
    );
    const { items } = await callerFor(therapist).audit.mine({});
    expect(items).toEqual([
      expect.objectContaining({ action: "view", entity: "client", clientName: "Noor Client" }),
    ]);
  });
});
