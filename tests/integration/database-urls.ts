import pg from "pg";

export const TEMPLATE_PREFIX = "trust_steps_tmpl_";

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Connect to the maintenance database of the server DATABASE_URL points at. */
export const adminUrlFrom = (url: string) => withDatabase(url, "postgres");

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const dropDatabase = (adminUrl: string, name: string) =>
  adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);

export async function createDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
  await adminQuery(adminUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`);
  return withDatabase(adminUrl, name);
}

export const uniqueName = (prefix: string) =>
  `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
