import "server-only";
import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import type { Transporter } from "nodemailer";
import { env } from "~/env";
import { db } from "~/server/db";
import { describeSendError, isPermanentRefusal } from "~/server/email/mailer";
import { ZEmailMessageSchema } from "~/server/email/message";
import { composeEmail } from "../compose";

// react-email's toPlainText, compiled once: building the converter costs more than running it.
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

export type TSendOutcome = "sent" | "skipped" | "failed" | "not-pending";

/** Thrown for a failure worth another try; the job queue retries with backoff. */
export class RetryLater extends Error {
  override name = "RetryLater";
}

/**
 * Sends one outbox email (the send-email job). Its Message-ID is derived from the outbox row, so
 * if the process dies after the mail server accepted it but before the row was marked, the
 * retry is the same message, which mail systems can recognise as a duplicate.
 * A refusal that will not change (5xx) or the last try marks the email failed with the reason;
 * any other failure is recorded and thrown as RetryLater.
 */
export async function sendOutboxEmail(
  emailId: string,
  { mailer, lastTry, now = new Date() }: { mailer: Transporter; lastTry: boolean; now?: Date },
): Promise<TSendOutcome> {
  const email = await db.outboxEmail.findUnique({
    where: { id: emailId },
    select: { id: true, toAddress: true, payload: true, status: true },
  });
  if (email?.status !== "PENDING") return "not-pending";
  const composed = await composeEmail(ZEmailMessageSchema.parse(email.payload), now);
  if (!composed) {
    await db.outboxEmail.update({ where: { id: email.id }, data: { status: "SKIPPED" } });
    return "skipped";
  }
  const html = await render(composed.body);
  const text = toPlainText(html);
  try {
    await mailer.sendMail({
      from: env.MAIL_FROM,
      to: email.toAddress,
      subject: composed.subject,
      html,
      text,
      messageId: `<${email.id}@${new URL(env.APP_URL).hostname}>`,
      headers: composed.headers,
    });
  } catch (error) {
    const giveUp = lastTry || isPermanentRefusal(error);
    const reason = describeSendError(error);
    await db.outboxEmail.update({
      where: { id: email.id },
      data: {
        attempts: { increment: 1 },
        lastError: reason,
        ...(giveUp ? { status: "FAILED" } : {}),
      },
    });
    if (giveUp) return "failed";
    // The reason only: an SMTP error can quote the recipient, which does not belong in logs.
    throw new RetryLater(
      `email ${email.id} not sent yet (${(error as { code?: string }).code ?? "error"})`,
    );
  }
  await db.outboxEmail.update({
    where: { id: email.id },
    data: {
      status: "SENT",
      sentAt: new Date(),
      subject: composed.subject,
      attempts: { increment: 1 },
      lastError: null,
    },
  });
  return "sent";
}
