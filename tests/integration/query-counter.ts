import { PrismaPg } from "@prisma/adapter-pg";
import { getDatabaseEnv } from "~/env";
import { disconnectDb } from "~/server/db";
import { PrismaClient } from "~/server/db/generated/client";

/**
 * Replaces the app's shared Prisma client with one that counts the SQL statements it sends, so
 * a test can show a page makes the same number of queries whatever the amount of data.
 */
export async function installQueryCounter() {
  await disconnectDb();
  const { DATABASE_URL, DATABASE_POOL_SIZE } = getDatabaseEnv();
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE }),
    log: [{ emit: "event", level: "query" }],
  });
  let sent = 0;
  client.$on("query", () => {
    sent += 1;
  });
  (globalThis as { prisma?: PrismaClient }).prisma = client;
  return async function queriesOf<T>(work: () => Promise<T>) {
    const before = sent;
    const result = await work();
    return { result, queries: sent - before };
  };
}
