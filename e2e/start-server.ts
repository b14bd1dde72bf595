/**
 * The server the end-to-end tests run against: a production build on a brand-new database,
 * either a fresh database on the server DATABASE_URL points at, or a fresh embedded one.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";

const env: NodeJS.ProcessEnv = {
  ...process.env,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
};

async function freshDatabaseOn(url: string): Promise<string> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const name = `trust_steps_e2e_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await client.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function main() {
  if (process.env.DATABASE_URL) {
    env.DATABASE_URL = await freshDatabaseOn(process.env.DATABASE_URL);
  } else {
    env.DATA_DIR = ".data/e2e";
    rmSync(env.DATA_DIR, { recursive: true, force: true });
  }
  const child = spawn(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/start.ts", "--seed-demo"],
    {
      stdio: "inherit",
      env,
    },
  );
  const stop = () => child.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

void main();
