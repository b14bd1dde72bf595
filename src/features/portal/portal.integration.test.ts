import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, test } from "vitest";
import type { TClientActor } from "~/server/auth/actor";
import { db } from "~/server/db";
import { addDays, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import {
  callerFor,
  createAssignmentRow,
  createLinkedPair,
  signedIn,
} from "../../../tests/integration/factories";
import { readAllPages } from "../../../tests/integration/paging";
import { installQueryCounter } from "../../../tests/integration/query-counter";
import { getPortalHome } from "./data";
import type { TPortalTask } from "./schema";
import { PORTAL_PAGE_SIZE } from "./page-size";

const TZ = "America/New_York";

type Api = ReturnType<typeof callerFor>;
let queriesOf: Awaited<ReturnType<typeof installQueryCounter>>;

beforeAll(async () => {
  queriesOf = await installQueryCounter();
});

/** A client of a fresh therapist, in New York (the tests run in Adelaide). */
async function newClient() {
  const { client: c, therapist: t } = await createLinkedPair({ timeZone: TZ });
  const actor = (await signedIn(c)) as TClientActor;
  return { c, t, actor, api: callerFor(actor) };
}

/** 20:00 on each day from `from` to `to` days after the client's today. */
const dailyAt20 = (from: number, to: number) => {
  const today = localDateOf(new Date(), TZ);
  return Array.from({ length: to - from + 1 }, (_, i) =>
    zonedWallTimeToUtc(addDays(today, from + i), "20:00", TZ),
  );
};

async function allPages(
  api: Api,
  section: "overdue" | "upcoming",
  first: { items: TPortalTask[]; nextCursor: string | null },
) {
  const items = [...first.items];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await api.portal.section({ section, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return items;
}

const ascending = (tasks: TPortalTask[]) =>
  tasks.every((t, i) => i === 0 || tasks[i - 1]!.dueAt <= t.dueAt);

describe("a client behind on two daily worksheets for 40 days", () => {
  let behind: Awaited<ReturnType<typeof newClient>>;
  let worksheets: Awaited<ReturnType<typeof createAssignmentRow>>[];
  let ladder: Awaited<ReturnType<typeof createAssignmentRow>>;

  beforeAll(async () => {
    behind = await newClient();
    const row = (builtinKey: string, dueDates: Date[]) =>
      createAssignmentRow({
        therapistId: behind.t.id,
        clientId: behind.c.id,
        builtinKey,
        timeZone: TZ,
        dueDates,
      });
    worksheets = [
      await row("small-victories", dailyAt20(-40, 10)),
      await row("trust-trigger-journal", dailyAt20(-40, 10)),
    ];
    // Scheduled ladder practice: today and tomorrow.
    ladder = await row("trust-ladder", dailyAt20(0, 1));
    // Two more ladders at the client's own pace: more cards, not more queries.
    const unscheduled = [await row("trust-ladder", []), await row("trust-ladder", [])];
    await db.masteredStep.createMany({
      data: [ladder, ...unscheduled].map((l) => ({
        assignmentId: l.id,
        stepId: "share-a-preference",
        markedById: behind.t.id,
      })),
    });
  });

  test("still sees today's work and what is coming up, ladder practice included", async () => {
    const home = await behind.api.portal.home();
    const today = localDateOf(new Date(), TZ);
    expect(home.today.items.map((t) => t.title).sort()).toEqual(
      [...worksheets.map((w) => w.title), ladder.title].sort(),
    );
    for (const t of home.today.items) expect(localDateOf(t.dueAt, TZ)).toBe(today);
    expect(home.today.items.find((t) => t.kind === "LADDER")?.href).toBe(
      `/portal/ladders/${ladder.id}`,
    );
    const worksheetHref = home.today.items.find((t) => t.kind === "WORKSHEET")!;
    expect(worksheetHref.href).toBe(`/portal/worksheets/${worksheetHref.occurrenceId}`);

    // 2 worksheets x 7 days + tomorrow's ladder practice, soonest first, over two pages.
    expect(home.upcoming.items).toHaveLength(10);
    expect(localDateOf(home.upcoming.items[0]!.dueAt, TZ)).toBe(addDays(today, 1));
    const upcoming = await allPages(behind.api, "upcoming", home.upcoming);
    expect(upcoming).toHaveLength(15);
    expect(ascending(upcoming)).toBe(true);
    expect(localDateOf(upcoming.at(-1)!.dueAt, TZ)).toBe(addDays(today, 7));
  });

  test("overdue starts with yesterday and pages back to the oldest miss", async () => {
    const home = await behind.api.portal.home();
    const today = localDateOf(new Date(), TZ);
    expect(localDateOf(home.overdue.items[0]!.dueAt, TZ)).toBe(addDays(today, -1));
    const overdue = await allPages(behind.api, "overdue", home.overdue);
    expect(overdue).toHaveLength(80);
    expect(new Set(overdue.map((t) => t.occurrenceId)).size).toBe(80);
    expect(ascending([...overdue].reverse())).toBe(true);
    expect(localDateOf(overdue.at(-1)!.dueAt, TZ)).toBe(addDays(today, -40));
  });

  test("paging keeps its place when the last item shown is done meanwhile", async () => {
    const first = await behind.api.portal.section({ section: "overdue" });
    const last = first.items.at(-1)!;
    const expected = (
      await behind.api.portal.section({ section: "overdue", cursor: first.nextCursor! })
    ).items[0];
    await db.occurrence.update({ where: { id: last.occurrenceId }, data: { status: "DONE" } });
    const next = await behind.api.portal.section({ section: "overdue", cursor: first.nextCursor! });
    expect(next.items[0]?.occurrenceId).toBe(expected?.occurrenceId);
    await db.occurrence.update({ where: { id: last.occurrenceId }, data: { status: "OPEN" } });
  });

  test("the ladder card says which step is current", async () => {
    const home = await behind.api.portal.home();
    expect(home.ladders.items).toHaveLength(3);
    expect(home.ladders.items.find((l) => l.assignmentId === ladder.id)).toEqual({
      assignmentId: ladder.id,
      title: ladder.title,
      finished: false,
      stepCount: 10,
      currentStep: { number: 2, title: "Ask for a small favour" },
    });
  });

  test("the home makes as many queries as for a client with almost nothing", async () => {
    const few = await newClient();
    await createAssignmentRow({
      therapistId: few.t.id,
      clientId: few.c.id,
      builtinKey: "small-victories",
      timeZone: TZ,
      dueDates: dailyAt20(0, 0),
    });
    await createAssignmentRow({
      therapistId: few.t.id,
      clientId: few.c.id,
      builtinKey: "trust-ladder",
    });
    const small = await queriesOf(() => few.api.portal.home());
    const large = await queriesOf(() => behind.api.portal.home());
    expect(small.result.today.items).toHaveLength(1);
    expect(large.result.overdue.nextCursor).not.toBeNull();
    expect(large.queries).toBe(small.queries);
    // every section (three open ones, recently done, ladders, feedback) in one statement
    expect(large.queries).toBe(1);
  });

  test("another client's homework never shows", async () => {
    const other = await newClient();
    const home = await other.api.portal.home();
    expect([home.today, home.overdue, home.upcoming, home.ladders].map((p) => p.items)).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});

describe("a start date", () => {
  test("homework shows from its start date on, not before", async () => {
    const { c, t, actor } = await newClient();
    const [dueAt] = dailyAt20(3, 3);
    const { id } = await createAssignmentRow({
      therapistId: t.id,
      clientId: c.id,
      builtinKey: "trust-trigger-journal",
      dueDates: [dueAt!],
      timeZone: TZ,
    });
    const startsAt = zonedWallTimeToUtc(addDays(localDateOf(new Date(), TZ), 2), "00:00", TZ);
    await db.assignment.update({ where: { id }, data: { startsAt } });
    const listed = (home: Awaited<ReturnType<typeof getPortalHome>>) =>
      [...home.today.items, ...home.upcoming.items, ...home.overdue.items].map((t) => t.title);
    expect(listed(await getPortalHome(actor))).toEqual([]);
    const onStartDay = new Date(startsAt.getTime() + 3_600_000);
    expect(listed(await getPortalHome(actor, onStartDay))).toEqual(["Trust trigger journal"]);
  });
});

describe("ladders on the home", () => {
  test("a ladder with every step mastered says so, and pages like the rest", async () => {
    const { c, t, api } = await newClient();
    const ladders = [];
    for (let i = 0; i < 11; i++) {
      const row = await createAssignmentRow({
        therapistId: t.id,
        clientId: c.id,
        builtinKey: "trust-ladder",
      });
      // Distinct creation times: the list is newest first.
      await db.assignment.update({
        where: { id: row.id },
        data: { createdAt: new Date(Date.now() - (11 - i) * 60_000) },
      });
      ladders.push(row);
    }
    const newest = ladders.at(-1)!;
    const steps = (newest.content as { steps: { id: string }[] }).steps;
    await db.masteredStep.createMany({
      data: steps.map((s) => ({ assignmentId: newest.id, stepId: s.id, markedById: t.id })),
    });
    const home = await api.portal.home();
    expect(home.ladders.items[0]).toMatchObject({ assignmentId: newest.id, currentStep: null });
    expect(home.ladders.items).toHaveLength(10);
    const more = await api.portal.ladders({ cursor: home.ladders.nextCursor! });
    expect(more.items.map((l) => l.assignmentId)).toEqual([ladders[0]!.id]);
    expect(more.nextCursor).toBeNull();
  });
});

test("a cursor the app did not make is refused with a plain message", async () => {
  const { api } = await newClient();
  const error = await api.portal
    .section({ section: "overdue", cursor: "not-a-cursor" })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  expect(JSON.stringify((error as TRPCError).cause)).toContain("Reload the page");
});

test("recently done shows the newest submission first", async () => {
  const { c, t, actor } = await newClient();
  const a = await createAssignmentRow({
    therapistId: t.id,
    clientId: c.id,
    builtinKey: "small-victories",
    timeZone: TZ,
    dueDates: dailyAt20(-3, -1),
  });
  const now = Date.now();
  for (const [i, o] of a.occurrences.entries()) {
    await db.occurrence.update({ where: { id: o.id }, data: { status: "DONE" } });
    await db.submission.create({
      data: {
        occurrenceId: o.id,
        clientId: c.id,
        content: {},
        status: "SUBMITTED",
        // the oldest occurrence was submitted last
        submittedAt: new Date(now - (i + 1) * 3_600_000),
      },
    });
  }
  const home = await getPortalHome(actor);
  expect(home.done.items.map((i) => i.occurrenceId)).toEqual(a.occurrences.map((o) => o.id));
  expect(home.overdue.items).toEqual([]);
});

test("recently done holds ladder practice too, one list paged across both", async () => {
  const { c, t, api } = await newClient();
  const worksheet = await createAssignmentRow({
    therapistId: t.id,
    clientId: c.id,
    builtinKey: "small-victories",
    timeZone: TZ,
    dueDates: dailyAt20(-7, -1),
  });
  const ladder = await createAssignmentRow({
    therapistId: t.id,
    clientId: c.id,
    builtinKey: "trust-ladder",
    timeZone: TZ,
    dueDates: [],
  });
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
  // Seven submissions and eight attempts, interleaved over the last days; one attempt too old.
  for (const [i, o] of worksheet.occurrences.entries()) {
    await db.submission.create({
      data: {
        occurrenceId: o.id,
        clientId: c.id,
        content: {},
        status: "SUBMITTED",
        submittedAt: hoursAgo(2 * i + 1),
      },
    });
  }
  const attempt = (completedAt: Date) => ({
    assignmentId: ladder.id,
    stepId: "share-a-preference",
    clientId: c.id,
    prediction: "p",
    predictionConfidence: 50,
    distressBefore: 50,
    afterDistress: 20,
    startedAt: new Date(completedAt.getTime() - 60_000),
    completedAt,
  });
  await db.stepAttempt.createMany({
    data: [
      ...Array.from({ length: 8 }, (_, i) => attempt(hoursAgo(2 * i + 2))),
      attempt(hoursAgo(8 * 24)),
    ],
  });
  // Started, not finished: not done.
  await db.stepAttempt.create({ data: { ...attempt(hoursAgo(1)), completedAt: null } });

  const home = await api.portal.home();
  const pages = await readAllPages(
    async (cursor) => (cursor ? api.portal.done({ cursor }) : home.done),
    (d) => d.id,
    PORTAL_PAGE_SIZE,
  );
  const done = pages.flat();
  expect(done).toHaveLength(15);
  // Worksheets 1, 3 .. 13 hours ago, attempts 2, 4 .. 16: they alternate, then two attempts.
  expect(done.map((d) => d.kind)).toEqual([
    ...Array.from({ length: 7 }, () => ["WORKSHEET", "LADDER"]).flat(),
    "LADDER",
  ]);
  expect(done.every((d, i) => i === 0 || done[i - 1]!.doneAt >= d.doneAt)).toBe(true);
  expect(done[1]).toMatchObject({
    title: ladder.title,
    stepTitle: "Share a small preference",
    href: `/portal/ladders/${ladder.id}`,
    occurrenceId: null,
  });

  // Nobody else's practice shows.
  const other = await newClient();
  expect((await other.api.portal.home()).done.items).toEqual([]);
});

test("sections follow the client's calendar around midnight in Auckland", async () => {
  const { client: c, therapist: t } = await createLinkedPair({ timeZone: "Pacific/Auckland" });
  const actor = (await signedIn(c)) as TClientActor;
  // 23:30 on 10 March in Auckland; it is still the morning of the 10th in UTC.
  const now = zonedWallTimeToUtc("2026-03-10", "23:30", "Pacific/Auckland");
  const at = (date: string, time: string) => zonedWallTimeToUtc(date, time, "Pacific/Auckland");
  const a = await createAssignmentRow({
    therapistId: t.id,
    clientId: c.id,
    builtinKey: "small-victories",
    timeZone: "Pacific/Auckland",
    dueDates: [
      at("2026-03-09", "23:59"),
      at("2026-03-10", "00:00"),
      at("2026-03-10", "21:00"),
      at("2026-03-11", "00:00"),
      at("2026-03-17", "23:59"),
      at("2026-03-18", "00:00"),
    ],
  });
  const ids = a.occurrences.map((o) => o.id);
  const home = await getPortalHome(actor, now);
  expect(home.overdue.items.map((i) => i.occurrenceId)).toEqual([ids[0]]);
  expect(home.today.items.map((i) => i.occurrenceId)).toEqual([ids[1], ids[2]]);
  expect(home.upcoming.items.map((i) => i.occurrenceId)).toEqual([ids[3], ids[4]]);
  expect(home.done.items).toEqual([]);
});
