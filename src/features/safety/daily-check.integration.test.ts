import { expect, test } from "vitest";
import { db } from "~/server/db";
import { createAssignmentRow, createLinkedPair } from "../../../tests/integration/factories";
import { runDailyFlagCheck } from "./mutations/daily-check";
import { flagDay } from "./policy";

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

/** A pair linked `linkedDaysAgo` days ago, with a worksheet due on these days (days ago). */
async function pairWithHomework(dueDaysAgo: number[], linkedDaysAgo = 60) {
  const { therapist, client } = await createLinkedPair({ timeZone: "Europe/Berlin" });
  await db.careLink.updateMany({
    where: { therapistId: therapist.id, clientId: client.id },
    data: { createdAt: daysAgo(linkedDaysAgo) },
  });
  const homework = await createAssignmentRow({
    therapistId: therapist.id,
    clientId: client.id,
    builtinKey: "small-victories",
    dueDates: dueDaysAgo.map(daysAgo),
  });
  return { therapist, client, homework };
}

const flagsOf = (clientId: string) =>
  db.flag.findMany({ where: { clientId }, orderBy: { createdAt: "asc" } });

test("three due dates in a row missed raise one MISSED flag, once per stretch", async () => {
  const { client, homework } = await pairWithHomework([1, 3, 5]);
  // A draft on the next one today: active this week, so only the misses matter here.
  await db.submission.create({
    data: {
      occurrenceId: (
        await db.occurrence.create({
          data: { assignmentId: homework.id, dueAt: new Date(now.getTime() + DAY) },
        })
      ).id,
      clientId: client.id,
      content: homework.content ?? {},
      answers: { what_i_did: "half" },
    },
  });
  await runDailyFlagCheck(now);
  const flags = await flagsOf(client.id);
  expect(flags.map((f) => [f.kind, f.reason])).toEqual([
    ["MISSED", `missed 3 due dates in a row, the last on ${flagDay(daysAgo(1), "Europe/Berlin")}`],
  ]);
  // Tomorrow's run (still the same stretch): nothing new.
  await runDailyFlagCheck(new Date(now.getTime() + DAY / 2));
  expect(await flagsOf(client.id)).toHaveLength(1);
});

test("a due date done among the last three breaks the stretch", async () => {
  const { client, homework } = await pairWithHomework([1, 3, 5]);
  await db.occurrence.update({
    where: { id: homework.occurrences[1]!.id },
    data: { status: "DONE" },
  });
  await db.submission.create({
    data: {
      occurrenceId: homework.occurrences[1]!.id,
      clientId: client.id,
      content: homework.content ?? {},
      status: "SUBMITTED",
      submittedAt: daysAgo(3),
    },
  });
  await runDailyFlagCheck(now);
  expect(await flagsOf(client.id)).toEqual([]);
});

test("homework due and nothing done for a week raises one QUIET flag", async () => {
  const { client, homework } = await pairWithHomework([2]);
  // The last thing the client did was ten days ago.
  const old = await db.occurrence.create({
    data: { assignmentId: homework.id, dueAt: daysAgo(10), status: "DONE" },
  });
  await db.submission.create({
    data: {
      occurrenceId: old.id,
      clientId: client.id,
      content: homework.content ?? {},
      status: "SUBMITTED",
      submittedAt: daysAgo(10),
    },
  });
  await db.$executeRaw`UPDATE "Submission" SET "updatedAt" = ${daysAgo(10)} WHERE "occurrenceId" = ${old.id}`;
  await runDailyFlagCheck(now);
  const flags = await flagsOf(client.id);
  expect(flags.map((f) => [f.kind, f.reason])).toEqual([
    [
      "QUIET",
      `no activity for 7 days with homework due, last active on ${flagDay(daysAgo(10), "Europe/Berlin")}`,
    ],
  ]);
  await runDailyFlagCheck(now);
  expect(await flagsOf(client.id)).toHaveLength(1);
});

test("no QUIET flag for a client active this week, nor for one linked only days ago", async () => {
  const active = await pairWithHomework([2]);
  await db.submission.create({
    data: {
      occurrenceId: active.homework.occurrences[0]!.id,
      clientId: active.client.id,
      content: active.homework.content ?? {},
      answers: { what_i_did: "started" },
    },
  });
  const newcomer = await pairWithHomework([1], 3);
  await runDailyFlagCheck(now);
  expect(await flagsOf(active.client.id)).toEqual([]);
  expect(await flagsOf(newcomer.client.id)).toEqual([]);
});

test("an archived care link raises nothing", async () => {
  const { therapist, client } = await pairWithHomework([1, 3, 5]);
  await db.careLink.updateMany({
    where: { therapistId: therapist.id, clientId: client.id },
    data: { status: "ARCHIVED" },
  });
  await runDailyFlagCheck(now);
  expect(await flagsOf(client.id)).toEqual([]);
});
