import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import type { TLadderBody, TWorksheetBody } from "~/features/templates/schema";
import { addDays, isoWeekday, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import { db } from "~/server/db";
import { lockAssignment, lockClientOccurrence } from "~/server/locks";
import {
  callerFor,
  createLinkedPair,
  signedIn,
  syncBuiltinTemplateIds,
} from "../../../tests/integration/factories";
import { pausedTransaction, waiterOn } from "../../../tests/integration/lock-waits";
import { sentFieldErrors } from "../../../tests/integration/trpc-outcome";
import type { TSchedule } from "./recurrence";

const TZ = "Europe/Berlin";
let journalId: string;
let ladderId: string;

beforeAll(async () => {
  const ids = await syncBuiltinTemplateIds();
  journalId = ids["trust-trigger-journal"]!;
  ladderId = ids["trust-ladder"]!;
});

async function setup() {
  const { therapist, client } = await createLinkedPair({ timeZone: TZ });
  return {
    therapist,
    client,
    api: callerFor(await signedIn(therapist)),
    clientApi: callerFor(await signedIn(client)),
  };
}

const today = () => localDateOf(new Date(), TZ);
const journal = () => getBuiltinTemplate("trust-trigger-journal")!.body as TWorksheetBody;
const ladder = () => getBuiltinTemplate("trust-ladder")!.body as TLadderBody;
const daily = (dueTime = "20:00"): TSchedule => ({
  kind: "daily",
  startDate: today(),
  dueTime,
  end: { type: "weeks", weeks: 2 },
});

function worksheetInput(clientId: string, schedule: TSchedule, body = journal()) {
  return {
    clientId,
    templateId: journalId,
    content: { kind: "WORKSHEET" as const, body },
    instructions: "Fill it in after work.",
    schedule,
  };
}

/** The update request that changes only what is given. */
function edit(assignmentId: string, input: ReturnType<typeof worksheetInput>, patch = {}) {
  const { content, instructions, schedule } = input;
  return { assignmentId, content, instructions, schedule, ...patch };
}

const occurrencesOf = (assignmentId: string) =>
  db.occurrence.findMany({
    where: { assignmentId },
    orderBy: { dueAt: "asc" },
    include: { submission: true },
  });

const wallTime = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit" }).format(d);

/** No local day may have two open occurrences: the client would get the homework twice. */
function expectOneOpenPerDay(rows: { dueAt: Date; status: string }[]) {
  const days = rows.filter((o) => o.status === "OPEN").map((o) => localDateOf(o.dueAt, TZ));
  expect(new Set(days).size).toBe(days.length);
}

describe("editing homework keeps what the client has", () => {
  test("an instructions and wording edit keeps every occurrence id and the client's draft", async () => {
    const { client, api, clientApi } = await setup();
    const input = worksheetInput(client.id, daily());
    const { assignmentId } = await api.assignments.create(input);
    const before = await occurrencesOf(assignmentId);
    const drafted = before[1]!;
    await clientApi.worksheets.saveDraft({
      occurrenceId: drafted.id,
      baseRevision: 0,
      answers: { situation: "My own words" },
    });

    const body = journal();
    const reworded = {
      ...body,
      fields: body.fields.map((f, i) => (i === 0 ? { ...f, label: "What went on?" } : f)),
    };
    await api.assignments.update(
      edit(assignmentId, input, {
        instructions: "New words",
        content: { kind: "WORKSHEET", body: reworded },
      }),
    );

    const after = await occurrencesOf(assignmentId);
    expect(after.map((o) => [o.id, o.dueAt, o.status])).toEqual(
      before.map((o) => [o.id, o.dueAt, o.status]),
    );
    // The draft keeps the questions it was written against, and stays saveable.
    const task = await clientApi.worksheets.task({ occurrenceId: drafted.id });
    expect(task.instructions).toBe("New words");
    expect(task.submission?.answers).toEqual({ situation: "My own words" });
    expect(task.fields[0]!.label).toBe(body.fields[0]!.label);
    await clientApi.worksheets.saveDraft({
      occurrenceId: drafted.id,
      baseRevision: 1,
      answers: { situation: "My own words, and more" },
    });
    // Not yet started: the new wording.
    const fresh = await clientApi.worksheets.task({ occurrenceId: before[2]!.id });
    expect(fresh.fields[0]!.label).toBe("What went on?");
  });

  test("text typed against questions that were removed meanwhile is refused, never dropped", async () => {
    const { client, api, clientApi } = await setup();
    const input = worksheetInput(client.id, daily());
    const { assignmentId } = await api.assignments.create(input);
    const [occurrence] = await occurrencesOf(assignmentId);
    const body = journal();
    const removed = body.fields[0]!;
    // The client's page still shows the old questions; the therapist removes the first one.
    await api.assignments.update(
      edit(assignmentId, input, {
        content: { kind: "WORKSHEET", body: { fields: body.fields.slice(1) } },
      }),
    );
    await expect(
      clientApi.worksheets.saveDraft({
        occurrenceId: occurrence!.id,
        baseRevision: 0,
        answers: { [removed.id]: "Typed before the change" },
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Copy any answer you want to keep"),
    });
    expect(await db.submission.count({ where: { occurrenceId: occurrence!.id } })).toBe(0);
  });

  test("a schedule change keeps matching occurrences, cancels the rest and never doubles a day", async () => {
    const { client, api, clientApi } = await setup();
    const input = worksheetInput(client.id, daily());
    const { assignmentId } = await api.assignments.create(input);
    const before = await occurrencesOf(assignmentId);
    const drafted = before[2]!;
    await clientApi.worksheets.saveDraft({
      occurrenceId: drafted.id,
      baseRevision: 0,
      answers: { situation: "Half written" },
    });

    // Every weekday but the drafted one's, same time: that day is no longer due.
    const dropped = isoWeekday(localDateOf(drafted.dueAt, TZ));
    const weekdays = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== dropped);
    const { end, startDate, dueTime } = daily() as Extract<TSchedule, { kind: "daily" }>;
    await api.assignments.update(
      edit(assignmentId, input, {
        schedule: { kind: "weekdays", startDate, dueTime, weekdays, end },
      }),
    );

    const after = await occurrencesOf(assignmentId);
    expect(after.map((o) => o.id).toSorted()).toEqual(before.map((o) => o.id).toSorted());
    for (const o of after) {
      const onDroppedDay = isoWeekday(localDateOf(o.dueAt, TZ)) === dropped;
      // The drafted one stays open so the client's words are not lost.
      const expected = !onDroppedDay || o.id === drafted.id ? "OPEN" : "CANCELLED";
      expect(o.status, localDateOf(o.dueAt, TZ)).toBe(expected);
    }
    expectOneOpenPerDay(after);
    await clientApi.worksheets.saveDraft({
      occurrenceId: drafted.id,
      baseRevision: 1,
      answers: { situation: "Half written, now finished" },
    });

    // A new due time: the draft follows it on its own day, with its id and words.
    await api.assignments.update(edit(assignmentId, input, { schedule: daily("07:30") }));
    const moved = await occurrencesOf(assignmentId);
    expect(moved.length).toBeGreaterThanOrEqual(before.length);
    for (const o of before) expect(moved.some((m) => m.id === o.id)).toBe(true);
    const draft = moved.find((o) => o.id === drafted.id)!;
    expect(draft).toMatchObject({ status: "OPEN" });
    expect(localDateOf(draft.dueAt, TZ)).toBe(localDateOf(drafted.dueAt, TZ));
    expect(wallTime(draft.dueAt)).toBe("07:30");
    expect(draft.submission?.answers).toEqual({ situation: "Half written, now finished" });
    const open = moved.filter((o) => o.status === "OPEN");
    expect(open.every((o) => wallTime(o.dueAt) === "07:30")).toBe(true);
    expect(open.length).toBeGreaterThanOrEqual(13);
    expectOneOpenPerDay(moved);
  });

  test("overdue homework can still be edited; only new due times must lie ahead", async () => {
    const { client, api } = await setup();
    const tomorrow = addDays(today(), 1);
    const once: TSchedule = { kind: "once", dueDate: tomorrow, dueTime: "09:00" };
    const input = worksheetInput(client.id, once);
    const { assignmentId } = await api.assignments.create(input);
    // Time passes: the due time is now behind us.
    const past: TSchedule = { kind: "once", dueDate: "2020-01-06", dueTime: "09:00" };
    await db.assignment.update({ where: { id: assignmentId }, data: { schedule: past } });
    await db.occurrence.updateMany({
      where: { assignmentId },
      data: { dueAt: zonedWallTimeToUtc("2020-01-06", "09:00", TZ) },
    });

    await api.assignments.update(
      edit(assignmentId, input, { schedule: past, instructions: "Do it when you can." }),
    );
    expect((await api.assignments.get({ assignmentId })).instructions).toBe("Do it when you can.");
    await expect(
      api.assignments.update(
        edit(assignmentId, input, { schedule: { ...past, dueDate: "2020-01-07" } }),
      ),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { schedule: [expect.stringContaining("passed")] } },
    });
  });

  /** A once homework whose due time passed without the client doing it. */
  async function overdueOnce() {
    const w = await setup();
    const once: TSchedule = { kind: "once", dueDate: addDays(today(), 1), dueTime: "09:00" };
    const input = worksheetInput(w.client.id, once);
    const { assignmentId } = await w.api.assignments.create(input);
    const past: TSchedule = { kind: "once", dueDate: "2020-01-06", dueTime: "09:00" };
    await db.assignment.update({ where: { id: assignmentId }, data: { schedule: past } });
    await db.occurrence.updateMany({
      where: { assignmentId },
      data: { dueAt: zonedWallTimeToUtc("2020-01-06", "09:00", TZ) },
    });
    const [occurrence] = await occurrencesOf(assignmentId);
    const later: TSchedule = { kind: "once", dueDate: addDays(today(), 3), dueTime: "18:00" };
    return { ...w, input, assignmentId, occurrence: occurrence!, later };
  }

  const portalTitles = async (clientApi: ReturnType<typeof callerFor>) => {
    const home = await clientApi.portal.home();
    return {
      overdue: home.overdue.items.map((t) => t.occurrenceId),
      upcoming: home.upcoming.items.map((t) => t.occurrenceId),
    };
  };

  test("moving overdue once homework to a later date leaves one open occurrence, not two", async () => {
    const { api, clientApi, input, assignmentId, occurrence, later } = await overdueOnce();
    await api.assignments.update(edit(assignmentId, input, { schedule: later }));

    // The homework itself moves (same id, so an old link still opens it); no "cancelled" copy.
    const after = await occurrencesOf(assignmentId);
    const open = after.filter((o) => o.status === "OPEN");
    expect(after).toHaveLength(1);
    expect(open[0]!.id).toBe(occurrence.id);
    expect(open[0]!.dueAt).toEqual(zonedWallTimeToUtc(later.dueDate, "18:00", TZ));
    expect(await portalTitles(clientApi)).toEqual({ overdue: [], upcoming: [open[0]!.id] });

    // Doing it finishes the homework: nothing else is left open.
    await clientApi.worksheets.submit({
      occurrenceId: open[0]!.id,
      answers: {
        situation: "At work",
        who: "My boss",
        feelings: ["anxious"],
        intensity: 60,
        now_or_then: "both",
        what_i_did: "Waited",
      },
      baseRevision: 0,
      idempotencyKey: randomUUID(),
    });
    expect((await api.assignments.get({ assignmentId })).status).toBe("COMPLETED");
  });

  test("a started overdue once worksheet moves to the new date with its id and draft", async () => {
    const { api, clientApi, input, assignmentId, occurrence, later } = await overdueOnce();
    await clientApi.worksheets.saveDraft({
      occurrenceId: occurrence.id,
      baseRevision: 0,
      answers: { situation: "Started late" },
    });
    await api.assignments.update(edit(assignmentId, input, { schedule: later }));

    const after = await occurrencesOf(assignmentId);
    expect(after.map((o) => [o.id, o.status, o.dueAt])).toEqual([
      [occurrence.id, "OPEN", zonedWallTimeToUtc(later.dueDate, "18:00", TZ)],
    ]);
    expect(after[0]!.submission?.answers).toEqual({ situation: "Started late" });
    expect(await portalTitles(clientApi)).toEqual({ overdue: [], upcoming: [occurrence.id] });
  });

  test("a recurring schedule's missed days stay as they were when its due time changes", async () => {
    const { client, api } = await setup();
    const input = worksheetInput(client.id, daily());
    const { assignmentId } = await api.assignments.create(input);
    const missed = await db.occurrence.create({
      data: { assignmentId, dueAt: zonedWallTimeToUtc(addDays(today(), -1), "20:00", TZ) },
    });
    await api.assignments.update(edit(assignmentId, input, { schedule: daily("07:30") }));
    const row = await db.occurrence.findUniqueOrThrow({ where: { id: missed.id } });
    expect([row.status, row.dueAt]).toEqual(["OPEN", missed.dueAt]);
  });

  test("a practised or mastered ladder step can't be removed; nothing changes", async () => {
    const { therapist, client, api, clientApi } = await setup();
    const body = ladder();
    const input = {
      clientId: client.id,
      templateId: ladderId,
      content: { kind: "LADDER" as const, body },
      instructions: "",
      schedule: null,
    };
    const { assignmentId } = await api.assignments.create(input);
    const [first, second] = body.steps;
    await clientApi.ladder.startAttempt({
      assignmentId,
      stepId: first!.id,
      prediction: "They will laugh at me.",
      predictionConfidence: 60,
      distressBefore: 40,
    });
    await db.masteredStep.create({
      data: { assignmentId, stepId: second!.id, markedById: therapist.id },
    });
    const update = (steps: TLadderBody["steps"]) =>
      api.assignments.update({
        assignmentId,
        content: { kind: "LADDER", body: { ...body, steps } },
        instructions: "Changed",
        schedule: null,
      });

    for (const removed of [first!, second!]) {
      await expect(update(body.steps.filter((s) => s.id !== removed.id))).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { content: [expect.stringContaining(`"${removed.title}"`)] } },
      });
    }
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(row.content).toEqual(body);
    expect(row.instructions).toBe("");

    // Rewording, reordering and removing an untouched step are fine.
    const untouched = body.steps.at(-1)!;
    const kept = body.steps
      .filter((s) => s.id !== untouched.id)
      .map((s, i) => (i === 0 ? { ...s, title: "Share a small preference" } : s));
    await update([kept[1]!, kept[0]!, ...kept.slice(2)]);
    const ladderView = await clientApi.ladder.get({ assignmentId });
    expect(ladderView.steps.map((s) => s.id)).not.toContain(untouched.id);
    expect(ladderView.attempts.map((a) => a.stepId)).toEqual([first!.id]);
  });

  test("refused builder content comes back at its full path", async () => {
    const { client, api } = await setup();
    const body = ladder();
    const input = {
      clientId: client.id,
      templateId: ladderId,
      content: {
        kind: "LADDER" as const,
        body: { ...body, steps: body.steps.map((s, i) => (i === 1 ? { ...s, title: "" } : s)) },
      },
      instructions: "",
      schedule: null,
    };
    expect(await sentFieldErrors(api.assignments.create(input))).toEqual({
      "content.body.steps.1.title": [expect.any(String)],
    });
    expect(await db.assignment.count({ where: { clientId: client.id } })).toBe(0);
  });

  test('finished or ended homework says so instead of "does not exist"', async () => {
    const { client, api } = await setup();
    const input = worksheetInput(client.id, daily());
    const { assignmentId } = await api.assignments.create(input);
    await db.assignment.update({
      where: { id: assignmentId },
      data: { status: "COMPLETED", completedAt: new Date() },
    });
    const finished = { code: "CONFLICT", message: "This homework is already finished." };
    await expect(
      api.assignments.update(edit(assignmentId, input, { instructions: "Too late" })),
    ).rejects.toMatchObject(finished);
    await expect(api.assignments.end({ assignmentId })).rejects.toMatchObject(finished);
    expect((await api.assignments.get({ assignmentId })).instructions).toBe(input.instructions);

    await db.assignment.update({ where: { id: assignmentId }, data: { status: "ENDED" } });
    const ended = { code: "CONFLICT", message: "This homework has already ended." };
    await expect(
      api.assignments.update(edit(assignmentId, input, { instructions: "Too late" })),
    ).rejects.toMatchObject(ended);
    await expect(api.assignments.end({ assignmentId })).rejects.toMatchObject(ended);
  });
});

