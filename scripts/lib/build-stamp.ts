import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A fingerprint of everything `next build` reads, so `npm start` rebuilds only after a change.
 */
const INPUTS = [
  "src",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "prisma/schema.prisma",
];
const STAMP = ".next/source-stamp";

function* walk(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (!stat.isDirectory()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === "generated" || name.endsWith(".test.ts")) continue;
    yield* walk(path.join(entry, name));
  }
}

export function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of walk(input)) {
      const stat = statSync(file);
      hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    existsSync(".next/BUILD_ID") &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === sourceStamp()
  );
}

export function writeBuildStamp(): void {
  writeFileSync(STAMP, sourceStamp());
}
