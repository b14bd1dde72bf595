import { describe, expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { buildClientExport } from "./data";

/** A client's homework from one therapist: a shared entry, a private one, a draft, a practice. */
async function homeworkOf(therapistId: string, clientId: string, words: string) {
  const worksheet = await createAssignmentRow({
    therapistId,
    clientId,
    builtinKey: "small-victories",
    dueDates: [1, 2, 3].map((d) => new Date(Date.now() - d * 86_400_000)),
  });
  const [shared, kept, draft] = worksheet.occurrences;
  const entry = (occurrenceId: string, extra: object) =>
    db.submission.create({
      data: {
        occurrenceId,
        clientId,
        content: worksheet.content ?? {},
        answers: { what_i_did: `${words} did`, why_it_mattered: "b", celebrate: "c" },
        ...extra,
      },
    });
  const sharedEntry = await entry(shared!.id, {
    status: "SUBMITTED",
    submittedAt: new Date(),
    followUpNote: `${words} later`,
  });
  await entry(kept!.id, { status: "SUBMITTED", submittedAt: new Date(), private: true });
  await entry(draft!.id, { status: "DRAFT" });
  await db.feedback.create({
    data: {
      submissionId: sharedEntry.id,
      authorId: therapistId,
      clientId,
      body: `${words} feedback`,
      reply: `${words} reply`,
    },
  });
  const ladder = await createAssignmentRow({ therapistId, clientId, builtinKey: "trust-ladder" });
  await db.stepAttempt.create({
    data: {
      assignmentId: ladder.id,
      stepId: "share-a-preference",
      clientId,
      prediction: `${words} prediction`,
      predictionConfidence: 70,
      distressBefore: 60,
      peakDistress: 50,
      afterDistress: 20,
      fearedOutcome: "NO",
      completedAt: new Date(),
    },
  });
}

describe("export", () => {
  test("a client's export holds exactly their own records", async () => {
    const [x, y, a, b] = await Promise.all([
      createTherapist({ name: "Xena Therapist" }),
      createTherapist(),
      createClient({ name: "Ana Client" }),
      createClient(),
    ]);
    await linkClient(x.id, a.id);
    await linkClient(y.id, b.id);
    await homeworkOf(x.id, a.id, "ana-words");
    await homeworkOf(y.id, b.id, "bo-words");
    await db.safetyPlan.create({ data: { clientId: a.id, people: "ana-words sister" } });

    const doc = await callerFor(await signedIn(a)).export.mine();
    const text = JSON.stringify(doc);
    expect(text).not.toContain("bo-words");
    expect(text).not.toContain(b.email);
    expect(doc.account).toMatchObject({ name: "Ana Client", email: a.email });
    expect(doc.therapists).toEqual([{ name: "Xena Therapist", status: "active" }]);
    const [worksheet, ladder] = doc.homework;
    // Every entry of theirs, the private one and the draft included, in due order.
    expect(worksheet!.entries.map((e) => [e.status, e.justForMe])).toEqual([
      ["submitted", false],
      ["submitted", true],
      ["draft", false],
    ]);
    const shared = worksheet!.entries[0]!;
    expect(shared.answers[0]).toEqual({ question: expect.any(String), answer: "ana-words did" });
    expect(shared.followUpNote).toBe("ana-words later");
    expect(shared.feedback).toEqual([
      expect.objectContaining({
        from: "Xena Therapist",
        message: "ana-words feedback",
        reply: "ana-words reply",
      }),
    ]);
    expect(ladder!.practice).toEqual([
      expect.objectContaining({
        prediction: "ana-words prediction",
        fearedOutcome: "no",
        distressAfter: 20,
      }),
    ]);
    expect(doc.safetyPlan?.people).toBe("ana-words sister");
  });

  test("a therapist's export: their own homework only, no drafts, no private answers, ACTIVE link only", async () => {
    const [x, other, a] = await Promise.all([createTherapist(), createTherapist(), createClient()]);
    await linkClient(x.id, a.id);
    await linkClient(other.id, a.id);
    await homeworkOf(x.id, a.id, "for-x");
    await homeworkOf(other.id, a.id, "for-other");

    const doc = await buildClientExport(a.id, x.id);
    const text = JSON.stringify(doc);
    expect(text).not.toContain("for-other");
    expect(doc.therapists).toHaveLength(1);
    const entries = doc.homework[0]!.entries;
    expect(entries.map((e) => [e.status, e.justForMe, e.answers.length > 0])).toEqual([
      ["submitted", false, true],
      ["submitted", true, false],
    ]);

    await db.careLink.updateMany({ where: { therapistId: x.id }, data: { status: "ARCHIVED" } });
    await expect(buildClientExport(a.id, x.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
