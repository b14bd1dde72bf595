import "server-only";
import {
  Logger,
  parseCronItems,
  run,
  runOnce,
  type JobHelpers,
  type TaskList,
} from "graphile-worker";
import type { Transporter } from "nodemailer";
import pg from "pg";
import { EnvError, getEnv } from "~/env";
import { followClientTimeZone, topUpOccurrences } from "~/features/assignments/mutations/planning";
import { replanClientReminders } from "~/features/assignments/mutations/reminders";
import { queueDigests } from "~/features/notifications/mutations/digests";
import { queueDueReminders } from "~/features/notifications/mutations/reminders";
import { sendOutboxEmail } from "~/features/notifications/mutations/send-email";
import { runDailyFlagCheck } from "~/features/safety/mutations/daily-check";
import { createMailer } from "~/server/email/mailer";
import { purgeExpired } from "~/server/housekeeping";
import type { TJobName, TJobPayloads } from "~/server/jobs";
import { logger } from "~/server/logger";

/**
 * The workers: every job of src/server/jobs.ts with its task, on graphile-worker. Like
 * server/root.ts for routers, it is a file under src/server that imports features: it
 * assembles them. Any number of processes may run workers on one database; each job runs once.
 */

const lastTry = (helpers: JobHelpers) => helpers.job.attempts >= helpers.job.max_attempts;

function taskList(mailer: Transporter): TaskList {
  const tasks: {
    [N in TJobName]: (payload: TJobPayloads[N], helpers: JobHelpers) => Promise<void>;
  } = {
    "plan-ahead": async () => {
      const done = await topUpOccurrences(new Date());
      if (done.assignments > 0 || done.completed > 0) logger.info("planned ahead", done);
    },
    "send-email": async ({ emailId }, helpers) => {
      await sendOutboxEmail(emailId, { mailer, lastTry: lastTry(helpers) });
    },
    "send-reminders": async () => {
      const done = await queueDueReminders(new Date());
      if (done.queued > 0 || done.skipped > 0) logger.info("reminders", done);
    },
    "replan-reminders": async ({ clientId }) => {
      await replanClientReminders(clientId, new Date());
    },
    "follow-time-zone": async ({ clientId }) => {
      await followClientTimeZone(clientId, new Date());
    },
    "purge-expired": async () => {
      logger.info("purged", await purgeExpired(new Date()));
    },
    "queue-digests": async () => {
      const done = await queueDigests(new Date());
      if (done.queued > 0) logger.info("daily summaries", done);
    },
    "check-flags": async () => {
      const raised = await runDailyFlagCheck(new Date());
      if (raised.missed > 0 || raised.quiet > 0) logger.info("daily flags", raised);
    },
  };
  return tasks as TaskList;
}

// The queue's own messages: warnings and errors reach the app's log, job chatter does not.
// A failure that will be retried (RetryLater) is a warning: nothing is lost yet.
const queueLogger = new Logger((scope) => (level, message) => {
  const fields = { task: scope.taskIdentifier, jobId: scope.jobId };
  if (level === "error" && message.includes("RetryLater")) {
    logger.warn(`job queue: ${message.split("\n")[0]}`, fields);
  } else if (level === "error") logger.error(`job queue: ${message}`, fields);
  else if (level === "warning") logger.warn(`job queue: ${message}`, fields);
});

function cronEvery(minutes: number): string {
  return minutes >= 60 ? "0 * * * *" : `*/${minutes} * * * *`;
}

function mailerFromEnv(): Transporter {
  const { SMTP_URL } = getEnv();
  if (!SMTP_URL) {
    throw new EnvError(
      "Invalid environment:\n  SMTP_URL: is required to run workers (they send the email)",
    );
  }
  return createMailer(SMTP_URL);
}

/**
 * Starts workers in this process until `stop` (which lets running jobs finish). `mailer`: tests
 * pass their own SMTP server's; otherwise SMTP_URL's.
 */
export async function startWorkers(options: {
  planAheadMinutes: number;
  mailer?: Transporter;
  concurrency?: number;
}) {
  const env = getEnv();
  const mailer = options.mailer ?? mailerFromEnv();
  const pool = queuePool(env.DATABASE_URL);
  const runner = await run({
    pgPool: pool,
    concurrency: options.concurrency ?? env.WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: queueLogger,
    taskList: taskList(mailer),
    parsedCronItems: parseCronItems([
      {
        task: "plan-ahead",
        match: cronEvery(options.planAheadMinutes),
        // a missed run is not made up: the next one plans everything anyway
        options: { backfillPeriod: 0, maxAttempts: 1 },
      },
      // Reminders due while nothing ran are not lost either: the next run sends what is due.
      {
        task: "send-reminders",
        match: "* * * * *",
        options: { backfillPeriod: 0, maxAttempts: 1 },
      },
      // Daily, at night (UTC); a missed night waits for the next one.
      {
        task: "purge-expired",
        match: "30 3 * * *",
        options: { backfillPeriod: 0, maxAttempts: 3 },
      },
      // Hourly: each therapist's summary goes at DIGEST_HOUR in their zone, once a day.
      {
        task: "queue-digests",
        match: "0 * * * *",
        options: { backfillPeriod: 0, maxAttempts: 3 },
      },
      // Daily, early (UTC). A missed day is made up once: each stretch is flagged only once.
      {
        task: "check-flags",
        match: "0 5 * * *",
        options: { backfillPeriod: 24 * 3600 * 1000, maxAttempts: 3 },
      },
    ]),
  });
  let stopped: Promise<void> | undefined;
  return {
    /** Lets running jobs finish, then closes the queue's connections; safe to call twice. */
    stop() {
      stopped ??= (async () => {
        await runner.stop();
        await pool.end();
        if (!options.mailer) mailer.close();
      })();
      return stopped;
    },
  };
}

/**
 * The queue's own connections. An idle one the server drops (a restart, a failover) is logged and
 * replaced, instead of ending the process as an unhandled 'error' event would.
 */
function queuePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on("error", (error) => logger.warn("job queue: a database connection closed", { error }));
  return pool;
}

/** Runs every job that is due now, then returns: for tests and one-off catch-up. */
export async function runDueJobs(mailer: Transporter = mailerFromEnv()) {
  const pool = queuePool(getEnv().DATABASE_URL);
  try {
    await runOnce({
      pgPool: pool,
      noHandleSignals: true,
      logger: queueLogger,
      taskList: taskList(mailer),
    });
  } finally {
    await pool.end();
  }
}
