import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readLaunchEnv } from "../src/env";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../src/server/db/embedded";
import { adminUrlFrom, dropDatabase, withDatabase } from "../tests/integration/database-urls";

/**
 * A fresh database: on DATABASE_URL's server when set (dropped again by `stop`: it holds about a
 * gigabyte), else in a throwaway embedded Postgres.
 */
export async function benchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = readLaunchEnv().DATABASE_URL;
  const name = `trust_steps_bench_${Date.now().toString(36)}`;
  if (given) {
    const admin = adminUrlFrom(given);
    await createDatabaseIfMissing(admin, name);
    return { url: withDatabase(given, name), stop: () => dropDatabase(admin, name) };
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
