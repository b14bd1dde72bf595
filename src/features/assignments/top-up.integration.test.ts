import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { addDays, localDateOf } from "~/lib/dates";
import { db } from "~/server/db";
import { lockPlanning } from "~/server/locks";
import { callerFor, createLinkedPair, signedIn } from "../../../tests/integration/factories";
import { installQueryCounter, writesAmong } from "../../../tests/integration/query-counter";
import { dueTimesToPlan } from "./planning";
import { topUpOccurrences } from "./mutations/planning";
import type { TSchedule } from "./recurrence";

const TZ = "Europe/Berlin";
const DAY = 86_400_000;
const journal = getBuiltinTemplate("trust-trigger-journal")!;
const today = () => localDateOf(new Date(), TZ);
const daily = (startDate = today(), weeks = 4): TSchedule => ({
  kind: "daily",
  startDate,
  dueTime: "20:00",
  end: { type: "weeks", weeks },
});

const linkedPair = () => createLinkedPair({ timeZone: TZ });

let queriesOf: Awaited<ReturnType<typeof installQueryCounter>>;

beforeAll(async () => {
  queriesOf = await installQueryCounter();
});

/** Scheduled homework straight into the database, as if nobody had planned it for a while. */
function homeworkRows(
  count: number,
  owner: { therapistId: string; clientId: string },
  schedule: TSchedule = daily(),
  plannedUntil: Date | null = null,
) {
  const ids = Array.from({ length: count }, () => randomUUID());
  const data = ids.map((id) => ({
    id,
    ...owner,
    kind: journal.kind,
    title: journal.title,
    content: journal.body,
    templateVersion: 1,
    timeZone: TZ,
    startsAt: new Date(Date.now() - 30 * DAY),
    schedule,
    plannedUntil,
  }));
  return db.assignment.createMany({ data }).then(() => ids);
}

const countsOf = async (ids: string[]) => {
  const groups = await db.occurrence.groupBy({
    by: ["assignmentId"],
    where: { assignmentId: { in: ids } },
    _count: true,
  });
  return new Map(groups.map((g) => [g.assignmentId, g._count]));
};

