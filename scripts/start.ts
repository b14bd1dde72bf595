/**
 * npm start (production server) / npm run dev (next dev).
 *
 * Without DATABASE_URL: starts an embedded PostgreSQL under DATA_DIR (generating its secrets on
 * first start), migrates, seeds demo data into a new database and prints the demo logins.
 * With DATABASE_URL: uses that database, migrates, seeds nothing (npm run db:seed does, and so
 * does --seed-demo, which the end-to-end tests use on a fresh database).
 * Without SMTP_URL: starts a local mail catcher (SMTP plus a web inbox, scripts/lib/mail-catcher.ts)
 * and sends all email there.
 * Then serves the app on PORT and runs the workers (the job queue: planning due dates every
 * PLAN_AHEAD_MINUTES, sending email) unless START_WORKERS=false, and on Ctrl-C / SIGTERM stops
 * the server, the workers, the mail catcher and Postgres cleanly.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EnvError, isLocalUrl, parseServerEnv, readLaunchEnv } from "../src/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../src/server/db/embedded";
import { migrate } from "../src/server/db/migrate";
import { buildIsCurrent } from "./lib/build-stamp";
import { runNextBuild } from "./lib/next-build";
import { startMailCatcher, type MailCatcher } from "./lib/mail-catcher";
import { loadOrCreateSecrets } from "./lib/secrets";

const log = (line: string) => console.log(`[start] ${line}`);
const webServer = fileURLToPath(new URL("./web-server.ts", import.meta.url));
const scriptsTsconfig = fileURLToPath(new URL("./tsconfig.json", import.meta.url));

async function main() {
  const dev = process.argv.includes("--dev");
  // The workers run in this process: React's production build renders their emails.
  if (!dev) Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const seedDemo = process.argv.includes("--seed-demo");
  const launch = readLaunchEnv();
  const appUrl = launch.APP_URL ?? `http://localhost:${launch.PORT}`;
  if (seedDemo && !isLocalUrl(appUrl)) {
    // The demo accounts share a published password: never on an instance others can reach.
    throw new EnvError(
      `--seed-demo adds demo accounts with a published password, so it runs only on localhost (APP_URL is ${appUrl}).`,
    );
  }
  let embedded: EmbeddedDatabase | undefined;
  let mailCatcher: MailCatcher | undefined;
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
  const stopServices = async () => {
    await mailCatcher?.stop().catch(() => {});
    mailCatcher = undefined;
    await embedded?.stop().catch(() => {});
    embedded = undefined;
  };

  try {
    let smtpUrl = launch.SMTP_URL;
    if (!smtpUrl) {
      mailCatcher = await startMailCatcher({ appPort: launch.PORT, dataDir: launch.DATA_DIR });
      smtpUrl = mailCatcher.smtpUrl;
      log(`local mail catcher running: inbox at ${mailCatcher.inboxUrl}`);
    }
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      APP_URL: appUrl,
      NEXTAUTH_URL: appUrl,
      SMTP_URL: smtpUrl,
    });
    if (authSecret === undefined) delete process.env.AUTH_SECRET;
    parseServerEnv(process.env);
    const { applied } = await migrate({ databaseUrl, log });
    if (applied.length === 0) log("database schema is up to date");

    const { syncBuiltinTemplates } = await import("../src/features/templates/mutations");
    await syncBuiltinTemplates();
    // Pages and queries never plan: this run (so a fresh start is never behind) and then the
    // workers' plan-ahead job every PLAN_AHEAD_MINUTES do.
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
      inboxUrl: mailCatcher?.inboxUrl,
      workers: launch.START_WORKERS === "true",
      planAheadMinutes: launch.PLAN_AHEAD_MINUTES,
      stopServices,
    });
  } catch (error) {
    await stopServices();
    throw error;
  }
}

async function serve(options: {
  dev: boolean;
  port: number;
  appUrl: string;
  showDemoLogins: boolean;
  inboxUrl: string | undefined;
  workers: boolean;
  planAheadMinutes: number;
  stopServices: () => Promise<void>;
}) {
  const { startWorkers } = await import("../src/server/worker");
  const { disconnectDb } = await import("../src/server/db");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", webServer, ...(options.dev ? ["--dev"] : [])],
    { stdio: "inherit", env: { ...process.env, TSX_TSCONFIG_PATH: scriptsTsconfig } },
  );
  const workers = options.workers
    ? await startWorkers({ planAheadMinutes: options.planAheadMinutes })
    : undefined;
  if (workers) log("workers running (due dates, email)");
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${signal})…`);
    void workers?.stop();
    child.kill("SIGTERM");
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    // Jobs in progress finish before their database and mail server go away.
    await workers?.stop();
    await disconnectDb();
    await options.stopServices();
    if (stopping) log("stopped cleanly");
    process.exit(stopping ? 0 : (code ?? 1));
  });
  await waitUntilServing(options.port);
  log(`ready: ${options.appUrl}`);
  if (options.inboxUrl)
    console.log(`\n  Email inbox (everything the app sends): ${options.inboxUrl}`);
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
