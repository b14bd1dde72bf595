import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeEach, expect, test } from "vitest";
import { getPortalHome } from "~/features/portal/data";
import type { TActor, TClientActor } from "~/server/auth/actor";
import { zonedWallTimeToUtc } from "~/lib/dates";
import {
  callerFor,
  createAssignmentRow,
  createClient,
  createTherapist,
  linkClient,
  signedIn,
} from "../../../tests/integration/factories";

const COMPLETE = { what_i_did: "a", why_it_mattered: "b", celebrate: "c" };
let client: TActor;
let therapist: TActor;
let submissionId: string;
let occurrenceId: string;

beforeEach(async () => {
  const [c, t] = await Promise.all([createClient(), createTherapist()]);
  await linkClient(t.id, c.id);
  client = await signedIn(c);
  therapist = await signedIn(t);
  const a = await createAssignmentRow({
    therapistId: t.id,
    clientId: c.id,
    builtinKey: "small-victories",
  });
  occurrenceId = a.occurrences[0]!.id;
  ({ submissionId } = await callerFor(client).worksheets.submit({
    occurrenceId,
    answers: COMPLETE,
    idempotencyKey: randomUUID(),
  }));
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)),
  );

test("feedback shows on the submission; the client replies once", async () => {
  const { id } = await callerFor(therapist).feedback.create({
    target: { submissionId },
    body: "That took courage.",
  });
  const task = await callerFor(client).worksheets.task({ occurrenceId });
  expect(task.feedback).toMatchObject([{ id, body: "That took courage.", reply: null }]);

  await callerFor(client).feedback.reply({ feedbackId: id, body: "Thank you" });
  expect(await codeOf(callerFor(client).feedback.reply({ feedbackId: id, body: "Again" }))).toBe(
    "CONFLICT",
  );
  const view = await callerFor(therapist).worksheets.submission({ submissionId });
  expect(view.feedback[0]).toMatchObject({ reply: "Thank you" });
});

test("feedback body is validated and nothing is stored for bad input", async () => {
  const api = callerFor(therapist);
  expect(await codeOf(api.feedback.create({ target: { submissionId }, body: " " }))).toBe(
    "BAD_REQUEST",
  );
  expect(
    await codeOf(api.feedback.create({ target: { submissionId }, body: "x".repeat(2001) })),
  ).toBe("BAD_REQUEST");
  expect((await callerFor(client).worksheets.task({ occurrenceId })).feedback).toEqual([]);
});

test("listNew shows unseen feedback newest first until the client opens the task", async () => {
  const t = callerFor(therapist);
  await t.feedback.create({ target: { submissionId }, body: "First" });
  await t.feedback.create({ target: { submissionId }, body: "Second" });
  const api = callerFor(client);
  const page1 = await api.feedback.listNew({ limit: 1 });
  expect(page1.items.map((i) => i.body)).toEqual(["Second"]);
  expect(page1.items[0]?.href).toBe(`/portal/worksheets/${occurrenceId}`);
  const page2 = await api.feedback.listNew({ limit: 1, cursor: page1.nextCursor! });
  expect(page2.items.map((i) => i.body)).toEqual(["First"]);
  expect(page2.nextCursor).toBeNull();

  expect(await api.feedback.markSeen({ submissionId })).toEqual({ count: 2 });
  expect((await api.feedback.listNew()).items).toEqual([]);
});

test("portal buckets follow the client's calendar around midnight in Auckland", async () => {
  const c = await createClient({ timeZone: "Pacific/Auckland" });
  const t = await createTherapist();
  await linkClient(t.id, c.id);
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
  expect(home.overdue.map((i) => i.occurrenceId)).toEqual([ids[0]]);
  expect(home.dueToday.map((i) => i.occurrenceId)).toEqual([ids[1], ids[2]]);
  expect(home.upcoming.map((i) => i.occurrenceId)).toEqual([ids[3], ids[4]]);
  expect(home.recentlyDone).toEqual([]);
});

test("portal home lists recently done work and new feedback", async () => {
  await callerFor(therapist).feedback.create({ target: { submissionId }, body: "Good" });
  const home = await callerFor(client).portal.home();
  expect(home.recentlyDone.map((i) => i.occurrenceId)).toEqual([occurrenceId]);
  expect(home.newFeedback.map((i) => i.body)).toEqual(["Good"]);
  expect(home.dueToday).toEqual([]);
});
