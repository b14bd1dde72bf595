import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Migration SQL from Prisma's schema engine compiled to WebAssembly, which runs offline (the
 * native engine is a download). Its API is internal to Prisma: this file is the only caller,
 * pinned to the exact @prisma/schema-engine-wasm version in package.json, and covered by
 * src/server/db/schema-drift.integration.test.ts.
 */

type DiffSide =
  { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };
type Engine = {
  diff(params: object): Promise<{ exitCode: number; stdout: string }>;
};

const require = createRequire(import.meta.url);

let enginePromise: Promise<Engine> | undefined;

async function loadEngine(databaseUrl: string, schemaText: string): Promise<Engine> {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      throw new Error(`Prisma schema engine panicked: ${message}`);
    },
  };
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString: databaseUrl }),
  );
  return bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {},
    adapter,
  ) as Promise<Engine>;
}

const side = (schemaText: string | null): DiffSide =>
  schemaText === null
    ? { tag: "empty" }
    : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] };

/**
 * SQL that turns a database shaped by `from` (null: an empty database) into one shaped by `to`.
 * The engine wants a reachable database for its adapter, though a schema-to-schema diff never
 * reads it.
 */
export async function diffSchemas(options: {
  databaseUrl: string;
  from: string | null;
  to: string;
}): Promise<string> {
  enginePromise ??= loadEngine(options.databaseUrl, options.to);
  const engine = await enginePromise;
  const result = await engine.diff({
    from: side(options.from),
    to: side(options.to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout;
}
