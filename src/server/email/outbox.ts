import "server-only";
import type { Prisma } from "~/server/db";
import { addJob } from "~/server/jobs";
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
  email: { to: string; recipientId?: string; message: TEmailMessage },
): Promise<string> {
  const { message } = email;
  const row = await tx.outboxEmail.create({
    data: {
      kind: message.kind,
      toAddress: email.to,
      recipientId: email.recipientId ?? null,
      invitationId: message.kind === "invitation" ? message.invitationId : null,
      payload: message,
    },
    select: { id: true },
  });
  await addJob(tx, "send-email", { emailId: row.id }, { maxAttempts: SEND_ATTEMPTS });
  return row.id;
}
