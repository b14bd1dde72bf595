import { describe, expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import type { TWorksheetBody } from "~/features/templates/schema";
import { addDays, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import { consumeLinkToken } from "~/server/auth/link-tokens";
import { db } from "~/server/db";
import {
  callerFor,
  createLinkedPair,
  signedIn,
  syncBuiltinTemplateIds,
} from "../../../tests/integration/factories";
import { createMailer } from "~/server/email/mailer";
import { startWorkers } from "~/server/worker";
import { deliverQueuedMail, startMailServer } from "../../../tests/integration/mail";
import { DEFAULT_NOTIFICATION_PREFS } from "~/features/account/schema";
import type { TReminderRules } from "~/features/assignments/reminders";
import { queueDueReminders } from "./mutations/reminders";

const ZONE = "Europe/Berlin";
const HOUR = 3_600_000;
const rules = { morningOf: true, hoursBefore: 2, overdue: true };

/** A once worksheet due the day after tomorrow at 18:00 in the client's zone, with reminders. */
async function assignedWorksheet(reminders: TReminderRules = rules) {
  const { therapist, client } = await createLinkedPair({ timeZone: ZONE });
  const ids = await syncBuiltinTemplateIds();
  const api = callerFor(await signedIn(therapist));
  const dueDate = addDays(localDateOf(new Date(), ZONE), 2);
  const { assignmentId } = await api.assignments.create({
    clientId: client.id,
    templateId: ids["trust-trigger-journal"]!,
    content: {
      kind: "WORKSHEET",
      body: getBuiltinTemplate("trust-trigger-journal")!.body as TWorksheetBody,
    },
    instructions: "",
    schedule: { kind: "once", dueDate, dueTime: "18:00" },
    reminders,
  });
  const occurrence = await db.occurrence.findFirstOrThrow({ where: { assignmentId } });
  return { api, client, assignmentId, occurrence, dueDate };
}

const remindersOf = (occurrenceId: string) =>
  db.reminder.findMany({ where: { occurrenceId }, orderBy: { sendAt: "asc" } });

describe("reminders", () => {
  test("assigning plans one row per rule at its time in the client's zone", async () => {
    const { occurrence, dueDate } = await assignedWorksheet();
    const rows = await remindersOf(occurrence.id);
    expect(rows.map((r) => [r.kind, r.sendAt, r.status])).toEqual([
      ["MORNING_OF", zonedWallTimeToUtc(dueDate, "08:00", ZONE), "PLANNED"],
      ["BEFORE_DUE", zonedWallTimeToUtc(dueDate, "16:00", ZONE), "PLANNED"],
      ["OVERDUE", zonedWallTimeToUtc(addDays(dueDate, 1), "18:00", ZONE), "PLANNED"],
    ]);
  });

  test("re-planning moves a row instead of adding one; dropping a rule removes its row", async () => {
    const { api, assignmentId, occurrence, dueDate } = await assignedWorksheet();
    const detail = await api.assignments.get({ assignmentId });
    const edit = {
      assignmentId,
      content: detail.content,
      instructions: detail.instructions,
      schedule: detail.schedule,
    };
    await api.assignments.update({
      ...edit,
      reminders: { ...rules, hoursBefore: 5, overdue: false },
    });
    const rows = await remindersOf(occurrence.id);
    expect(rows.map((r) => [r.kind, r.sendAt])).toEqual([
      ["MORNING_OF", zonedWallTimeToUtc(dueDate, "08:00", ZONE)],
      ["BEFORE_DUE", zonedWallTimeToUtc(dueDate, "13:00", ZONE)],
    ]);

    // The client's morning hour and quiet hours are theirs: a change moves the planned time.
    const client = await db.occurrence.findUniqueOrThrow({
      where: { id: occurrence.id },
      select: { assignment: { select: { clientId: true } } },
    });
    await db.user.update({
      where: { id: client.assignment.clientId },
      data: { notificationPrefs: { morningHour: 10 } },
    });
    const { replanClientReminders } = await import("~/features/assignments/mutations/reminders");
    await replanClientReminders(client.assignment.clientId, new Date());
    const moved = await remindersOf(occurrence.id);
    expect(moved).toHaveLength(2);
    expect(moved[0]?.sendAt).toEqual(zonedWallTimeToUtc(dueDate, "10:00", ZONE));
    expect(moved.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  test("a reminder whose time has come is emailed once, with a link to the task and nothing private", async () => {
    const { client, occurrence, dueDate } = await assignedWorksheet();
    const beforeDue = zonedWallTimeToUtc(dueDate, "16:30", ZONE);
    // The morning and 2-hours-before reminders are due; the overdue one is not yet.
    const own = { clientId: client.id };
    expect(await queueDueReminders(beforeDue, own)).toEqual({ queued: 2, skipped: 0 });
    expect(await queueDueReminders(beforeDue, own)).toEqual({ queued: 0, skipped: 0 });

    const mail = (await deliverQueuedMail()).to(client.email);
    expect(mail).toHaveLength(2);
    const [first] = mail;
    expect(first?.subject).toBe("A reminder from Trust Steps");
    for (const part of [first?.subject, first?.text, first?.html]) {
      expect(part).not.toContain("Trust trigger");
      expect(part).not.toContain("journal");
    }
    expect(first?.text).toContain("is due");
    const header = (name: string) =>
      first?.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "");
    expect(header("list-unsubscribe")).toMatch(
      /^<http:\/\/localhost:3000\/api\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
    );
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    // The link opens this worksheet, once.
    const token = first?.text?.match(/\/l\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    expect(await consumeLinkToken(token!, ["REMINDER"])).toEqual({
      userId: client.id,
      targetPath: `/portal/worksheets/${occurrence.id}`,
      purpose: "REMINDER",
    });
    expect(await consumeLinkToken(token!, ["REMINDER"])).toBeNull();
    const rows = await remindersOf(occurrence.id);
    expect(rows.map((r) => r.status)).toEqual(["QUEUED", "QUEUED", "PLANNED"]);
  });

  test("with task names switched on, the title is in the subject", async () => {
    const { client, dueDate } = await assignedWorksheet();
    await db.user.update({
      where: { id: client.id },
      data: { notificationPrefs: { showTaskNames: true } },
    });
    await queueDueReminders(zonedWallTimeToUtc(dueDate, "09:00", ZONE));
    const [mail] = (await deliverQueuedMail()).to(client.email);
    const { title } = await db.assignment.findFirstOrThrow({ where: { clientId: client.id } });
    expect(mail?.subject).toBe(`Reminder: ${title}`);
  });

  test("catching up after downtime: a before-due reminder past due is skipped, the overdue one sent", async () => {
    const { client, occurrence, dueDate } = await assignedWorksheet();
    // Everything was down until a day and an hour after the due time.
    const back = new Date(zonedWallTimeToUtc(dueDate, "18:00", ZONE).getTime() + 25 * HOUR);
    expect(await queueDueReminders(back, { clientId: client.id })).toEqual({
      queued: 1,
      skipped: 2,
    });
    const rows = await remindersOf(occurrence.id);
    expect(rows.map((r) => [r.kind, r.status, r.skipReason])).toEqual([
      ["MORNING_OF", "SKIPPED", "already due"],
      ["BEFORE_DUE", "SKIPPED", "already due"],
      ["OVERDUE", "QUEUED", null],
    ]);
    const mail = (await deliverQueuedMail()).to(client.email);
    expect(mail.map((m) => m.subject)).toEqual(["A task in Trust Steps is still open"]);
  });

  test("homework done after the reminder was queued is not reminded of", async () => {
    const { client, occurrence, dueDate } = await assignedWorksheet();
    await queueDueReminders(zonedWallTimeToUtc(dueDate, "09:00", ZONE));
    await db.occurrence.update({ where: { id: occurrence.id }, data: { status: "DONE" } });
    expect((await deliverQueuedMail()).to(client.email)).toEqual([]);
    const [morning] = await remindersOf(occurrence.id);
    expect(morning).toMatchObject({ status: "SKIPPED", skipReason: "done or cancelled" });
    expect(
      await db.outboxEmail.findUniqueOrThrow({ where: { id: morning!.emailId! } }),
    ).toMatchObject({
      status: "SKIPPED",
    });
  });

  test("two workers on one database send each due reminder exactly once", async () => {
    const pairs = await Promise.all([1, 2, 3].map(() => assignedWorksheet()));
    // Due now: what the every-minute job finds when its time has come.
    const occurrenceIds = pairs.map((p) => p.occurrence.id);
    await db.reminder.updateMany({
      where: { occurrenceId: { in: occurrenceIds }, kind: { in: ["MORNING_OF", "BEFORE_DUE"] } },
      data: { sendAt: new Date(Date.now() - 60_000) },
    });
    const server = await startMailServer();
    const mailer = createMailer(server.url);
    const workers = await Promise.all([
      startWorkers({ planAheadMinutes: 60, mailer, concurrency: 3 }),
      startWorkers({ planAheadMinutes: 60, mailer, concurrency: 3 }),
    ]);
    try {
      // Each worker's minute comes round at once.
      await db.$executeRaw`SELECT graphile_worker.add_job('send-reminders', '{}'::json)`;
      await db.$executeRaw`SELECT graphile_worker.add_job('send-reminders', '{}'::json)`;
      for (let i = 0; i < 100; i++) {
        const queued = await db.reminder.findMany({
          where: { occurrenceId: { in: occurrenceIds }, status: "QUEUED" },
          select: { email: { select: { status: true } } },
        });
        if (queued.length === 6 && queued.every((r) => r.email?.status === "SENT")) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      mailer.close();
      await server.close();
    }
    for (const p of pairs) expect(server.to(p.client.email)).toHaveLength(2);
    const ids = server.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("two senders at once queue each due reminder exactly once", async () => {
    const pairs = await Promise.all([1, 2, 3, 4, 5].map(() => assignedWorksheet()));
    const at = zonedWallTimeToUtc(pairs[0]!.dueDate, "17:00", ZONE);
    // Unscoped, like the workers: other tests' reminders due by then are queued too.
    await Promise.all([queueDueReminders(at), queueDueReminders(at)]);
    const queued = await db.reminder.count({
      where: { occurrenceId: { in: pairs.map((p) => p.occurrence.id) }, status: "QUEUED" },
    });
    expect(queued).toBe(10);
    const server = await deliverQueuedMail();
    for (const p of pairs) expect(server.to(p.client.email)).toHaveLength(2);
  });
});

describe("email settings and reminders", () => {
  test("saving settings re-plans the client's reminders through the job queue", async () => {
    const { client, assignmentId, dueDate } = await assignedWorksheet({
      morningOf: true,
      hoursBefore: null,
      overdue: false,
    });
    const reminder = () =>
      db.reminder.findMany({ where: { occurrence: { assignmentId } }, select: { sendAt: true } });
    expect(await reminder()).toEqual([{ sendAt: zonedWallTimeToUtc(dueDate, "08:00", ZONE) }]);

    const api = callerFor(await signedIn(client));
    await api.account.updateNotificationPrefs({ ...DEFAULT_NOTIFICATION_PREFS, morningHour: 11 });
    await deliverQueuedMail(); // runs the queued jobs, the re-planning among them
    expect(await reminder()).toEqual([{ sendAt: zonedWallTimeToUtc(dueDate, "11:00", ZONE) }]);

    await api.account.updateNotificationPrefs({
      ...DEFAULT_NOTIFICATION_PREFS,
      remindersOn: false,
    });
    await deliverQueuedMail();
    expect(await reminder()).toEqual([]);
  });
});
