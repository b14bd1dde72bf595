import pg from "pg";
import { expect, test } from "vitest";

/**
 * Every foreign key has an index that starts with its columns: access checks join along them,
 * and a cascading delete of a user would otherwise scan whole tables.
 */
test("every foreign key is the leading part of an index", async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; columns: string }>(`
      SELECT c.conrelid::regclass::text AS table_name,
             array_to_string(c.conkey, ',') AS columns
      FROM pg_constraint c
      WHERE c.contype = 'f'
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
        )`);
    expect(rows).toEqual([]);
    const { rows: all } = await client.query("SELECT 1 FROM pg_constraint WHERE contype = 'f'");
    expect(all.length).toBeGreaterThan(15);
  } finally {
    await client.end();
  }
});
