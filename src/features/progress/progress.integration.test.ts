import { expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";
import { getClientProgress, type TProgressScope } from "./data/charts";
import { getMyProgress } from "./data/my-progress";
import { TIMELINE_PAGE_SIZE } from "./schema";
import { readAllPages } from "../../../tests/integration/paging";

// Tuesday 31 March 2026, two days after Berlin moved its clocks forward.
const NOW = new Date("2026-03-31T10:00:00Z");

async function world() {
  const [me, colleague] = await Promise.all([
    createTherapist({ timeZone: "Europe/Berlin" }),
    createTherapist(),
  ]);
  const client = await createClient({ timeZone: "Europe/Berlin" });
  await linkClient(me.id, client.id);
  await linkClient(colleague.id, client.id);
  return { me, colleague, client };
}

async function attempt(
  assignmentId: string,
  clientId: string,
  stepId: string,
  at: string,
  values: { after?: number; outcome?: "YES" | "NO" | "PARTLY" | "UNKNOWN"; stopped?: boolean },
) {
  const startedAt = new Date(at);
  const finished = new Date(startedAt.getTime() + 3_600_000);
  return db.stepAttempt.create({
    data: {
      assignmentId,
      clientId,
      stepId,
      prediction: "They will mind",
      predictionConfidence: 70,
      distressBefore: 60,
      startedAt,
      ...(values.stopped
        ? { stoppedAt: finished }
        : {
            completedAt: finished,
            peakDistress: 75,
            afterDistress: values.after ?? 40,
            fearedOutcome: values.outcome ?? "NO",
          }),
    },
  });
}

test("homework per week, by the viewer's weeks in their zone, across the clock change", async () => {
  const { me, client } = await world();
  const work = await createAssignmentRow({
    therapistId: me.id,
    clientId: client.id,
    builtinKey: "small-victories",
    dueDates: [
      // Monday 30 March, 00:30 in Berlin (still Sunday by UTC): done.
      new Date("2026-03-29T22:30:00Z"),
      // Sunday 29 March, 23:30 in Berlin: missed.
      new Date("2026-03-29T21:30:00Z"),
      // Tonight: not due yet, neither done nor missed.
      new Date("2026-03-31T20:00:00Z"),
      // Cancelled, and before the twelve weeks: not counted.
      new Date("2026-03-25T12:00:00Z"),
      new Date("2026-01-01T12:00:00Z"),
    ],
  });
  const due = (iso: string) => work.occurrences.find((o) => o.dueAt.toISOString() === iso)!;
  const done = due("2026-03-29T22:30:00.000Z");
  const old = due("2026-01-01T12:00:00.000Z");
  const cancelled = due("2026-03-25T12:00:00.000Z");
  await db.occurrence.update({ where: { id: done!.id }, data: { status: "DONE" } });
  await db.occurrence.update({ where: { id: old!.id }, data: { status: "DONE" } });
  await db.occurrence.update({ where: { id: cancelled!.id }, data: { status: "CANCELLED" } });

  const mondays = await getClientProgress(
    { userId: me.id, timeZone: "Europe/Berlin" },
    { clientId: client.id, weekStartsOn: 1 },
    NOW,
  );
  expect(mondays.homework).toHaveLength(12);
  expect(mondays.homework[0]!.weekStart).toBe("2026-01-12");
  expect(mondays.homework.slice(-2)).toEqual([
    { weekStart: "2026-03-23", done: 0, missed: 1 },
    { weekStart: "2026-03-30", done: 1, missed: 0 },
  ]);
  expect(mondays.homework.slice(0, -2).every((w) => w.done + w.missed === 0)).toBe(true);

  const sundays = await getClientProgress(
    { userId: me.id, timeZone: "Europe/Berlin" },
    { clientId: client.id, weekStartsOn: 7 },
    NOW,
  );
  expect(sundays.homework.at(-1)).toEqual({ weekStart: "2026-03-29", done: 1, missed: 1 });
});

test("ladder steps with every attempt, predictions, and rating questions over time", async () => {
  const { me, colleague, client } = await world();
  const ladder = await createAssignmentRow({
    therapistId: me.id,
    clientId: client.id,
    builtinKey: "trust-ladder",
    dueDates: [],
  });
  const steps = (ladder.content as { steps: { id: string; expectedDistress: number }[] }).steps;
  await db.masteredStep.create({
    data: {
      assignmentId: ladder.id,
      stepId: steps[0]!.id,
      markedById: me.id,
      masteredAt: new Date("2026-03-10T12:00:00Z"),
    },
  });
  await attempt(ladder.id, client.id, steps[0]!.id, "2026-03-02T18:00:00Z", { after: 30 });
  await attempt(ladder.id, client.id, steps[1]!.id, "2026-03-24T18:00:00Z", {
    after: 50,
    outcome: "PARTLY",
  });
  await attempt(ladder.id, client.id, steps[1]!.id, "2026-03-30T18:00:00Z", { stopped: true });
  // An open attempt is not charted; the colleague's ladder is not mine to see.
  await db.stepAttempt.create({
    data: {
      assignmentId: ladder.id,
      clientId: client.id,
      stepId: steps[1]!.id,
      prediction: "open",
      predictionConfidence: 50,
      distressBefore: 50,
    },
  });
  const theirs = await createAssignmentRow({
    therapistId: colleague.id,
    clientId: client.id,
    builtinKey: "trust-ladder",
    dueDates: [],
  });
  await attempt(theirs.id, client.id, steps[0]!.id, "2026-03-30T10:00:00Z", { outcome: "YES" });

  // Prediction logs: one shared answer (how sure 80, did not happen), one kept just for the client.
  const log = await createAssignmentRow({
    therapistId: me.id,
    clientId: client.id,
    builtinKey: "prediction-outcome-log",
    dueDates: [new Date("2026-03-26T18:00:00Z"), new Date("2026-03-27T18:00:00Z")],
  });
  const body = getBuiltinTemplate("prediction-outcome-log")!.body;
  const logged = (i: number, answers: object, extra: object = {}) =>
    db.submission.create({
      data: {
        occurrenceId: log.occurrences[i]!.id,
        clientId: client.id,
        content: body,
        answers,
        status: "SUBMITTED",
        submittedAt: new Date(log.occurrences[i]!.dueAt),
        ...extra,
      },
    });
  await logged(0, { situation: "s", feared: "f", how_sure: 80, confirmed: "no" });
  await logged(
    1,
    { situation: "s", feared: "f", how_sure: 90, confirmed: "yes" },
    { private: true },
  );

  // A weekly check-in: its rating over time (the one-off log's ratings are not a series).
  const checkIn = await createAssignmentRow({
    therapistId: me.id,
    clientId: client.id,
    builtinKey: "signs-check-in",
    dueDates: [new Date("2026-03-15T18:00:00Z"), new Date("2026-03-22T18:00:00Z")],
  });
  await db.assignment.update({
    where: { id: checkIn.id },
    data: { schedule: { kind: "daily", startDate: "2026-03-15", dueTime: "20:00" } },
  });
  await db.assignment.update({ where: { id: log.id }, data: { schedule: { kind: "once" } } });
  const checkInBody = getBuiltinTemplate("signs-check-in")!.body;
  for (const [i, felt] of [3, 6].entries()) {
    await db.submission.create({
      data: {
        occurrenceId: checkIn.occurrences[i]!.id,
        clientId: client.id,
        content: checkInBody,
        answers: { signs: [], felt_safe: felt },
        status: "SUBMITTED",
        submittedAt: checkIn.occurrences[i]!.dueAt,
      },
    });
  }

  const progress = await getClientProgress(
    { userId: me.id, timeZone: "Europe/Berlin" },
    { clientId: client.id, weekStartsOn: 1 },
    NOW,
  );
  expect(progress.ladders).toHaveLength(1);
  const [first, second, third] = progress.ladders[0]!.steps;
  expect(first).toMatchObject({
    position: 1,
    masteredAt: new Date("2026-03-10T12:00:00Z"),
    attempts: [{ before: 60, peak: 75, after: 30, stopped: false }],
  });
  expect(second!.attempts).toEqual([
    { at: new Date("2026-03-24T18:00:00Z"), before: 60, peak: 75, after: 50, stopped: false },
    { at: new Date("2026-03-30T18:00:00Z"), before: 60, peak: null, after: null, stopped: true },
  ]);
  expect(third).toMatchObject({ masteredAt: null, attempts: [] });
  expect(progress.ladders[0]!.targetDistress).toBe(30);

  // Per week: 2 Mar no (ladder); 23 Mar partly (ladder) and no (log, 26 Mar); 30 Mar stopped.
  const weeks = Object.fromEntries(progress.predictions.weeks.map((w) => [w.weekStart, w]));
  expect(weeks["2026-03-02"]).toMatchObject({ no: 1, partly: 0, yes: 0, stopped: 0 });
  expect(weeks["2026-03-23"]).toMatchObject({ no: 1, partly: 1, yes: 0, unknown: 0, stopped: 0 });
  expect(weeks["2026-03-30"]).toMatchObject({ no: 0, yes: 0, stopped: 1 });
  expect(progress.predictions.pairs).toEqual([
    { likelihood: 70, outcome: "no", count: 1 },
    { likelihood: 70, outcome: "partly", count: 1 },
    { likelihood: 80, outcome: "no", count: 1 },
  ]);

  expect(progress.scales).toEqual([
    {
      assignmentId: checkIn.id,
      title: checkIn.title,
      fieldId: "felt_safe",
      label: expect.any(String),
      min: 0,
      max: expect.any(Number),
      points: [
        { at: checkIn.occurrences[0]!.dueAt, value: 3 },
        { at: checkIn.occurrences[1]!.dueAt, value: 6 },
      ],
    },
  ]);

  // The client's own view counts the entry kept just for them, and every therapist's homework.
  const scope: TProgressScope = { clientId: client.id, therapistId: null };
  const mine = await getMyProgress(scope, { timeZone: "Europe/Berlin", weekStartsOn: 1, now: NOW });
  expect(mine.fears).toMatchObject({ foundOut: 5, didNotHappen: 2 });
  void mine;
});

test("a therapist with no link gets nothing; an archived link still reads its history", async () => {
  const { colleague, client } = await world();
  const stranger = await createTherapist();
  const code = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: { code?: string }) => e.code,
    );
  expect(
    await code(callerFor(await signedIn(stranger)).progress.client({ clientId: client.id })),
  ).toBe("NOT_FOUND");
  await db.careLink.updateMany({
    where: { therapistId: colleague.id, clientId: client.id },
    data: { status: "ARCHIVED" },
  });
  expect(
    await code(callerFor(await signedIn(colleague)).progress.client({ clientId: client.id })),
  ).toBe("ok");
});

