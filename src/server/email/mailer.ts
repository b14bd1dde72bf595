import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * A pooled SMTP connection from SMTP_URL (nodemailer's URL form: smtp://user:pass@host:587,
 * smtps://host:465, options as query parameters).
 */
export function createMailer(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  if (!url.searchParams.has("maxConnections")) url.searchParams.set("maxConnections", "5");
  return nodemailer.createTransport(url.toString());
}

/**
 * An SMTP answer that will not change on a retry (5xx: no such mailbox, address refused) as
 * opposed to one worth retrying (4xx, connection refused or dropped).
 */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** One line a therapist can read: the server's answer, or what went wrong on the way. */
export function describeSendError(error: unknown): string {
  const e = error as { response?: unknown; code?: unknown; message?: unknown } | null;
  const text =
    typeof e?.response === "string"
      ? e.response
      : typeof e?.message === "string"
        ? e.message
        : "unknown error";
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}
