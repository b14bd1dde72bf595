import { expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { CASELOAD_PAGE_SIZE } from "./schema";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** A submitted worksheet for one due date, as the client's submit leaves it. */
async function submitted(occurrenceId: string, clientId: string, extra: object = {}) {
  await db.occurrence.update({ where: { id: occurrenceId }, data: { status: "DONE" } });
  return db.submission.create({
    data: {
      occurrenceId,
      clientId,
      content: {},
      status: "SUBMITTED",
      submittedAt: new Date(),
      ...extra,
    },
  });
}

test("each figure of a caseload row, counted from this therapist's homework only", async () => {
  const [me, colleague] = await Promise.all([createTherapist(), createTherapist()]);
  const ann = await createClient({ name: "Ann" });
  await linkClient(me.id, ann.id);
  await linkClient(colleague.id, ann.id);

  // Due 3 days ago (done, waiting), 5 days ago (missed), 20 days ago (done, feedback given),
  // 40 days ago (missed, outside 30 days but still overdue), tomorrow (not due yet).
  const worksheet = await createAssignmentRow({
    therapistId: me.id,
    clientId: ann.id,
    builtinKey: "small-victories",
    dueDates: [ago(40), ago(20), ago(5), ago(3), ago(-1)],
  });
  const [d40, d20, , d3] = worksheet.occurrences;
  const waitingOne = await submitted(d3!.id, ann.id);
  const answered = await submitted(d20!.id, ann.id);
  const api = callerFor(await signedIn(me));
  await api.feedback.create({ target: { submissionId: answered.id }, body: "Thank you" });
  void d40;

  // The colleague's homework: done and waiting for them, never for me.
  const theirs = await createAssignmentRow({
    therapistId: colleague.id,
    clientId: ann.id,
    builtinKey: "small-victories",
    dueDates: [ago(2), ago(1)],
  });
  await submitted(theirs.occurrences[0]!.id, ann.id);

  // A ladder: step 1 mastered, step 2 practised three times with distress falling.
  const ladder = await createAssignmentRow({
    therapistId: me.id,
    clientId: ann.id,
    builtinKey: "trust-ladder",
    dueDates: [],
  });
  const stepIds = (ladder.content as { steps: { id: string }[] }).steps.map((s) => s.id);
  await db.masteredStep.create({
    data: { assignmentId: ladder.id, stepId: stepIds[0]!, markedById: me.id },
  });
  const attempts = [];
  for (const [i, after] of [60, 45, 30].entries()) {
    attempts.push(
      await db.stepAttempt.create({
        data: {
          assignmentId: ladder.id,
          stepId: stepIds[1]!,
          clientId: ann.id,
          prediction: "They will mind",
          predictionConfidence: 70,
          distressBefore: 60,
          peakDistress: 70,
          afterDistress: after,
          fearedOutcome: "NO",
          startedAt: ago(3 - i),
          completedAt: new Date(ago(3 - i).getTime() + 3_600_000),
        },
      }),
    );
  }
  // A newer ladder not started yet: the row shows the one being practised.
  await createAssignmentRow({
    therapistId: me.id,
    clientId: ann.id,
    builtinKey: "trust-ladder",
    dueDates: [],
  });
  // Two of the three need no reply.
  await api.feedback.markReviewed({ target: { attemptId: attempts[0]!.id } });
  await api.feedback.markReviewed({ target: { attemptId: attempts[1]!.id } });
  // Marking reviewed is not the client's activity: the newest is the last attempt's end.
  await db.$executeRaw`UPDATE "Submission" SET "updatedAt" = ${ago(3)} WHERE id = ${waitingOne.id}`;
  await db.$executeRaw`UPDATE "Submission" SET "updatedAt" = ${ago(20)} WHERE id = ${answered.id}`;

  const [row] = (await api.clients.list()).items;
  expect(row).toEqual({
    clientId: ann.id,
    name: "Ann",
    email: ann.email,
    linkedAt: expect.any(Date),
    lastActivityAt: attempts[2]!.completedAt,
    last7Days: { done: 1, due: 2 },
    last30Days: { done: 2, due: 3 },
    overdue: 2,
    ladder: {
      assignmentId: ladder.id,
      title: ladder.title,
      steps: stepIds.length,
      currentStep: 2,
      direction: "falling",
    },
    waiting: 2,
    openFlags: 0,
    latestFlagReason: null,
  });
  // The same client on the colleague's caseload: their one waiting item, none of my figures.
  const [theirRow] = (await callerFor(await signedIn(colleague)).clients.list()).items;
  expect(theirRow).toMatchObject({
    waiting: 1,
    ladder: null,
    overdue: 1,
    last7Days: { done: 1, due: 2 },
  });
});

test("flagged first with the newest open flag's reason, then most waiting, then by name", async () => {
  const me = await createTherapist();
  const everyone = await Promise.all(
    ["Ann", "Bo", "Cy", "Dee"].map((name) => createClient({ name })),
  );
  for (const c of everyone) await linkClient(me.id, c.id);
  const [ann, bo, cy, dee] = everyone;
  const flag = (clientId: string, reason: string, acknowledged = false) =>
    db.flag.create({
      data: {
        clientId,
        therapistId: me.id,
        kind: "HIGH_DISTRESS",
        reason,
        ...(acknowledged ? { acknowledgedAt: new Date(), acknowledgedById: me.id } : {}),
      },
    });
  await flag(bo!.id, "older reason");
  await new Promise((r) => setTimeout(r, 5));
  await flag(bo!.id, "distress stayed at 80 after step 2");
  await flag(cy!.id, "seen to already", true);

  const worksheet = (clientId: string, days: number[]) =>
    createAssignmentRow({
      therapistId: me.id,
      clientId,
      builtinKey: "small-victories",
      dueDates: days.map(ago),
    });
  const annWork = await worksheet(ann!.id, [1, 2]);
  for (const o of annWork.occurrences) await submitted(o.id, ann!.id);
  // Dee's entries: one kept just for her (nothing to review), one shared later (waiting).
  const deeWork = await worksheet(dee!.id, [1, 2]);
  await submitted(deeWork.occurrences[0]!.id, dee!.id, { private: true });
  await submitted(deeWork.occurrences[1]!.id, dee!.id, { private: true, sharedAt: new Date() });
  // Cy's submission is reviewed: nothing waits.
  const cyWork = await worksheet(cy!.id, [1]);
  const cyEntry = await submitted(cyWork.occurrences[0]!.id, cy!.id);

  const api = callerFor(await signedIn(me));
  await api.feedback.markReviewed({ target: { submissionId: cyEntry.id } });

  const { items } = await api.clients.list();
  expect(items.map((c) => [c.name, c.openFlags, c.waiting, c.latestFlagReason])).toEqual([
    ["Bo", 2, 0, "distress stayed at 80 after step 2"],
    ["Ann", 0, 2, null],
    ["Dee", 0, 1, null],
    ["Cy", 0, 0, null],
  ]);
  const flagged = await api.clients.list({ flaggedOnly: true });
  expect(flagged.items.map((c) => c.name)).toEqual(["Bo"]);

  // Acknowledging the flags moves Bo back among the unflagged, by name.
  for (const f of await db.flag.findMany({ where: { clientId: bo!.id, acknowledgedAt: null } })) {
    await api.flags.acknowledge({ flagId: f.id });
  }
  expect((await api.clients.list()).items.map((c) => c.name)).toEqual(["Ann", "Dee", "Bo", "Cy"]);
  expect((await api.clients.list({ flaggedOnly: true })).items).toEqual([]);
});

test("keyset paging over the computed order reaches every client once, in order", async () => {
  const me = await createTherapist();
  const count = CASELOAD_PAGE_SIZE * 2 + 3;
  const clients = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      createClient({ name: `Client ${String(i % 7).padStart(2, "0")}` }),
    ),
  );
  for (const [i, c] of clients.entries()) {
    await linkClient(me.id, c.id);
    if (i % 5 === 0) {
      await db.flag.create({
        data: { clientId: c.id, therapistId: me.id, kind: "QUIET", reason: "quiet" },
      });
    }
    const waiting = i % 3;
    if (waiting > 0) {
      const work = await createAssignmentRow({
        therapistId: me.id,
        clientId: c.id,
        builtinKey: "small-victories",
        dueDates: Array.from({ length: waiting }, (_, d) => ago(d + 1)),
      });
      for (const o of work.occurrences) await submitted(o.id, c.id);
    }
  }
  const api = callerFor(await signedIn(me));
  const pages = await readAllPages(
    (cursor) => api.clients.list({ cursor }),
    (c) => c.clientId,
    CASELOAD_PAGE_SIZE,
  );
  const rows = pages.flat();
  expect(rows).toHaveLength(count);
  const keys = rows.map((r) => [r.openFlags > 0 ? 0 : 1, -r.waiting, r.name, r.clientId] as const);
  const sorted = keys.toSorted((a, b) => {
    for (let k = 0; k < a.length; k++) {
      if (a[k]! < b[k]!) return -1;
      if (a[k]! > b[k]!) return 1;
    }
    return 0;
  });
  expect(keys).toEqual(sorted);

  const flagged = await readAllPages(
    (cursor) => api.clients.list({ cursor, flaggedOnly: true }),
    (c) => c.clientId,
    CASELOAD_PAGE_SIZE,
  );
  expect(flagged.flat()).toHaveLength(Math.ceil(count / 5));
});
