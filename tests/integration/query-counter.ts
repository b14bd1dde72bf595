import { createAdapter, disconnectDb } from "~/server/db";
import { PrismaClient } from "~/server/db/generated/client";

/**
 * Replaces the app's shared Prisma client with one that records the SQL statements it sends, so
 * a test can show a page makes the same number of queries whatever the amount of data, and that
 * a read writes nothing (see writesAmong).
 */
export async function installQueryCounter() {
  await disconnectDb();
  const client = new PrismaClient({
    adapter: createAdapter(),
    log: [{ emit: "event", level: "query" }],
  });
  const sent: string[] = [];
  const params: string[] = [];
  client.$on("query", (event) => {
    sent.push(event.query);
    params.push(event.params);
  });
  (globalThis as { prisma?: PrismaClient }).prisma = client;
  return async function queriesOf<T>(work: () => Promise<T>) {
    const before = sent.length;
    const result = await work();
    const statements = sent.slice(before);
    // each statement's parameters as Prisma logs them (a JSON array), for EXPLAIN in the bench
    return { result, queries: statements.length, statements, params: params.slice(before) };
  };
}

// Whole words only: "updatedAt" is a column, FOR UPDATE a lock.
const WRITE_OR_LOCK =
  /\b(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|FOR\s+(KEY\s+)?SHARE|pg_(try_)?advisory\w*)\b/i;

/** The statements that change rows or take locks: what a read must never send. */
export const writesAmong = (statements: string[]) =>
  statements.filter((statement) => WRITE_OR_LOCK.test(statement));
