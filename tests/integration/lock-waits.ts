import { vi } from "vitest";
import { db, type Prisma } from "~/server/db";

type Tx = Prisma.TransactionClient;

/** This transaction's Postgres backend, to name it in pg_locks and pg_stat_activity. */
async function backendOf(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return row!.pid;
}

/**
 * A transaction on a connection of its own that runs `first`, then stops until `resume()`, which
 * runs `then` and commits: one side of a race whose interleaving a test chooses. `done` is the
 * transaction's outcome (rejected when Postgres chose it as a deadlock's victim, say).
 */
export async function pausedTransaction(
  first: (tx: Tx) => Promise<unknown>,
  then: (tx: Tx) => Promise<unknown>,
) {
  let paused!: (pid: number) => void;
  let resume!: () => void;
  const pid = new Promise<number>((resolve) => (paused = resolve));
  const resumed = new Promise<void>((resolve) => (resume = resolve));
  const done = db.$transaction(
    async (tx) => {
      const backend = await backendOf(tx);
      await first(tx);
      paused(backend);
      await resumed;
      await then(tx);
    },
    { timeout: 20_000 },
  );
  return { pid: await Promise.race([pid, done.then(() => -1)]), resume, done };
}

/** A transaction on a connection of its own; `pid` resolves once it has started. */
export function transaction(work: (tx: Tx) => Promise<unknown>) {
  let started!: (pid: number) => void;
  const pid = new Promise<number>((resolve) => (started = resolve));
  const done = db.$transaction(
    async (tx) => {
      started(await backendOf(tx));
      await work(tx);
    },
    { timeout: 20_000 },
  );
  return { pid, done };
}

/** Resolves once some backend waits for a lock that `holder` holds; returns that backend. */
export async function waiterOn(holder: number): Promise<number> {
  return vi.waitFor(
    async () => {
      const [row] = await db.$queryRaw<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE ${holder}::int = ANY(pg_blocking_pids(pid))`;
      if (!row) throw new Error(`nobody waits for backend ${holder}`);
      return row.pid;
    },
    { timeout: 15_000, interval: 20 },
  );
}

/** Resolves once backend `waiter` waits for a lock that `holder` holds. */
export async function blockedBy(waiter: number, holder: number): Promise<void> {
  await vi.waitFor(
    async () => {
      const [row] = await db.$queryRaw<{ blocked: boolean }[]>`
        SELECT ${holder}::int = ANY(pg_blocking_pids(${waiter}::int)) AS blocked`;
      if (!row?.blocked) throw new Error(`backend ${waiter} does not wait for ${holder}`);
    },
    { timeout: 15_000, interval: 20 },
  );
}

/** The Postgres SQLSTATE behind a failed Prisma call, e.g. 40P01 for a deadlock. */
export function sqlStateOf(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })
    .meta;
  return meta?.driverAdapterError?.cause?.originalCode;
}
