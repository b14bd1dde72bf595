import { beforeAll, describe, expect, test } from "vitest";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import { syncBuiltinTemplates } from "~/features/templates/mutations";
import type { TWorksheetBody } from "~/features/templates/schema";
import { localDateOf } from "~/lib/dates";
import { db } from "~/server/db";
import {
  callerFor,
  createLinkedPair,
  createTherapist,
  signedIn,
  syncBuiltinTemplateIds,
} from "../../../tests/integration/factories";
import { topUpOccurrences } from "./mutations/planning";
import { codeOf } from "../../../tests/integration/trpc-outcome";

let journalId: string;
let ladderId: string;

beforeAll(async () => {
  const ids = await syncBuiltinTemplateIds();
  journalId = ids["trust-trigger-journal"]!;
  ladderId = ids["trust-ladder"]!;
});

async function setup(timeZone = "Europe/Berlin") {
  const [{ therapist, client }, other] = await Promise.all([
    createLinkedPair({ timeZone }),
    createTherapist(),
  ]);
  return {
    client,
    api: callerFor(await signedIn(therapist)),
    otherApi: callerFor(await signedIn(other)),
  };
}

const journalBody = () => getBuiltinTemplate("trust-trigger-journal")!.body as TWorksheetBody;
const today = (tz: string) => localDateOf(new Date(), tz);

function dailyInput(clientId: string, tz: string, weeks = 2) {
  const body = journalBody();
  const edited = {
    ...body,
    fields: body.fields.map((f, i) => (i === 0 ? { ...f, label: "What happened today?" } : f)),
  };
  return {
    clientId,
    templateId: journalId,
    content: { kind: "WORKSHEET" as const, body: edited },
    instructions: "Fill it in after work.",
    schedule: {
      kind: "daily" as const,
      startDate: today(tz),
      dueTime: "20:00",
      end: { type: "weeks" as const, weeks },
    },
    reminders: { morningOf: false, hoursBefore: 1, overdue: true },
  };
}

