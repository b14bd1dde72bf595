import "server-only";
import { readNotificationPrefs, settingsPathFor } from "~/features/account/schema";
import { reasonToSkip, type TReminderKind } from "~/features/assignments/reminders";
import { mintLinkToken, mintLinkTokens } from "~/server/auth/link-tokens";
import { appUrl } from "~/server/app-url";
import { db } from "~/server/db";
import { queueEmails } from "~/server/email/outbox";

const BATCH = 500;

/** The reminder's due date as read for it, with what decides whether it is still useful. */
type TDueDate = {
  dueAt: Date;
  status: string;
  assignment: { status: string; client: { notificationPrefs: unknown } };
};

const skipReasonOf = (kind: TReminderKind, occurrence: TDueDate, now: Date) =>
  reasonToSkip({
    kind,
    dueAt: occurrence.dueAt,
    now,
    occurrenceOpen: occurrence.status === "OPEN",
    assignmentActive: occurrence.assignment.status === "ACTIVE",
    remindersOn: readNotificationPrefs(occurrence.assignment.client.notificationPrefs).remindersOn,
  });

/**
 * Queues the emails of planned reminders whose time has come, oldest first, a batch per
 * transaction; one no longer useful (done, ended, turned off, a before-due one now past due) is
 * recorded as skipped instead. Rows are claimed with SKIP LOCKED and leave PLANNED in the same
 * transaction that queues their email, so with any number of workers each is queued once.
 * Reminders that fell due while nothing ran are caught up here. (`scope` keeps a test to its own
 * client, as in topUpOccurrences.)
 */
export async function queueDueReminders(now = new Date(), scope: { clientId?: string } = {}) {
  const clientId = scope.clientId ?? null;
  const total = { queued: 0, skipped: 0 };
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; kind: TReminderKind; occurrenceId: string }[]>`
        SELECT id, kind::text AS kind, "occurrenceId" FROM "Reminder"
        WHERE status = 'PLANNED' AND "sendAt" <= ${now}
          AND (${clientId}::text IS NULL OR "occurrenceId" IN (
            SELECT o.id FROM "Occurrence" o JOIN "Assignment" a ON a.id = o."assignmentId"
            WHERE a."clientId" = ${clientId}::text))
        ORDER BY "sendAt", id
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`;
      if (due.length === 0) return { queued: 0, skipped: 0, more: false };
      const occurrences = await tx.occurrence.findMany({
        where: { id: { in: [...new Set(due.map((d) => d.occurrenceId))] } },
        select: {
          id: true,
          dueAt: true,
          status: true,
          assignment: {
            select: {
              status: true,
              client: { select: { id: true, email: true, notificationPrefs: true } },
            },
          },
        },
      });
      const byId = new Map(occurrences.map((o) => [o.id, o]));
      const toSend: { reminderId: string; to: string; recipientId: string }[] = [];
      const skipped = new Map<string, string[]>();
      for (const reminder of due) {
        const occurrence = byId.get(reminder.occurrenceId)!;
        const { client } = occurrence.assignment;
        const reason = skipReasonOf(reminder.kind, occurrence, now);
        if (reason) skipped.set(reason, [...(skipped.get(reason) ?? []), reminder.id]);
        else toSend.push({ reminderId: reminder.id, to: client.email, recipientId: client.id });
      }
      const emailIds = await queueEmails(
        tx,
        toSend.map((s) => ({
          to: s.to,
          recipientId: s.recipientId,
          message: { kind: "reminder", reminderId: s.reminderId },
        })),
      );
      if (toSend.length > 0) {
        await tx.$executeRaw`
          UPDATE "Reminder" AS r SET status = 'QUEUED', "emailId" = d.email_id
          FROM unnest(${toSend.map((s) => s.reminderId)}::text[], ${emailIds}::text[])
            AS d(id, email_id)
          WHERE r.id = d.id`;
      }
      for (const [reason, ids] of skipped) {
        await tx.reminder.updateMany({
          where: { id: { in: ids } },
          data: { status: "SKIPPED", skipReason: reason },
        });
      }
      const skippedCount = due.length - toSend.length;
      return { queued: toSend.length, skipped: skippedCount, more: due.length === BATCH };
    });
    total.queued += batch.queued;
    total.skipped += batch.skipped;
    if (!batch.more) return total;
  }
}

/**
 * What a reminder email needs at the moment it is sent, with its two links minted now: one that
 * opens the task (signing in once, 72 hours) and one to the email settings that works without
 * signing in. Null, and the reminder marked skipped, when it stopped being useful since it was
 * queued.
 */
export async function prepareReminderEmail(reminderId: string, now: Date) {
  const reminder = await db.reminder.findUnique({
    where: { id: reminderId },
    select: {
      kind: true,
      occurrence: {
        select: {
          id: true,
          dueAt: true,
          status: true,
          assignment: {
            select: {
              id: true,
              kind: true,
              title: true,
              status: true,
              client: { select: { id: true, timeZone: true, notificationPrefs: true } },
            },
          },
        },
      },
    },
  });
  if (!reminder) return null;
  const { occurrence } = reminder;
  const { assignment } = occurrence;
  const { client } = assignment;
  const reason = skipReasonOf(reminder.kind, occurrence, now);
  if (reason) {
    await db.reminder.update({
      where: { id: reminderId },
      data: { status: "SKIPPED", skipReason: reason },
    });
    return null;
  }
  const targetPath =
    assignment.kind === "WORKSHEET"
      ? `/portal/worksheets/${occurrence.id}`
      : `/portal/ladders/${assignment.id}`;
  const [openToken, settingsToken] = await mintLinkTokens(
    db,
    [
      { purpose: "REMINDER", userId: client.id, targetPath },
      { purpose: "UNSUBSCRIBE", userId: client.id, targetPath: settingsPathFor("reminders") },
    ],
    now,
  );
  return {
    kind: reminder.kind,
    dueAt: occurrence.dueAt,
    timeZone: client.timeZone,
    taskName: readNotificationPrefs(client.notificationPrefs).showTaskNames
      ? assignment.title
      : null,
    openUrl: appUrl(`/l/${openToken}`),
    settingsUrl: appUrl(`/email-settings/${settingsToken}`),
    unsubscribeUrl: appUrl(`/api/unsubscribe/${settingsToken}`),
  };
}

/**
 * The new-feedback note, if the client still wants it: a link to the portal (a normal sign-in,
 * no token: nothing to open but the app) and a settings link.
 */
export async function prepareNewFeedbackEmail(feedbackId: string, now: Date) {
  const feedback = await db.feedback.findUnique({
    where: { id: feedbackId },
    select: { client: { select: { id: true, notificationPrefs: true } } },
  });
  if (!feedback) return null;
  if (!readNotificationPrefs(feedback.client.notificationPrefs).feedbackEmailsOn) return null;
  const settingsToken = await mintLinkToken(
    db,
    {
      purpose: "UNSUBSCRIBE",
      userId: feedback.client.id,
      targetPath: settingsPathFor("feedback"),
    },
    now,
  );
  return {
    openUrl: appUrl("/portal"),
    settingsUrl: appUrl(`/email-settings/${settingsToken}`),
    unsubscribeUrl: appUrl(`/api/unsubscribe/${settingsToken}`),
  };
}
