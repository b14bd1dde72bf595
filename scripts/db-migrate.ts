/** npm run db:migrate: apply pending migrations to DATABASE_URL (or the embedded database). */
import { migrate } from "../src/server/db/migrate";
import { withToolDatabase } from "./lib/tool-database";

withToolDatabase(async (databaseUrl) => {
  const { applied } = await migrate({ databaseUrl, log: (line) => console.log(line) });
  console.log(
    applied.length ? `${applied.length} migration(s) applied` : "database schema is up to date",
  );
}).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
