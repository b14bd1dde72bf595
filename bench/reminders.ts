/**
 * The reminder run of `npm run bench`: 10,000 reminders of 2,000 clients fall due at once; one
 * worker (this process, WORKER_CONCURRENCY jobs at a time) queues and sends them to a local SMTP
 * server (smtp-server), which counts every message by Message-ID: duplicates and losses must both
 * be 0. Beside it, the floor: the same number of messages sent straight through nodemailer's pool
 * to the same server, with no queue, database or rendering.
 */
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { SMTPServer } from "smtp-server";

export const REMINDER_CLIENTS = 2_000;
const PER_CLIENT = 5;
export const REMINDERS = REMINDER_CLIENTS * PER_CLIENT;

type TCounter = {
  server: SMTPServer;
  url: string;
  ids: Map<string, number>;
  received: () => number;
};

/** An SMTP server that only counts: Message-ID -> times received. */
async function countingSmtpServer(): Promise<TCounter> {
  const ids = new Map<string, number>();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? "(none)";
        ids.set(id, (ids.get(id) ?? 0) + 1);
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, url: `smtp://127.0.0.1:${port}`, ids, received: () => received };
}

const close = (s: SMTPServer) => new Promise<void>((resolve) => s.close(() => resolve()));

/** Five due reminders for each of the first 2,000 clients, on their next open due dates. */
async function seedDueReminders(url: string, now: Date): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const clientIds = Array.from({ length: REMINDER_CLIENTS }, (_, i) => `c${i + 1}`);
    const { rowCount } = await client.query(
      `INSERT INTO "Reminder" (id, "occurrenceId", kind, "sendAt")
       SELECT gen_random_uuid()::text, id, 'BEFORE_DUE', $3::timestamptz - interval '1 minute'
       FROM (
         SELECT o.id, row_number() OVER (PARTITION BY a."clientId" ORDER BY o."dueAt", o.id) AS n
         FROM "Occurrence" o JOIN "Assignment" a ON a.id = o."assignmentId"
         WHERE a."clientId" = ANY($1::text[]) AND a.status = 'ACTIVE'
           AND o.status = 'OPEN' AND o."dueAt" > $3::timestamptz + interval '1 hour'
       ) due
       WHERE n <= $2`,
      [clientIds, PER_CLIENT, now],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

export type TReminderRun = {
  label: string;
  messages: number;
  seconds: number;
  received: number;
  duplicates: number;
  losses: number;
};

/** The floor: nodemailer's pool straight to the server, as many at a time as the worker runs. */
async function baselineRun(concurrency: number): Promise<TReminderRun> {
  const { createMailer } = await import("../src/server/email/mailer");
  const counter = await countingSmtpServer();
  const mailer = createMailer(counter.url);
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < REMINDERS; i = next++) {
        await mailer.sendMail({
          from: "Trust Steps <bench@trust-steps.invalid>",
          to: `client${i}@bench.test`,
          subject: "A reminder from Trust Steps",
          text: "A task in Trust Steps is due soon.",
          html: "<p>A task in Trust Steps is due soon.</p>",
          messageId: `<baseline-${i}@bench>`,
        });
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  mailer.close();
  await close(counter.server);
  return summary("nodemailer pool only (floor)", REMINDERS, seconds, counter, REMINDERS);
}

function summary(
  label: string,
  messages: number,
  seconds: number,
  counter: TCounter,
  expected: number,
): TReminderRun {
  const unique = counter.ids.size;
  return {
    label,
    messages,
    seconds,
    received: counter.received(),
    duplicates: counter.received() - unique,
    losses: expected - unique,
  };
}

/** The app's path: due reminders -> outbox -> send jobs -> rendered emails over SMTP. */
async function workerRun(url: string, now: Date): Promise<TReminderRun> {
  const seeded = await seedDueReminders(url, now);
  if (seeded !== REMINDERS) throw new Error(`seeded ${seeded} due reminders, not ${REMINDERS}`);
  const counter = await countingSmtpServer();
  const { createMailer } = await import("../src/server/email/mailer");
  const { startWorkers } = await import("../src/server/worker");
  const { db } = await import("../src/server/db");
  const mailer = createMailer(counter.url);
  const workers = await startWorkers({ planAheadMinutes: 60, mailer });
  const sent = async () =>
    (await db.outboxEmail.count({
      where: { kind: "reminder", status: { in: ["SENT", "FAILED"] } },
    })) >= REMINDERS;
  const start = performance.now();
  // What the every-minute cron does, now instead of at the next full minute.
  await db.$executeRaw`SELECT graphile_worker.add_job('send-reminders', '{}'::json)`;
  const finished = await waitUntil(sent, 600_000);
  const seconds = (performance.now() - start) / 1000;
  await workers.stop();
  mailer.close();
  await close(counter.server);
  if (!finished) throw new Error("the reminders were not all sent within 10 minutes");
  const failed = await db.outboxEmail.count({ where: { kind: "reminder", status: "FAILED" } });
  if (failed > 0) throw new Error(`${failed} reminder emails failed`);
  return summary("app: queue, outbox, render, send", REMINDERS, seconds, counter, REMINDERS);
}

export async function reminderRuns(url: string, now: Date, concurrency: number) {
  return [await baselineRun(concurrency), await workerRun(url, now)];
}

export function printReminderTable(runs: TReminderRun[], concurrency: number) {
  console.log(
    `reminders: ${REMINDERS.toLocaleString("en-US")} due for ${REMINDER_CLIENTS.toLocaleString("en-US")} clients, one worker, ${concurrency} at a time, to a local SMTP server`,
  );
  console.log(`${"".padEnd(36)} messages  seconds  per second  received  duplicates  losses`);
  for (const r of runs) {
    console.log(
      `${r.label.padEnd(36)} ${String(r.messages).padStart(8)}  ${r.seconds.toFixed(1).padStart(7)}  ${(r.messages / r.seconds).toFixed(0).padStart(10)}  ${String(r.received).padStart(8)}  ${String(r.duplicates).padStart(10)}  ${String(r.losses).padStart(6)}`,
    );
  }
}