describe("a submit in progress", () => {
  /**
   * Holds an occurrence a day or more ahead as a submit does, until `finish()` takes the
   * assignment row (as completing it does) and commits: server/locks.ts's order, paused between.
   */
  async function submitInProgress(assignmentId: string, clientId: string) {
    const [later] = await db.occurrence.findMany({
      where: { assignmentId, dueAt: { gt: new Date(Date.now() + 86_400_000) } },
      orderBy: { dueAt: "asc" },
      take: 1,
    });
    const submit = await pausedTransaction(
      (tx) => lockClientOccurrence(tx, { id: later!.id, clientId, kind: "WORKSHEET" }),
      (tx) => lockAssignment(tx, assignmentId),
    );
    return {
      held: later!.id,
      waitedFor: () => waiterOn(submit.pid),
      finish: () => (submit.resume(), submit.done),
    };
  }

  test("a schedule edit waits for it, then re-plans that day; both commit", async () => {
    const { client, api } = await setup();
    const input = worksheetInput(client.id, daily("20:00"));
    const { assignmentId } = await api.assignments.create(input);
    const submit = await submitInProgress(assignmentId, client.id);

    const edited = api.assignments.update(edit(assignmentId, input, { schedule: daily("08:00") }));
    await submit.waitedFor();
    await submit.finish();
    await edited;
    // Not started, so it gives way to the new due time of its day.
    const held = await db.occurrence.findUniqueOrThrow({ where: { id: submit.held } });
    expect(held.status).toBe("CANCELLED");
    const sameDay = (await occurrencesOf(assignmentId)).filter(
      (o) => o.status === "OPEN" && localDateOf(o.dueAt, TZ) === localDateOf(held.dueAt, TZ),
    );
    expect(sameDay.map((o) => wallTime(o.dueAt))).toEqual(["08:00"]);
  });

  test("ending the homework waits for it, then cancels what is still due; both commit", async () => {
    const { client, api } = await setup();
    const { assignmentId } = await api.assignments.create(worksheetInput(client.id, daily()));
    const submit = await submitInProgress(assignmentId, client.id);

    const ended = api.assignments.end({ assignmentId });
    await submit.waitedFor();
    await submit.finish();
    await ended;
    const cancelled = await db.occurrence.findUniqueOrThrow({ where: { id: submit.held } });
    expect(cancelled.status).toBe("CANCELLED");
  });
});

