import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on offline machines; `prisma generate`
// does not need it. Migrations are applied by scripts/db-migrate.ts, never by `prisma migrate`.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
