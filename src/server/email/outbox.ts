import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/server/db";
import { addJobs } from "~/server/jobs";
import type { TEmailMessage } from "./message";

/** Tries before an email is given up as failed: with the queue's backoff, about four hours. */
export const SEND_ATTEMPTS = 10;

/**
 * Writes an email to the outbox and queues its sending, inside the caller's transaction: the
 * email exists exactly when the change that causes it commits, and survives SMTP being down or
 * a restart until it is sent.
 */
export async function queueEmail(
  tx: Prisma.TransactionClient,
  email: TQueuedEmail,
): Promise<string> {
  const [id] = await queueEmails(tx, [email]);
  return id!;
}

type TQueuedEmail = { to: string; recipientId?: string; message: TEmailMessage };

/** Many emails in three statements (the reminder sender queues hundreds at a time). */
export async function queueEmails(
  tx: Prisma.TransactionClient,
  emails: TQueuedEmail[],
): Promise<string[]> {
  const rows = emails.map(({ to, recipientId, message }) => ({
    id: randomUUID(),
    kind: message.kind,
    toAddress: to,
    recipientId: recipientId ?? null,
    invitationId: message.kind === "invitation" ? message.invitationId : null,
    payload: message,
  }));
  await tx.outboxEmail.createMany({ data: rows });
  await addJobs(
    tx,
    "send-email",
    rows.map((r) => ({ emailId: r.id })),
    { maxAttempts: SEND_ATTEMPTS },
  );
  return rows.map((r) => r.id);
}
