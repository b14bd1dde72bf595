import { describe, expect, test } from "vitest";
import { recordEvent } from "~/server/audit";
import { createInnerContext } from "~/server/context";
import { db, Prisma } from "~/server/db";
import { queueEmail } from "~/server/email/outbox";
import { createCaller } from "~/server/root";
import {
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";

const MARK = "zebra-quartz";

/** Every text and JSON column of every table that holds `needle`, as "Table.column". */
async function columnsHolding(needle: string): Promise<string[]> {
  const columns = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`;
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)}
      WHERE ${Prisma.raw(`"${column}"`)}::text ILIKE ${`%${needle}%`}`;
    if (row!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe("deleting a client's account", () => {
  test("leaves nothing they wrote, nor their address, in any text or JSON column", async () => {
    const therapist = await createTherapist();
    const client = await createClient({ name: `Client ${MARK}` });
    await linkClient(therapist.id, client.id);
    const worksheet = await createAssignmentRow({
      therapistId: therapist.id,
      clientId: client.id,
      builtinKey: "small-victories",
    });
    const submission = await db.submission.create({
      data: {
        occurrenceId: worksheet.occurrences[0]!.id,
        clientId: client.id,
        content: worksheet.content ?? {},
        answers: { what_i_did: `${MARK} answer` },
        status: "SUBMITTED",
        submittedAt: new Date(),
        followUpNote: `${MARK} note`,
      },
    });
    await db.feedback.create({
      data: {
        submissionId: submission.id,
        authorId: therapist.id,
        clientId: client.id,
        body: `on the ${MARK} entry`,
        reply: `${MARK} reply`,
      },
    });
    const ladder = await createAssignmentRow({
      therapistId: therapist.id,
      clientId: client.id,
      builtinKey: "trust-ladder",
    });
    await db.stepAttempt.create({
      data: {
        assignmentId: ladder.id,
        stepId: "share-a-preference",
        clientId: client.id,
        prediction: `${MARK} prediction`,
        predictionConfidence: 50,
        distressBefore: 40,
        note: `${MARK} attempt note`,
      },
    });
    await db.safetyPlan.create({ data: { clientId: client.id, people: `${MARK} friend` } });
    await db.safetyPlanSuggestion.create({
      data: {
        clientId: client.id,
        therapistId: therapist.id,
        section: "PEOPLE",
        body: `${MARK} aunt`,
      },
    });
    await db.invitation.create({
      data: {
        therapistId: therapist.id,
        email: client.email,
        name: `Client ${MARK}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await db.$transaction((tx) =>
      queueEmail(tx, {
        to: client.email,
        recipientId: client.id,
        message: { kind: "sign-in-link", userId: client.id },
      }),
    );
    await db.rateLimit.create({
      data: { key: `sign-in:failures:${client.email}`, count: 1, windowStart: new Date() },
    });
    await recordEvent(
      { userId: therapist.id, role: "THERAPIST" },
      { action: "view", entity: "submission", entityId: submission.id, clientId: client.id },
    );
    expect((await columnsHolding(MARK)).length).toBeGreaterThan(5);

    const actor = await signedIn(client);
    const api = createCaller(createInnerContext(actor, { ip: "203.0.113.70" }));
    // Someone else's email does not confirm it.
    await expect(api.account.deleteAccount({ email: therapist.email })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.user.count({ where: { id: client.id } })).toBe(1);

    await api.account.deleteAccount({ email: client.email.toUpperCase() });

    expect(await columnsHolding(MARK)).toEqual([]);
    expect(await columnsHolding(client.email)).toEqual([]);
    expect(await db.session.count({ where: { userId: client.id } })).toBe(0);
    expect(await db.careLink.count({ where: { clientId: client.id } })).toBe(0);
    // The therapist's account stays; the audit rows stay, with one more for the deletion.
    expect(await db.user.count({ where: { id: therapist.id } })).toBe(1);
    const audit = await db.auditEvent.findMany({
      where: { OR: [{ clientId: client.id }, { actorId: client.id }] },
      orderBy: { at: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["view", "account.deleteAccount"]);
    expect(audit[1]).toMatchObject({ actorId: client.id, entityId: client.id, ip: "203.0.113.70" });
  });
});
