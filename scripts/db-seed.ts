/** npm run db:seed: add the demo accounts and their sample homework (idempotent). */
import { isLocalUrl } from "../src/env";
import { withToolDatabase } from "./lib/tool-database";

const appUrl = process.env.APP_URL || "http://localhost:3000";
if (process.env.NODE_ENV === "production" && !isLocalUrl(appUrl)) {
  // The demo accounts share a published password: never on an instance others can reach.
  console.error(
    `npm run db:seed adds demo accounts with a published password; not in production at ${appUrl}.`,
  );
  process.exit(1);
}

withToolDatabase(async (databaseUrl) => {
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoData, DEMO_CLIENT, DEMO_THERAPIST, DEMO_PASSWORD } =
    await import("../prisma/seed/demo");
  await seedDemoData();
  const { disconnectDb } = await import("../src/server/db");
  await disconnectDb();
  console.log(
    `demo data seeded: ${DEMO_THERAPIST.email} / ${DEMO_CLIENT.email}, password ${DEMO_PASSWORD}`,
  );
}).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
