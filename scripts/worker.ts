/**
 * npm run worker: workers only (due-date planning, email), for running them apart from the web
 * servers. Takes the app's environment (DATABASE_URL, SMTP_URL, ...); any number of worker and
 * app processes can share one database, and each job runs once. Ctrl-C / SIGTERM lets running
 * jobs finish.
 */
import { EnvError, getEnv, readLaunchEnv } from "../src/env";
import { migrate } from "../src/server/db/migrate";

const log = (line: string) => console.log(`[worker] ${line}`);

async function main() {
  // React's production build renders the emails.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const launch = readLaunchEnv();
  if (!launch.DATABASE_URL) {
    throw new EnvError(
      "Invalid environment:\n  DATABASE_URL: is required (npm run worker joins an app's database; npm start runs workers itself)",
    );
  }
  process.env.APP_URL ??= `http://localhost:${launch.PORT}`;
  const env = getEnv();
  if (!env.SMTP_URL) {
    throw new EnvError(
      "Invalid environment:\n  SMTP_URL: is required (the workers send the email)",
    );
  }
  // Safe beside starting apps: migrations wait for each other and apply once.
  await migrate({ databaseUrl: env.DATABASE_URL, log });
  const { startWorkers } = await import("../src/server/worker");
  const { disconnectDb } = await import("../src/server/db");
  const workers = await startWorkers({ planAheadMinutes: launch.PLAN_AHEAD_MINUTES });
  log(`running (${env.WORKER_CONCURRENCY} jobs at a time)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await workers.stop();
    await disconnectDb();
    log("stopped cleanly");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error("[worker] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