describe("assignments", () => {
  test("assigning freezes the customised copy and plans 14 days in the client's zone", async () => {
    const tz = "America/New_York";
    const { client, api } = await setup(tz);
    const { assignmentId } = await api.assignments.create(dailyInput(client.id, tz, 4));
    // Later template edits never reach the frozen copy.
    await db.template.update({ where: { id: journalId }, data: { body: { fields: [] } } });
    await syncBuiltinTemplates();

    const detail = await api.assignments.get({ assignmentId });
    expect(detail.content.kind).toBe("WORKSHEET");
    expect(detail.content.kind === "WORKSHEET" && detail.content.body.fields[0]!.label).toBe(
      "What happened today?",
    );
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(row).toMatchObject({
      timeZone: tz,
      templateVersion: 1,
      remindMorningOf: false,
      remindHoursBefore: 1,
      remindOverdue: true,
    });

    const occurrences = await db.occurrence.findMany({
      where: { assignmentId },
      orderBy: { dueAt: "asc" },
    });
    // 14 days ahead: today's 20:00 may already have passed, so 14 or 15 due times.
    expect(occurrences.length).toBeGreaterThanOrEqual(13);
    expect(occurrences.length).toBeLessThanOrEqual(15);
    for (const o of occurrences) {
      const wall = new Intl.DateTimeFormat("en-GB", {
        timeZone: tz,
        hour: "2-digit",
        minute: "2-digit",
      });
      expect(wall.format(o.dueAt)).toBe("20:00");
      expect(o.dueAt.getTime()).toBeGreaterThan(Date.now());
    }
    expect(row.plannedUntil!.getTime()).toBeGreaterThan(Date.now() + 13.9 * 86_400_000);

    // A top-up a week later plans the next days, once.
    const weekLater = new Date(Date.now() + 7 * 86_400_000);
    const first = await topUpOccurrences(weekLater, { clientId: client.id });
    expect(first.occurrences).toBeGreaterThanOrEqual(6);
    expect((await topUpOccurrences(weekLater, { clientId: client.id })).assignments).toBe(0);
  });

  test("reminders default to none, and an edit that leaves them out keeps them", async () => {
    const { client, api } = await setup();
    const { reminders: _none, ...withoutReminders } = dailyInput(client.id, "Europe/Berlin");
    const plain = await api.assignments.create(withoutReminders);
    expect((await api.assignments.get(plain)).reminders).toEqual({
      morningOf: false,
      hoursBefore: null,
      overdue: false,
    });

    const input = dailyInput(client.id, "Europe/Berlin");
    const { assignmentId } = await api.assignments.create(input);
    const { clientId: _c, templateId: _t, reminders: _r, ...editable } = input;
    await api.assignments.update({ ...editable, assignmentId, instructions: "Edited" });
    expect((await api.assignments.get({ assignmentId })).reminders).toEqual(input.reminders);
  });

  test("the client page lists occurrences with statuses", async () => {
    const { client, api } = await setup();
    const { assignmentId } = await api.assignments.create(dailyInput(client.id, "Europe/Berlin"));
    const [first, second] = await db.occurrence.findMany({
      where: { assignmentId },
      orderBy: { dueAt: "asc" },
    });
    await db.occurrence.update({
      where: { id: first!.id },
      data: { dueAt: new Date(Date.now() - 3_600_000) },
    });
    await db.occurrence.update({ where: { id: second!.id }, data: { status: "DONE" } });
    const page = await api.assignments.listForClient({ clientId: client.id, status: "ACTIVE" });
    expect(page.client.email).toBe(client.email);
    const chips = page.items[0]!.occurrences;
    expect(chips[0]!.status).toBe("overdue");
    expect(chips[1]!.status).toBe("done");
    expect(chips[2]!.status).toBe("open");
    expect(
      await api.assignments.listForClient({ clientId: client.id, status: "ENDED" }),
    ).toMatchObject({ items: [] });
  });

  test("ending cancels the future; what is past stays, missed; a second end says it already ended", async () => {
    const { client, api } = await setup();
    const { assignmentId } = await api.assignments.create(dailyInput(client.id, "Europe/Berlin"));
    const past = await db.occurrence.create({
      data: { assignmentId, dueAt: new Date(Date.now() - 86_400_000) },
    });

    await api.assignments.end({ assignmentId });
    const ended = await db.occurrence.findMany({ where: { assignmentId } });
    expect(ended.find((o) => o.id === past.id)!.status).toBe("OPEN");
    expect(ended.filter((o) => o.dueAt > new Date()).every((o) => o.status === "CANCELLED")).toBe(
      true,
    );
    expect((await api.assignments.get({ assignmentId })).status).toBe("ENDED");
    expect(await codeOf(api.assignments.end({ assignmentId }))).toBe("CONFLICT");
    // On the Ended tab the open past one was missed: nobody asks for it any more.
    const tab = await api.assignments.listForClient({ clientId: client.id, status: "ENDED" });
    const chip = tab.items[0]!.occurrences.find((o) => o.id === past.id);
    expect(chip?.status).toBe("missed");
    const dueDates = await api.assignments.dueDates({ assignmentId });
    expect(dueDates.items.find((o) => o.id === past.id)?.status).toBe("missed");
  });

  test("another therapist can neither assign to my client nor read or change my homework", async () => {
    const { client, api, otherApi } = await setup();
    expect(await codeOf(otherApi.assignments.create(dailyInput(client.id, "Europe/Berlin")))).toBe(
      "NOT_FOUND",
    );
    const { assignmentId } = await api.assignments.create(dailyInput(client.id, "Europe/Berlin"));
    expect(await codeOf(otherApi.assignments.get({ assignmentId }))).toBe("NOT_FOUND");
    expect(await codeOf(otherApi.assignments.end({ assignmentId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(otherApi.assignments.listForClient({ clientId: client.id, status: "ACTIVE" })),
    ).toBe("NOT_FOUND");
    expect(await db.assignment.count({ where: { clientId: client.id } })).toBe(1);
  });

  test("a self-paced ladder needs no schedule; a worksheet does; a past due date is refused", async () => {
    const { client, api } = await setup();
    const ladder = getBuiltinTemplate("trust-ladder")!;
    const created = await api.assignments.create({
      clientId: client.id,
      templateId: ladderId,
      content: { kind: "LADDER", body: ladder.body as never },
      instructions: "",
      schedule: null,
    });
    expect(await db.occurrence.count({ where: { assignmentId: created.assignmentId } })).toBe(0);

    const input = dailyInput(client.id, "Europe/Berlin");
    await expect(api.assignments.create({ ...input, schedule: null })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const past = { kind: "once" as const, dueDate: "2020-01-01", dueTime: "08:00" };
    await expect(api.assignments.create({ ...input, schedule: past })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { schedule: [expect.stringContaining("passed")] } },
    });
    // Worksheet content on a ladder template is refused too.
    await expect(api.assignments.create({ ...input, templateId: ladderId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.assignment.count({ where: { clientId: client.id } })).toBe(1);
  });
});
