/**
 * npm run bench: seeds a large caseload in a throwaway embedded Postgres (or a fresh database on
 * DATABASE_URL's server) and reports the latency of the app's caseload read (Prisma, as the page
 * does it) next to the same read as one hand-written SQL query over bare `pg`, measured in the
 * same run. Figures, not assertions: compare the two columns, and runs over time.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { readLaunchEnv } from "../src/env";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../src/server/db/embedded";
import { migrate } from "../src/server/db/migrate";

const THERAPISTS = 200;
const CLIENTS_PER_THERAPIST = 30;
const ITERATIONS = 300;

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = readLaunchEnv().DATABASE_URL;
  const name = `trust_steps_bench_${Date.now().toString(36)}`;
  if (given) {
    const admin = new URL(given);
    admin.pathname = "/postgres";
    await createDatabaseIfMissing(admin.toString(), name);
    const url = new URL(given);
    url.pathname = `/${name}`;
    return { url: url.toString(), stop: async () => {} };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "trust-steps-bench-"));
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pg"),
    password: "bench",
    database: name,
  });
  return {
    url: db.url,
    stop: async () => (await db.stop(), await rm(dir, { recursive: true, force: true })),
  };
}

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    INSERT INTO "User" (id, email, name, role, "updatedAt")
    SELECT 't' || g, 'therapist' || g || '@bench.test', 'Therapist ' || g, 'THERAPIST', now()
    FROM generate_series(1, ${THERAPISTS}) g;
    INSERT INTO "User" (id, email, name, role, "updatedAt")
    SELECT 'c' || g, 'client' || g || '@bench.test', 'Client ' || lpad(g::text, 6, '0'), 'CLIENT', now()
    FROM generate_series(1, ${THERAPISTS * CLIENTS_PER_THERAPIST}) g;
    INSERT INTO "CareLink" (id, "therapistId", "clientId", status)
    SELECT 'l' || g, 't' || (1 + (g - 1) / ${CLIENTS_PER_THERAPIST}), 'c' || g,
           (CASE WHEN g % 10 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END)::"CareLinkStatus"
    FROM generate_series(1, ${THERAPISTS * CLIENTS_PER_THERAPIST}) g;
    ANALYZE;`);
  await client.end();
}

function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

async function time(fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn(i); // warm-up: connections, plans, JIT
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

async function main() {
  const { url, stop } = await database();
  try {
    await migrate({ databaseUrl: url });
    await seed(url);
    process.env.DATABASE_URL = url;
    const { listCaseload } = await import("../src/features/clients/data");
    const { disconnectDb } = await import("../src/server/db");
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const therapist = (i: number) => `t${1 + (i % THERAPISTS)}`;

    const baseline = await time((i) =>
      pool.query(
        `SELECT u.id, u.name, u.email, l."createdAt" FROM "CareLink" l JOIN "User" u ON u.id = l."clientId"
         WHERE l."therapistId" = $1 AND l.status = 'ACTIVE' ORDER BY u.name, u.id LIMIT 21`,
        [therapist(i)],
      ),
    );
    const app = await time((i) => listCaseload(therapist(i), {}));

    const rows = (await listCaseload("t1", {})).items.length;
    console.log(
      `caseload read: ${THERAPISTS} therapists x ${CLIENTS_PER_THERAPIST} clients, ${rows} active per page, ${ITERATIONS} runs`,
    );
    console.log("                          p50 ms   p95 ms   max ms");
    const line = (label: string, s: ReturnType<typeof summarise>) =>
      console.log(
        `${label.padEnd(24)} ${s.p50.toFixed(2).padStart(7)}  ${s.p95.toFixed(2).padStart(7)}  ${s.max.toFixed(2).padStart(7)}`,
      );
    line("baseline (bare pg, 1 q)", baseline);
    line("app (clients.list)", app);
    await pool.end();
    await disconnectDb();
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
