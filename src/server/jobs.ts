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
