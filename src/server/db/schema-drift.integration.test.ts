import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, expect, inject, test } from "vitest";
import { diffSchemas } from "../../../scripts/lib/schema-diff";
import { createDatabase, dropDatabase, uniqueName } from "../../../tests/integration/database-urls";

/**
 * The committed migrations must build exactly the schema that schema.prisma describes: a
 * database built from the migrations is compared, catalog entry by catalog entry, with one
 * built from the full DDL Prisma's engine generates for schema.prisma.
 */
const adminUrl = inject("adminUrl");
const names: string[] = [];

afterAll(async () => {
  for (const name of names) await dropDatabase(adminUrl, name);
});

const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'`,
} as const;

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string[]> = {};
    for (const [key, sql] of Object.entries(CATALOG_QUERIES)) {
      const { rows } = await client.query(sql);
      result[key] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

test("migrations produce exactly the schema in schema.prisma", async () => {
  const fromMigrationsName = uniqueName("drift_migrations");
  const fromSchemaName = uniqueName("drift_schema");
  names.push(fromMigrationsName, fromSchemaName);
  const fromMigrations = await createDatabase(
    adminUrl,
    fromMigrationsName,
    inject("templateDatabase"),
  );
  const fromSchema = await createDatabase(adminUrl, fromSchemaName);

  const schemaText = await readFile("prisma/schema.prisma", "utf8");
  const ddl = await diffSchemas({ databaseUrl: fromSchema, from: null, to: schemaText });
  expect(ddl).toMatch(/CREATE TABLE "User"/);
  const client = new pg.Client({ connectionString: fromSchema });
  await client.connect();
  await client.query(ddl);
  await client.end();

  const [expected, actual] = await Promise.all([catalog(fromSchema), catalog(fromMigrations)]);
  expect(expected.columns!.length).toBeGreaterThan(50);
  expect(actual).toEqual(expected);
});