describe("a start date", () => {
  test("hides a once homework from the portal until that day", async () => {
    const { client, api, clientApi } = await setup();
    const start = addDays(today(), 2);
    const once: TSchedule = {
      kind: "once",
      startDate: start,
      dueDate: addDays(today(), 3),
      dueTime: "12:00",
    };
    const { assignmentId } = await api.assignments.create(worksheetInput(client.id, once));
    const startsAt = zonedWallTimeToUtc(start, "00:00", TZ);
    expect(
      (await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).startsAt,
    ).toEqual(startsAt);

    // The portal lists homework from startsAt on (portal.integration.test.ts).
    const home = await clientApi.portal.home();
    expect([...home.today.items, ...home.upcoming.items, ...home.overdue.items]).toEqual([]);
  });

  test("after the due date is refused, with the message on the start date", async () => {
    const { client, api } = await setup();
    const once: TSchedule = {
      kind: "once",
      startDate: addDays(today(), 4),
      dueDate: addDays(today(), 3),
      dueTime: "12:00",
    };
    expect(await sentFieldErrors(api.assignments.create(worksheetInput(client.id, once)))).toEqual({
      "schedule.startDate": ["The start date is after the due date."],
    });
    expect(await db.assignment.count({ where: { clientId: client.id } })).toBe(0);
  });
});
