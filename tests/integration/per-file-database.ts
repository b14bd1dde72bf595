import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueName } from "./database-urls";

/**
 * Runs before each integration test file: a private database copied from the migrated template,
 * so files run in parallel without seeing each other's rows.
 */
const adminUrl = inject("adminUrl");
const name = uniqueName("trust_steps_test");
process.env.DATABASE_URL = await createDatabase(adminUrl, name, inject("templateDatabase"));
process.env.AUTH_SECRET = "integration-test-secret-of-sufficient-length";
process.env.APP_URL = "http://localhost:3000";
process.env.DATABASE_POOL_SIZE = "5";

afterAll(async () => {
  const { disconnectDb } = await import("~/server/db");
  await disconnectDb();
  await dropDatabase(adminUrl, name);
});
