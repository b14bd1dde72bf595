import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readLaunchEnv } from "../src/env";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../src/server/db/embedded";

/**
 * A fresh database: on DATABASE_URL's server when set (dropped again by `stop`: it holds about a
 * gigabyte), else in a throwaway embedded Postgres.
 */
export async function benchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = readLaunchEnv().DATABASE_URL;
  const name = `trust_steps_bench_${Date.now().toString(36)}`;
  if (given) {
    const admin = new URL(given);
    admin.pathname = "/postgres";
    await createDatabaseIfMissing(admin.toString(), name);
    const url = new URL(given);
    url.pathname = `/${name}`;
    const drop = async () => {
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    };
    return { url: url.toString(), stop: drop };
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
