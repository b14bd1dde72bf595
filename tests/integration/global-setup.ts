import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../../src/server/db/embedded";
import { migrate } from "../../src/server/db/migrate";
import { adminUrlFrom, dropDatabase, TEMPLATE_PREFIX, withDatabase } from "./database-urls";

/**
 * One Postgres for the whole run: DATABASE_URL when set, otherwise an embedded one in a temp
 * folder. A template database is migrated once; every test file then gets its own copy.
 */
export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl: string;
  let tmp: string | undefined;
  if (process.env.DATABASE_URL) {
    adminUrl = adminUrlFrom(process.env.DATABASE_URL);
  } else {
    tmp = await mkdtemp(path.join(os.tmpdir(), "trust-steps-test-"));
    await chmod(tmp, 0o755);
    const db = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "pg"),
      password: "test",
      database: "postgres",
    });
    adminUrl = db.adminUrl;
    stopEmbedded = db.stop;
  }
  const templateName = `${TEMPLATE_PREFIX}${process.pid}_${Date.now()}`;
  await createDatabaseIfMissing(adminUrl, templateName);
  await migrate({ databaseUrl: withDatabase(adminUrl, templateName) });
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", templateName);

  return async () => {
    await dropDatabase(adminUrl, templateName).catch(() => {});
    await stopEmbedded?.();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}
