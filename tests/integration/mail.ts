import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import type { Transporter } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll } from "vitest";
import { createMailer } from "~/server/email/mailer";
import { runDueJobs } from "~/server/worker";

export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

/**
 * A real SMTP server on 127.0.0.1 (the smtp-server package) that keeps what it receives, parsed
 * by mailparser. `refuse` makes it answer 550 for an address, as a mail server does for a
 * mailbox that does not exist.
 */
export async function startMailServer(options: { port?: number } = {}) {
  const received: ReceivedMail[] = [];
  const refused = new Map<string, string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const reason = refused.get(address.address.toLowerCase());
      if (!reason) return callback();
      const error = Object.assign(new Error(reason), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(
            Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }),
          );
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (address: string, reason: string) => refused.set(address.toLowerCase(), reason),
    to: (address: string) => received.filter((m) => m.envelopeTo.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type MailServer = Awaited<ReturnType<typeof startMailServer>>;

let shared: { server: MailServer; mailer: Transporter } | undefined;

// Registered when a test file imports this module: the file's server closes after the file.
afterAll(async () => {
  shared?.mailer.close();
  await shared?.server.close();
  shared = undefined;
});

/** This test file's mail server, started on first use and closed after the file. */
export async function mailServer(): Promise<MailServer> {
  if (!shared) {
    const server = await startMailServer();
    shared = { server, mailer: createMailer(server.url) };
  }
  return shared.server;
}

/** Runs every job due now (the workers' part), sending mail to this file's server. */
export async function deliverQueuedMail(): Promise<MailServer> {
  const server = await mailServer();
  await runDueJobs(shared!.mailer);
  return server;
}

/** The accept token in the newest invitation email to `email`, after sending what is queued. */
export async function invitationTokenSentTo(email: string): Promise<string> {
  const server = await deliverQueuedMail();
  const last = server.to(email).at(-1);
  const token = last?.text?.match(/\/invite\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no invitation email to ${email}`);
  return token;
}
