import { describe, expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignedPair,
  createAssignmentRow,
} from "../../../tests/integration/factories";
import { invitationTokenSentTo } from "../../../tests/integration/mail";
import { codeOf } from "../../../tests/integration/trpc-outcome";

const DAY = 86_400_000;
const COMPLETE = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };

/** A client with a therapist: homework with a past and two future due dates, one entry submitted. */
async function inCare() {
  const now = Date.now();
  const { therapist, client, assignment } = await createAssignedPair({
    builtinKey: "small-victories",
    dueDates: [new Date(now - DAY), new Date(now + DAY), new Date(now + 2 * DAY)],
  });
  const submission = await db.submission.create({
    data: {
      occurrenceId: assignment.occurrences[0]!.id,
      clientId: client.userId,
      content: assignment.content ?? {},
      answers: COMPLETE,
      status: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  const feedback = await db.feedback.create({
    data: {
      submissionId: submission.id,
      authorId: therapist.userId,
      clientId: client.userId,
      body: "Well done",
    },
  });
  return {
    therapist,
    client,
    assignment,
    submission,
    feedback,
    asTherapist: callerFor(therapist),
    asClient: callerFor(client),
  };
}

const statusesOf = async (assignmentId: string) => ({
  assignment: (await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).status,
  occurrences: (
    await db.occurrence.findMany({ where: { assignmentId }, orderBy: { dueAt: "asc" } })
  ).map((o) => o.status),
});

describe("archiving a client", () => {
  test("ends the homework, leaves the caseload, keeps the history readable and read-only", async () => {
    const { therapist, client, assignment, submission, asTherapist, asClient } = await inCare();
    await asTherapist.clients.archive({ clientId: client.userId });

    expect(await statusesOf(assignment.id)).toEqual({
      assignment: "ENDED",
      // The past due date stays as it was (missed); the future ones go, with their reminders.
      occurrences: ["OPEN", "CANCELLED", "CANCELLED"],
    });
    expect((await asTherapist.clients.list()).items).toEqual([]);
    expect((await asTherapist.clients.former({})).items).toEqual([
      { clientId: client.userId, name: client.name, status: "ARCHIVED", since: expect.any(Date) },
    ]);
    expect(await asTherapist.clients.careLink({ clientId: client.userId })).toMatchObject({
      status: "ARCHIVED",
    });
    // Read-only history for the therapist...
    expect(
      (await asTherapist.assignments.listForClient({ clientId: client.userId, status: "ENDED" }))
        .items,
    ).toHaveLength(1);
    expect((await asTherapist.worksheets.submission({ submissionId: submission.id })).id).toBe(
      submission.id,
    );
    // ...and nothing new: no homework, no feedback.
    expect(
      await codeOf(
        asTherapist.feedback.create({ target: { submissionId: submission.id }, body: "More" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(asTherapist.assignments.draft({ clientId: client.userId, templateId: "x" })),
    ).toBe("NOT_FOUND");
    // The client still reads their history.
    expect((await asClient.portal.done({})).items.length).toBeGreaterThan(0);
    // Twice is harmless.
    await asTherapist.clients.archive({ clientId: client.userId });
    expect(therapist.role).toBe("THERAPIST");
  });

  test("restoring puts the client back on the caseload, where new homework can be assigned", async () => {
    const { client, asTherapist, therapist } = await inCare();
    await asTherapist.clients.archive({ clientId: client.userId });
    await asTherapist.clients.restore({ clientId: client.userId });
    expect((await asTherapist.clients.list()).items.map((c) => c.clientId)).toEqual([
      client.userId,
    ]);
    expect((await asTherapist.clients.former({})).items).toEqual([]);
    const more = await createAssignmentRow({
      therapistId: therapist.userId,
      clientId: client.userId,
      builtinKey: "small-victories",
    });
    expect((await asTherapist.assignments.get({ assignmentId: more.id })).status).toBe("ACTIVE");
  });
});

describe("a client ending a therapist's access", () => {
  test("the therapist keeps what was shared before, and nothing more can reach them", async () => {
    const { therapist, client, assignment, submission, feedback, asTherapist, asClient } =
      await inCare();
    expect(await asClient.clients.myTherapists()).toEqual([
      { therapistId: therapist.userId, name: therapist.name, status: "ACTIVE", since: null },
    ]);
    await asClient.clients.endAccess({ therapistId: therapist.userId });

    expect((await asClient.clients.myTherapists())[0]).toMatchObject({ status: "ENDED" });
    expect((await statusesOf(assignment.id)).assignment).toBe("ENDED");
    expect((await asTherapist.clients.former({})).items[0]).toMatchObject({ status: "ENDED" });
    expect((await asTherapist.worksheets.submission({ submissionId: submission.id })).id).toBe(
      submission.id,
    );

    // A reply or a follow-up note now would reach the therapist: refused, nothing changes.
    for (const call of [
      () => asClient.feedback.reply({ feedbackId: feedback.id, body: "Thanks" }),
      () => asClient.worksheets.addFollowUpNote({ submissionId: submission.id, note: "Later" }),
    ]) {
      await expect(call()).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("no longer has access"),
      });
    }
    expect(await db.feedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({
      reply: null,
    });
    expect(await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      followUpNote: null,
    });

    // Only the client renews it: the therapist cannot restore, but can invite again.
    await expect(asTherapist.clients.restore({ clientId: client.userId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("only they can renew it"),
    });
    await asTherapist.invitations.create({ email: client.email, name: client.name });
    await asClient.invitations.acceptSignedIn({ token: await invitationTokenSentTo(client.email) });
    expect(await asTherapist.clients.careLink({ clientId: client.userId })).toEqual({
      status: "ACTIVE",
      since: null,
    });
  });

  test("a therapist the client has no link with is not found; ending twice is harmless", async () => {
    const { therapist, asClient } = await inCare();
    const other = await inCare();
    expect(await codeOf(asClient.clients.endAccess({ therapistId: other.therapist.userId }))).toBe(
      "NOT_FOUND",
    );
    expect((await other.asClient.clients.myTherapists())[0]).toMatchObject({ status: "ACTIVE" });
    await asClient.clients.endAccess({ therapistId: therapist.userId });
    await asClient.clients.endAccess({ therapistId: therapist.userId });
    expect((await asClient.clients.myTherapists())[0]).toMatchObject({ status: "ENDED" });
  });
});
