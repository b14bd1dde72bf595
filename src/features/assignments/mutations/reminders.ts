import "server-only";
import { readNotificationPrefs } from "~/features/account/schema";
import { db, type Prisma } from "~/server/db";
import { planReminders, reminderRulesOf } from "../reminders";

type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;

/**
 * Plans the reminders of the open due dates of these assignments (or of all of one client's active
 * homework): one row per due date and rule, whose send time follows the rules, the client's
 * settings and time zone as they are now. Re-planning moves a planned row's time and removes
 * rows of rules no longer chosen; a reminder already queued or skipped is never touched. Runs
 * in the caller's transaction, beside the change that makes it necessary.
 */
export async function planRemindersFor(
  tx: Tx,
  scope: { assignmentIds: string[] } | { clientId: string },
  now: Date,
): Promise<{ planned: number }> {
  if ("assignmentIds" in scope && scope.assignmentIds.length === 0) return { planned: 0 };
  const occurrences = await tx.occurrence.findMany({
    where: {
      status: "OPEN",
      // an overdue reminder comes a day after the due time, so yesterday's may still need one
      dueAt: { gt: new Date(now.getTime() - DAY_MS) },
      assignment: {
        status: "ACTIVE",
        ...("clientId" in scope
          ? { clientId: scope.clientId }
          : { id: { in: scope.assignmentIds } }),
      },
    },
    select: {
      id: true,
      dueAt: true,
      assignment: {
        select: {
          remindMorningOf: true,
          remindHoursBefore: true,
          remindOverdue: true,
          client: { select: { timeZone: true, notificationPrefs: true } },
        },
      },
    },
  });
  if (occurrences.length === 0) return { planned: 0 };
  const ids: string[] = [];
  const kinds: string[] = [];
  const sendAts: Date[] = [];
  for (const o of occurrences) {
    const { client } = o.assignment;
    const planned = planReminders({
      dueAt: o.dueAt,
      rules: reminderRulesOf(o.assignment),
      prefs: readNotificationPrefs(client.notificationPrefs),
      timeZone: client.timeZone,
      now,
    });
    for (const r of planned) {
      ids.push(o.id);
      kinds.push(r.kind);
      sendAts.push(r.sendAt);
    }
  }
  const occurrenceIds = occurrences.map((o) => o.id);
  // Planned rows this plan no longer has: a rule turned off, reminders off, or now too late.
  await tx.$executeRaw`
    DELETE FROM "Reminder" r
    WHERE r.status = 'PLANNED' AND r."occurrenceId" = ANY(${occurrenceIds}::text[])
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${ids}::text[], ${kinds}::text[]) AS d(occurrence_id, kind)
        WHERE d.occurrence_id = r."occurrenceId" AND d.kind = r.kind::text
      )`;
  if (ids.length === 0) return { planned: 0 };
  // The natural key (occurrence, kind): a new time updates the row, never adds a second one.
  const planned = await tx.$executeRaw`
    INSERT INTO "Reminder" (id, "occurrenceId", kind, "sendAt")
    SELECT gen_random_uuid()::text, d.occurrence_id, d.kind::"ReminderKind", d.send_at
    FROM unnest(${ids}::text[], ${kinds}::text[], ${sendAts}::timestamptz[])
      AS d(occurrence_id, kind, send_at)
    ON CONFLICT ("occurrenceId", kind) DO UPDATE SET "sendAt" = EXCLUDED."sendAt"
    WHERE "Reminder".status = 'PLANNED'`;
  return { planned };
}

/** A client's email settings or time zone changed: their planned reminders follow. */
export async function replanClientReminders(clientId: string, now: Date) {
  return db.$transaction((tx) => planRemindersFor(tx, { clientId }, now));
}