describe("the periodic top-up", () => {
  test("pages through every lagging assignment, however many, and plans each once", async () => {
    const { therapist, client } = await linkedPair();
    const owner = { therapistId: therapist.id, clientId: client.id };
    // More than any one batch, and more than the 500 a single read once took.
    const ids = await homeworkRows(520, owner);
    const now = new Date();
    const expected = dueTimesToPlan({ schedule: daily(), timeZone: TZ, plannedUntil: null }, now)
      .dueAts.length;

    const first = await topUpOccurrences(now, { clientId: client.id });
    expect(first).toEqual({ assignments: 520, occurrences: 520 * expected, completed: 0 });
    const counts = await countsOf(ids);
    expect(ids.every((id) => counts.get(id) === expected)).toBe(true);
    expect(await topUpOccurrences(now, { clientId: client.id })).toEqual({
      assignments: 0,
      occurrences: 0,
      completed: 0,
    });
  });

  test("two instances at once plan each assignment once, without duplicates", async () => {
    const { therapist, client } = await linkedPair();
    const ids = await homeworkRows(250, { therapistId: therapist.id, clientId: client.id });
    const now = new Date();
    const runs = await Promise.all([
      topUpOccurrences(now, { clientId: client.id }),
      topUpOccurrences(now, { clientId: client.id }),
    ]);
    const total = await db.occurrence.count({ where: { assignmentId: { in: ids } } });
    expect(runs[0]!.assignments + runs[1]!.assignments).toBe(250);
    expect(runs[0]!.occurrences + runs[1]!.occurrences).toBe(total);
    const counts = await countsOf(ids);
    expect(new Set(ids.map((id) => counts.get(id))).size).toBe(1);
  });

  test("skips homework whose planning is locked by an edit, and plans it on the next run", async () => {
    const { therapist, client } = await linkedPair();
    const [id] = await homeworkRows(1, { therapistId: therapist.id, clientId: client.id });
    let locked!: () => void;
    let release!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const edit = db.$transaction(async (tx) => {
      await lockPlanning(tx, { id: id!, therapistId: therapist.id });
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    expect((await topUpOccurrences(new Date(), { clientId: client.id })).assignments).toBe(0);
    expect(await db.occurrence.count({ where: { assignmentId: id } })).toBe(0);
    release();
    await edit;
    expect((await topUpOccurrences(new Date(), { clientId: client.id })).assignments).toBe(1);
  });
});

describe("reads never plan", () => {
  test("the portal home and the client page show what is planned and write nothing; the top-up catches up", async () => {
    const { therapist, client } = await linkedPair();
    const [id] = await homeworkRows(1, { therapistId: therapist.id, clientId: client.id });
    const portal = callerFor(await signedIn(client));
    const clientPage = callerFor(await signedIn(therapist));
    const read = async () => {
      const home = await queriesOf(() => portal.portal.home());
      const page = await queriesOf(() =>
        clientPage.assignments.listForClient({ clientId: client.id, status: "ACTIVE" }),
      );
      return {
        home: home.result,
        page: page.result,
        sent: [...home.statements, ...page.statements],
      };
    };

    // As if the planning timer had not run since this homework was given.
    const before = await read();
    expect(writesAmong(before.sent)).toEqual([]);
    expect(before.home.today.items).toEqual([]);
    expect(before.page.items[0]!.occurrenceCount).toBe(0);
    expect(await db.occurrence.count({ where: { assignmentId: id } })).toBe(0);
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).plannedUntil).toBeNull();

    // The planning timer's run.
    expect((await topUpOccurrences(new Date(), { clientId: client.id })).assignments).toBe(1);
    const planned = await db.occurrence.count({ where: { assignmentId: id } });
    expect(planned).toBeGreaterThan(0);
    const after = await read();
    expect(writesAmong(after.sent)).toEqual([]);
    expect(after.page.items[0]!.occurrenceCount).toBe(planned);
    expect(after.home.upcoming.items.length).toBeGreaterThan(0);
  });
});

describe("homework long over", () => {
  /** Daily for a week that ended `daysAgo` days ago; every day done but one, still open. */
  async function pastWeek(daysAgo: number) {
    const { therapist, client } = await linkedPair();
    const start = addDays(today(), -daysAgo - 6);
    const schedule = daily(start, 1);
    const lastDue = dueTimesToPlan(
      { schedule, timeZone: TZ, plannedUntil: new Date(Date.now() - 60 * DAY) },
      new Date(),
    ).dueAts;
    const [id] = await homeworkRows(
      1,
      { therapistId: therapist.id, clientId: client.id },
      schedule,
      new Date(lastDue.at(-1)!.getTime() + DAY),
    );
    await db.occurrence.createMany({
      data: lastDue.map((dueAt, i) => ({
        assignmentId: id!,
        dueAt,
        status: i === 2 ? ("OPEN" as const) : ("DONE" as const),
      })),
    });
    const api = callerFor(await signedIn(therapist));
    const tab = async (status: "ACTIVE" | "COMPLETED") =>
      (await api.assignments.listForClient({ clientId: client.id, status })).items;
    return { id: id!, tab };
  }

  test("is completed a week after its last due date; the missed day shows as missed", async () => {
    const { id, tab } = await pastWeek(8);
    const before = new Date();
    const done = await topUpOccurrences(new Date());
    expect(done.completed).toBeGreaterThanOrEqual(1);
    const row = await db.assignment.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("COMPLETED");
    expect(row.completedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());

    const [card] = await tab("COMPLETED");
    expect(card!.occurrences.map((o) => o.status)).toEqual([
      "done",
      "done",
      "missed",
      "done",
      "done",
      "done",
      "done",
    ]);
  });

  test("within that week it stays active and the missed day can still be done late", async () => {
    const { id, tab } = await pastWeek(3);
    await topUpOccurrences(new Date());
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");
    const [card] = await tab("ACTIVE");
    expect(card!.occurrences.filter((o) => o.status === "overdue")).toHaveLength(1);
  });
});
