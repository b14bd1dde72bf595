/**
 * npm start (production server) / npm run dev (next dev).
 *
 * Without DATABASE_URL: starts an embedded PostgreSQL under DATA_DIR (generating its secrets on
 * first start), migrates, seeds demo data into a new database and prints the demo logins.
 * With DATABASE_URL: uses that database, migrates, seeds nothing (npm run db:seed does, and so
 * does --seed-demo, which the end-to-end tests use on a fresh database).
 * Then serves the app on PORT, plans occurrences ahead every PLAN_AHEAD_MINUTES while it
 * runs, and on Ctrl-C / SIGTERM stops the server, the planning and Postgres cleanly.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { EnvError, parseServerEnv, readLaunchEnv } from "../src/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../src/server/db/embedded";
import { migrate } from "../src/server/db/migrate";
import { buildIsCurrent } from "./lib/build-stamp";
import { nextBin, runNextBuild } from "./lib/next-build";
import { loadOrCreateSecrets } from "./lib/secrets";

const log = (line: string) => console.log(`[start] ${line}`);

async function main() {
  const dev = process.argv.includes("--dev");
  const seedDemo = process.argv.includes("--seed-demo");
  const launch = readLaunchEnv();
  const appUrl = launch.APP_URL ?? `http://localhost:${launch.PORT}`;
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = launch.DATABASE_URL;
  let authSecret = launch.AUTH_SECRET;

  if (!databaseUrl) {
    const secrets = await loadOrCreateSecrets(launch.DATA_DIR);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(launch.DATA_DIR, "postgres"),
      password: secrets.postgresPassword,
      log,
    });
    log(`embedded PostgreSQL running (data in ${launch.DATA_DIR}/postgres)`);
    databaseUrl = embedded.url;
    authSecret ??= secrets.authSecret;
  }
  const stopDatabase = async () => {
    await embedded?.stop().catch(() => {});
    embedded = undefined;
  };

  try {
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      APP_URL: appUrl,
      NEXTAUTH_URL: appUrl,
    });
    if (authSecret === undefined) delete process.env.AUTH_SECRET;
    parseServerEnv(process.env);
    const { applied } = await migrate({ databaseUrl, log });
    if (applied.length === 0) log("database schema is up to date");

    const { syncBuiltinTemplates } = await import("../src/features/templates/mutations");
    await syncBuiltinTemplates();
    // Pages and queries never plan: this run (so a fresh start is never behind) and then the
    // timer every PLAN_AHEAD_MINUTES (see serve) do.
    const { topUpOccurrences } = await import("../src/features/assignments/mutations/planning");
    await topUpOccurrences(new Date());
    let showDemoLogins = false;
    if (embedded || seedDemo) {
      const demo = await import("../prisma/seed/demo");
      if (await demo.seedIfEmpty()) log("seeded demo data");
      showDemoLogins = await demo.demoAccountsExist();
    }
    const { disconnectDb } = await import("../src/server/db");
    await disconnectDb();
    if (!dev && !buildIsCurrent()) {
      log("building the app (first start, or the code changed)…");
      await runNextBuild();
    }
    await serve({
      dev,
      port: launch.PORT,
      appUrl,
      showDemoLogins,
      planAheadMinutes: launch.PLAN_AHEAD_MINUTES,
      stopDatabase,
    });
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

async function serve(options: {
  dev: boolean;
  port: number;
  appUrl: string;
  showDemoLogins: boolean;
  planAheadMinutes: number;
  stopDatabase: () => Promise<void>;
}) {
  const { startTopUpTimer } = await import("../src/features/assignments/top-up-timer");
  const { disconnectDb } = await import("../src/server/db");
  const child = spawn(
    process.execPath,
    [nextBin, options.dev ? "dev" : "start", "-p", String(options.port)],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  const planning = startTopUpTimer(options.planAheadMinutes);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${signal})…`);
    void planning.stop();
    child.kill("SIGTERM");
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    // A run in progress finishes before its database goes away.
    await planning.stop();
    await disconnectDb();
    await options.stopDatabase();
    if (stopping) log("stopped cleanly");
    process.exit(stopping ? 0 : (code ?? 1));
  });
  await waitUntilServing(options.port);
  log(`ready: ${options.appUrl}`);
  if (options.showDemoLogins) {
    const { DEMO_CLIENT, DEMO_PASSWORD, DEMO_THERAPIST } = await import("../prisma/seed/demo");
    console.log(
      [
        "",
        "  Demo logins (password for both: " + DEMO_PASSWORD + ")",
        `    therapist  ${DEMO_THERAPIST.email}`,
        `    client     ${DEMO_CLIENT.email}`,
        "",
      ].join("\n"),
    );
  }
}

async function waitUntilServing(port: number) {
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error("[start] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
