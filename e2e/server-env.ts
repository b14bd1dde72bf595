import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The end-to-end server's own environment, handed from e2e/start-server.ts (which decides it) to
 * the test workers, whose fixtures write test data with the app's server code into the same
 * database, as a second instance of the app would.
 */
export type TServerEnv = { DATABASE_URL: string; AUTH_SECRET: string };
/** What start-server.ts hands over: the server's environment and its mail catcher's inbox. */
export type TServerHandOver = { env: TServerEnv; inboxUrl: string };

/** Everything of one run lives here: the embedded Postgres, if any, and the hand-over file. */
export const E2E_DATA_DIR = fileURLToPath(new URL("../.data/e2e", import.meta.url));
const SERVER_ENV_FILE = path.join(E2E_DATA_DIR, "server-env.json");

export function writeServerHandOver(handOver: TServerHandOver): void {
  mkdirSync(E2E_DATA_DIR, { recursive: true });
  writeFileSync(SERVER_ENV_FILE, JSON.stringify(handOver), { mode: 0o600 });
}

export function readServerHandOver(): TServerHandOver {
  return JSON.parse(readFileSync(SERVER_ENV_FILE, "utf8")) as TServerHandOver;
}
