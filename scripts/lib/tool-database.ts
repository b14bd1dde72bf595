import path from "node:path";
import { readLaunchEnv } from "../../src/env";
import { startEmbeddedPostgres } from "../../src/server/db/embedded";
import { loadOrCreateSecrets } from "./secrets";

/** Runs `work` with a reachable database: DATABASE_URL, or the embedded one under DATA_DIR. */
export async function withToolDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const launch = readLaunchEnv();
  if (launch.DATABASE_URL) return work(launch.DATABASE_URL);
  const secrets = await loadOrCreateSecrets(launch.DATA_DIR);
  const db = await startEmbeddedPostgres({
    dataDir: path.join(launch.DATA_DIR, "postgres"),
    password: secrets.postgresPassword,
  });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
