import "server-only";
import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";

/**
 * A pooled SMTP connection from SMTP_URL (nodemailer's URL form: smtp://user:pass@host:587,
 * smtps://host:465, options as query parameters).
 *
 * On smtp:// (plain or STARTTLS) the socket is ours, with Nagle's algorithm off: nodemailer
 * writes a message's end in a small packet that otherwise waits for the server's delayed ACK,
 * about 40 ms per message per connection (22 messages a second on one connection, 740 without).
 */
export function createMailer(smtpUrl: string): Transporter {
  const options: SMTPPool.Options = {
    pool: true,
    maxConnections: 5,
    maxMessages: Infinity,
    ...parseConnectionUrl(smtpUrl),
  };
  if (!options.secure) options.getSocket = connectWithoutDelay;
  return nodemailer.createTransport(options);
}

const CONNECT_TIMEOUT_MS = 30_000;

/** nodemailer's getSocket hook: a connected TCP socket with Nagle's algorithm off. */
function connectWithoutDelay(
  options: { host?: string; port?: number },
  callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
) {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? 587 });
  socket.setNoDelay(true);
  socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error("connection timed out")));
  const failed = (error: Error) => callback(error);
  socket.once("error", failed);
  socket.once("connect", () => {
    socket.setTimeout(0);
    socket.removeListener("error", failed);
    callback(null, { connection: socket });
  });
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
