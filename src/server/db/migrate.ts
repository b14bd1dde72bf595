import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql files that have not run yet, in name order,
 * each in its own transaction, recorded in `_prisma_migrations` exactly as `prisma migrate
 * deploy` records them (same table, same sha256 checksum), so either tool can take over.
 * Then lets graphile-worker install or upgrade its job queue (schema graphile_worker), which it
 * versions and locks itself.
 */

// The key `prisma migrate` itself locks on: our runner and Prisma's exclude each other too.
const ADVISORY_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.resolve("prisma/migrations");

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrationFile = { name: string; sql: string; checksum: string };

export const checksumOf = (sql: string) => createHash("sha256").update(sql).digest("hex");

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

export type MigrateOptions = {
  databaseUrl: string;
  migrationsDir?: string;
  log?: (line: string) => void;
};

export async function migrate({
  databaseUrl,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
  log = () => {},
}: MigrateOptions): Promise<{ applied: string[] }> {
  const files = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Session-level lock: a second instance starting at the same time waits here, then finds
    // everything applied.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL`,
    );
    const recorded = new Map(rows.map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const file of files) {
      const row = recorded.get(file.name);
      if (row) {
        assertRecordedMatches(file, row);
        continue;
      }
      await applyOne(client, file);
      applied.push(file.name);
      log(`applied migration ${file.name}`);
    }
    await runMigrations({ connectionString: databaseUrl, logger: silent });
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

const silent = new Logger(() => () => {});

function assertRecordedMatches(file: MigrationFile, row: AppliedRow) {
  if (row.finished_at === null) {
    throw new MigrationError(
      `Migration ${file.name} started earlier but never finished. Inspect the database, then ` +
        `mark it rolled back (prisma migrate resolve --rolled-back ${file.name}) before retrying.`,
    );
  }
  if (row.checksum !== file.checksum) {
    throw new MigrationError(
      `Migration ${file.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… ` +
        `in the database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must never ` +
        `be edited: restore the file and put the change in a new migration.`,
    );
  }
}

async function applyOne(client: pg.Client, file: MigrationFile) {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at)
       VALUES ($1, $2, $3, now())`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
  }
}
