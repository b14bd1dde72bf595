import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { getDatabaseEnv } from "~/env";
import { PrismaClient } from "./db/generated/client";

export { Prisma } from "./db/generated/client";
export type { PrismaClient } from "./db/generated/client";

/**
 * Settings of every app connection. JIT off: the app sends short queries, and Postgres compiles
 * one whose estimated cost passes jit_above_cost (the caseload's many small per-client counts
 * do) in about 100 ms, several times what running it takes.
 */
const SESSION_OPTIONS = "-c jit=off";

/**
 * Every statement is prepared once per connection, named by its text, as Prisma's earlier engine
 * did: Postgres then parses it once and, after a few runs, plans it once (the portal home's
 * statement took longer to plan than to run). Behind PgBouncer in transaction mode this needs
 * PgBouncer 1.21 or later with `max_prepared_statements` set.
 */
const ADAPTER_OPTIONS = {
  statementNameGenerator: ({ sql }: { sql: string }) =>
    `s${createHash("sha1").update(sql).digest("base64url")}`,
} satisfies ConstructorParameters<typeof PrismaPg>[1];

/** The connection pool of every client the app makes (and the tests' query counter). */
export function createAdapter() {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = getDatabaseEnv();
  return new PrismaPg(
    { connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE, options: SESSION_OPTIONS },
    ADAPTER_OPTIONS,
  );
}

// One client per process, kept on globalThis so dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForDb.prisma) {
    globalForDb.prisma = new PrismaClient({ adapter: createAdapter() });
  }
  return globalForDb.prisma;
}

/** The shared Prisma client, created on first use (never at import: builds have no database). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, key) {
    const client = getClient();
    const value = Reflect.get(client, key, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb() {
  await globalForDb.prisma?.$disconnect();
  globalForDb.prisma = undefined;
}
