import { describe, expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { syncBuiltinTemplates } from "~/features/templates/mutations";
import type { TWorksheetBody } from "~/features/templates/schema";
import { db } from "~/server/db";
import { callerFor, createLinkedPair, signedIn } from "../../../tests/integration/factories";
import { deliverQueuedMail } from "../../../tests/integration/mail";

const clockIn = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(date);

describe("name and time zone", () => {
  test("a client's new zone moves their due dates ahead to the same clock time there; past ones stay", async () => {
    const pair = await createLinkedPair({ timeZone: "Europe/Berlin" });
    const [therapist, client] = await Promise.all([
      signedIn(pair.therapist),
      signedIn(pair.client),
    ]);
    await syncBuiltinTemplates();
    const template = await db.template.findUniqueOrThrow({
      where: { builtinKey: "trust-trigger-journal" },
    });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(
      new Date(),
    );
    const { assignmentId } = await callerFor(therapist).assignments.create({
      clientId: client.userId,
      templateId: template.id,
      content: {
        kind: "WORKSHEET",
        body: getBuiltinTemplate("trust-trigger-journal")!.body as TWorksheetBody,
      },
      instructions: "",
      reminders: { morningOf: false, hoursBefore: 2, overdue: false },
      schedule: {
        kind: "daily",
        startDate: today,
        dueTime: "18:00",
        end: { type: "weeks", weeks: 1 },
      },
    });
    // One due date already past, as a week in would have.
    const past = await db.occurrence.create({
      data: { assignmentId, dueAt: new Date(Date.now() - 86_400_000) },
    });

    await callerFor(client).account.updateProfile({
      name: "Sam Moved",
      timeZone: "America/New_York",
    });
    await deliverQueuedMail(); // runs the queued jobs

    expect(await db.user.findUniqueOrThrow({ where: { id: client.userId } })).toMatchObject({
      name: "Sam Moved",
      timeZone: "America/New_York",
    });
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(assignment.timeZone).toBe("America/New_York");
    const open = await db.occurrence.findMany({
      where: { assignmentId, status: "OPEN", dueAt: { gt: new Date() } },
    });
    expect(open.length).toBeGreaterThan(3);
    expect(new Set(open.map((o) => clockIn(o.dueAt, "America/New_York")))).toEqual(
      new Set(["18:00"]),
    );
    expect((await db.occurrence.findUniqueOrThrow({ where: { id: past.id } })).dueAt).toEqual(
      past.dueAt,
    );
    // Their reminders follow: every open due date whose reminder time is still ahead has one, two
    // hours before it (one due within two hours gets none: a reminder is planned only for later).
    // Those of due dates moved away are skipped when their time comes, as after any schedule edit.
    const planned = await db.reminder.findMany({
      where: { status: "PLANNED", occurrence: { assignmentId, status: "OPEN" } },
      select: { sendAt: true, occurrenceId: true },
    });
    const sendAtOf = new Map(planned.map((r) => [r.occurrenceId, r.sendAt.getTime()]));
    const remindable = open.filter((o) => o.dueAt.getTime() - 2 * 3_600_000 > Date.now());
    expect(remindable.length).toBeGreaterThan(3);
    for (const o of remindable) {
      expect(o.dueAt.getTime() - sendAtOf.get(o.id)!).toBe(2 * 3_600_000);
    }
  });
});
