import "server-only";
import type { Prisma } from "~/server/db";

/**
 * Every job the workers run, by name, with its payload. Jobs live in Postgres (graphile-worker,
 * schema graphile_worker); src/server/worker.ts gives each name its task.
 */
export type TJobPayloads = {
  /** Cron: plans due dates ahead and completes homework that is long over. */
  "plan-ahead": Record<string, unknown>;
  /** One outbox email. */
  "send-email": { emailId: string };
  /** Cron, every minute: queues the emails of reminders whose time has come. */
  "send-reminders": Record<string, unknown>;
  /** After a client's email settings change: their reminders follow. */
  "replan-reminders": { clientId: string };
  /** After a client changed their time zone: their due dates ahead follow it. */
  "follow-time-zone": { clientId: string };
  /** Cron, daily: flags for missed due dates and quiet clients (features/safety). */
  "check-flags": Record<string, unknown>;
  /** Cron, daily: deletes sessions, rate-limit counters and link tokens that are over. */
  "purge-expired": Record<string, unknown>;
  /** Cron, hourly: queues the daily summary of therapists whose morning it is. */
  "queue-digests": Record<string, unknown>;
};
export type TJobName = keyof TJobPayloads;

type Executor = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Queues a job through the caller's transaction, so the job exists exactly when the change that
 * needs it commits: no job for a rolled-back change, no change left without its job.
 */
export async function addJob<N extends TJobName>(
  tx: Executor,
  name: N,
  payload: TJobPayloads[N],
  options: { runAt?: Date; maxAttempts?: number } = {},
): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${name}::text,
    ${JSON.stringify(payload)}::json,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${options.maxAttempts ?? null}::int
  )`;
}

/** Many jobs of one kind in one statement (graphile_worker.add_jobs), e.g. a batch of emails. */
export async function addJobs<N extends TJobName>(
  tx: Executor,
  name: N,
  payloads: TJobPayloads[N][],
  options: { maxAttempts?: number } = {},
): Promise<void> {
  if (payloads.length === 0) return;
  await tx.$executeRaw`SELECT graphile_worker.add_jobs(ARRAY(
    SELECT ROW(${name}::text, p, NULL, NULL, ${options.maxAttempts ?? null}::smallint, NULL, NULL, NULL)::graphile_worker.job_spec
    FROM unnest(${payloads.map((p) => JSON.stringify(p))}::json[]) AS p
  ))`;
}
