import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The end-to-end server's own environment, handed from e2e/start-server.ts (which decides it) to
 * the test workers, whose fixtures write test data with the app's server code into the same
 * database, as a second instance of the app would.
 */
export type TServerEnv = { DATABASE_URL: string; AUTH_SECRET: string };

/** Everything of one run lives here: the embedded Postgres, if any, and the hand-over file. */
export const E2E_DATA_DIR = fileURLToPath(new URL("../.data/e2e", import.meta.url));
const SERVER_ENV_FILE = path.join(E2E_DATA_DIR, "server-env.json");

export function writeServerEnv(env: TServerEnv): void {
  mkdirSync(E2E_DATA_DIR, { recursive: true });
  writeFileSync(SERVER_ENV_FILE, JSON.stringify(env), { mode: 0o600 });
}

export function readServerEnv(): TServerEnv {
  return JSON.parse(readFileSync(SERVER_ENV_FILE, "utf8")) as TServerEnv;
}
