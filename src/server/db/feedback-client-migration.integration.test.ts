import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, test } from "vitest";
import { createDatabase, dropDatabase, uniqueName } from "../../../tests/integration/database-urls";
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "./migrate";

const adminUrl = inject("adminUrl");
const name = uniqueName("feedback_client");
afterAll(() => dropDatabase(adminUrl, name));

// Feedback written before Feedback.clientId existed must get the client of its submission or
// attempt, or the NOT NULL step fails and the deploy stops.
test("feedback from before the clientId column is given its submission's or attempt's client", async () => {
  const url = await createDatabase(adminUrl, name);
  const all = await readMigrations(DEFAULT_MIGRATIONS_DIR);
  const target = all.findIndex((m) => m.name.endsWith("_feedback_client"));
  expect(target).toBeGreaterThan(0);
  const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-before-"));
  for (const m of all.slice(0, target)) {
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, m.name), path.join(dir, m.name), {
      recursive: true,
    });
  }
  await migrate({ databaseUrl: url, migrationsDir: dir });
  await rm(dir, { recursive: true, force: true });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES
        ('t', 't@example.test', 'T', 'THERAPIST', now()),
        ('c1', 'c1@example.test', 'C1', 'CLIENT', now()),
        ('c2', 'c2@example.test', 'C2', 'CLIENT', now());
      INSERT INTO "Assignment" (id, "therapistId", "clientId", "templateVersion", kind, title,
                                content, "timeZone", "startsAt", "updatedAt") VALUES
        ('w', 't', 'c1', 1, 'WORKSHEET', 'W', '{}', 'UTC', now(), now()),
        ('l', 't', 'c2', 1, 'LADDER', 'L', '{}', 'UTC', now(), now());
      INSERT INTO "Occurrence" (id, "assignmentId", "dueAt") VALUES ('o', 'w', now());
      INSERT INTO "Submission" (id, "occurrenceId", "clientId", content, "updatedAt")
        VALUES ('s', 'o', 'c1', '{}', now());
      INSERT INTO "StepAttempt" (id, "assignmentId", "stepId", "clientId", prediction,
                                 "predictionConfidence", "distressBefore") VALUES
        ('a', 'l', 'step-1', 'c2', 'They will laugh', 50, 40);
      INSERT INTO "Feedback" (id, "submissionId", "authorId", body) VALUES ('fs', 's', 't', 'On a worksheet');
      INSERT INTO "Feedback" (id, "attemptId", "authorId", body) VALUES ('fa', 'a', 't', 'On an attempt');
    `);
  } finally {
    await client.end();
  }

  const { applied } = await migrate({ databaseUrl: url });
  expect(applied).toEqual(all.slice(target).map((m) => m.name));

  const check = new pg.Client({ connectionString: url });
  await check.connect();
  try {
    const { rows } = await check.query<{ id: string; clientId: string }>(
      `SELECT id, "clientId" FROM "Feedback" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "fa", clientId: "c2" },
      { id: "fs", clientId: "c1" },
    ]);
  } finally {
    await check.end();
  }
});