test("the timeline pages through submissions and finished attempts, newest first, with their state", async () => {
  const { me, colleague, client } = await world();
  const ladder = await createAssignmentRow({
    therapistId: me.id,
    clientId: client.id,
    builtinKey: "trust-ladder",
    dueDates: [],
  });
  const stepId = (ladder.content as { steps: { id: string }[] }).steps[0]!.id;
  const attempts = [];
  for (let day = 1; day <= 22; day++) {
    const at = new Date(Date.UTC(2026, 2, day, 18)).toISOString();
    attempts.push(await attempt(ladder.id, client.id, stepId, at, { stopped: day === 22 }));
  }
  const work = await createAssignmentRow({
    therapistId: me.id,
    clientId: client.id,
    builtinKey: "small-victories",
    dueDates: [new Date("2026-03-25T18:00:00Z"), new Date("2026-03-26T18:00:00Z")],
  });
  const entry = (i: number, extra: object) =>
    db.submission.create({
      data: {
        occurrenceId: work.occurrences[i]!.id,
        clientId: client.id,
        content: {},
        status: "SUBMITTED",
        submittedAt: work.occurrences[i]!.dueAt,
        ...extra,
      },
    });
  const kept = await entry(0, { private: true });
  const shared = await entry(1, {});
  // The colleague's homework stays out of my timeline.
  const theirs = await createAssignmentRow({
    therapistId: colleague.id,
    clientId: client.id,
    builtinKey: "trust-ladder",
    dueDates: [],
  });
  await attempt(theirs.id, client.id, stepId, "2026-03-27T10:00:00Z", {});

  const api = callerFor(await signedIn(me));
  await api.feedback.create({ target: { attemptId: attempts[0]!.id }, body: "Good start" });
  await api.feedback.markReviewed({ target: { attemptId: attempts[1]!.id } });

  const pages = await readAllPages(
    (cursor) => api.progress.timeline({ clientId: client.id, cursor }),
    (item) => item.id,
    TIMELINE_PAGE_SIZE,
  );
  const items = pages.flat();
  expect(items).toHaveLength(24);
  expect(items.slice(0, 3).map((i) => [i.id, i.state, i.detail])).toEqual([
    [shared.id, "waiting", null],
    [kept.id, "private", null],
    [attempts[21]!.id, "waiting", "stopped"],
  ]);
  expect(items.at(-1)).toMatchObject({
    id: attempts[0]!.id,
    state: "feedback",
    detail: "distress 60 before, 40 after",
    href: `/therapist/ladders/${ladder.id}/steps/${stepId}`,
  });
  expect(items.at(-2)).toMatchObject({ id: attempts[1]!.id, state: "reviewed" });
  expect(items.map((i) => i.at.getTime())).toEqual(
    items.map((i) => i.at.getTime()).toSorted((a, b) => b - a),
  );
});
