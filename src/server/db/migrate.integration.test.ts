import { cp, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, test } from "vitest";
import { createDatabase, dropDatabase, uniqueName } from "../../../tests/integration/database-urls";
import {
  checksumOf,
  DEFAULT_MIGRATIONS_DIR,
  migrate,
  MigrationError,
  readMigrations,
} from "./migrate";

const adminUrl = inject("adminUrl");
const created: string[] = [];

async function freshDatabase() {
  const name = uniqueName("migrate");
  created.push(name);
  return createDatabase(adminUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of created) await dropDatabase(adminUrl, name);
});

describe("migration runner", () => {
  test("applies every migration to a fresh database and records it as prisma does", async () => {
    const url = await freshDatabase();
    const files = await readMigrations();
    const { applied } = await migrate({ databaseUrl: url });
    expect(applied).toEqual(files.map((f) => f.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      const sql = await readFile(
        path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"),
        "utf8",
      );
      expect(row.checksum).toBe(checksumOf(sql));
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["User", "Session", "CareLink", "Assignment"]),
    );
  });

  test("a second run applies nothing", async () => {
    const url = await freshDatabase();
    await migrate({ databaseUrl: url });
    expect((await migrate({ databaseUrl: url })).applied).toEqual([]);
    const [row] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(row?.n)).toBe((await readMigrations()).length);
  });

  test("an applied migration whose file changed is refused with a clear message", async () => {
    const url = await freshDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    await migrate({ databaseUrl: url, migrationsDir: dir });
    const [first] = await readMigrations(dir);
    await writeFile(
      path.join(dir, first!.name, "migration.sql"),
      `${first!.sql}\n-- edited afterwards\n`,
    );
    const run = migrate({ databaseUrl: url, migrationsDir: dir });
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`${first!.name} was changed after it was applied`),
    );
  });

  test("concurrent runners apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => migrate({ databaseUrl: url })),
    );
    const appliedNames = results.flatMap((r) => r.applied);
    const files = await readMigrations();
    expect(appliedNames.sort()).toEqual(files.map((f) => f.name).sort());
    const [row] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(row?.n)).toBe(files.length);
  });

  test("a failing migration is rolled back and not recorded", async () => {
    const url = await freshDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "20000101000000_good"));
    await writeFile(
      path.join(dir, "20000101000000_good", "migration.sql"),
      `CREATE TABLE good (id int);`,
    );
    await mkdir(path.join(dir, "20000102000000_bad"));
    await writeFile(
      path.join(dir, "20000102000000_bad", "migration.sql"),
      `CREATE TABLE half_done (id int);\nSELECT * FROM table_that_does_not_exist;`,
    );
    await expect(migrate({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(
      /20000102000000_bad failed and was rolled back/,
    );
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(["_prisma_migrations", "good"]);
    const names = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(names.map((n) => n.migration_name)).toEqual(["20000101000000_good"]);
  });
});
