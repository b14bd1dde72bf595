/**
 * The server the end-to-end tests run against: a production build on a brand-new database, made
 * on the server DATABASE_URL points at, or on an embedded Postgres started here. The database and
 * the secret are decided here and handed to the test workers (e2e/server-env.ts).
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { randomSecret, startEmbeddedPostgres } from "../src/server/db/embedded";
import { adminUrlFrom, createDatabase, uniqueName } from "../tests/integration/database-urls";
import { mailCatcherPorts } from "../scripts/lib/mail-catcher";
import { E2E_DATA_DIR, writeServerHandOver } from "./server-env";

async function main() {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  const postgres = process.env.DATABASE_URL
    ? { adminUrl: adminUrlFrom(process.env.DATABASE_URL), stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: path.join(E2E_DATA_DIR, "postgres"),
        password: randomSecret(24),
        database: "postgres",
      });
  const serverEnv = {
    DATABASE_URL: await createDatabase(postgres.adminUrl, uniqueName("trust_steps_e2e")),
    AUTH_SECRET: randomSecret(32),
  };
  // No SMTP_URL: the launcher starts its mail catcher, as on a newcomer's machine.
  const { inbox } = mailCatcherPorts(Number(process.env.PORT));
  writeServerHandOver({ env: serverEnv, inboxUrl: `http://127.0.0.1:${inbox}` });

  const child = spawn(
    "npx",
    ["tsx", "--tsconfig", "scripts/tsconfig.json", "scripts/start.ts", "--seed-demo"],
    {
      stdio: "inherit",
      env: { ...process.env, ...serverEnv, DATA_DIR: E2E_DATA_DIR, SMTP_URL: "" },
    },
  );
  const stop = () => child.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", async (code) => {
    await postgres.stop();
    process.exit(code ?? 0);
  });
}

void main();
