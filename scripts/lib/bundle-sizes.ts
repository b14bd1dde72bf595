/**
 * First-load JavaScript per page of a production build, as the browser receives it: the chunks
 * Next lists for each route in .next/diagnostics/route-bundle-stats.json, each gzipped at zlib's
 * default level as the server sends it. Read by the budget test (e2e/bundle-budget.spec.ts) and
 * by `npm run bench`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type TRouteBundle = { route: string; bytes: number; gzipBytes: number };

/** Every page route of the build in `distDir`'s parent project, largest first. */
export function routeBundles(projectDir = process.cwd()): TRouteBundle[] {
  const stats = JSON.parse(
    readFileSync(path.join(projectDir, ".next/diagnostics/route-bundle-stats.json"), "utf8"),
  ) as { route: string; firstLoadChunkPaths: string[] }[];
  const gzipped = new Map<string, number>();
  const gzipOf = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(projectDir, chunk))).length;
      gzipped.set(chunk, size);
    }
    return size;
  };
  return stats
    .map(({ route, firstLoadChunkPaths }) => ({
      route,
      bytes: firstLoadChunkPaths.reduce(
        (sum, chunk) => sum + readFileSync(path.join(projectDir, chunk)).length,
        0,
      ),
      gzipBytes: firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipOf(chunk), 0),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** Issue 13's goals: the client portal and public pages load on phones, therapist pages less so. */
export const PORTAL_AND_PUBLIC_GOAL = 150_000;
export const THERAPIST_GOAL = 175_000;

export function goalFor(route: string): number {
  return route === "/therapist" || route.startsWith("/therapist/")
    ? THERAPIST_GOAL
    : PORTAL_AND_PUBLIC_GOAL;
}

/**
 * Pages still over their goal, each with the ceiling it must not grow past (what it weighed when
 * listed, rounded up to the next kB); a page leaves this list when it meets its goal. Each holds a
 * form: react-hook-form (13.7 kB) renders it, on top of the 139.6 kB of a page with a link
 * (React DOM, Next's runtime, next/link). Zod and the schemas load with a form's first check
 * (components/ui/form.tsx); a worksheet's autosave, its tab copies and the tRPC client its last
 * save on leaving needs come with the page (about 22 kB more).
 */
export const OVER_GOAL: Record<string, number> = {
  "/email-settings/[token]": 158000,
  "/forgot-password": 157000,
  "/invite/[token]": 159000,
  "/portal/ladders/[assignmentId]": 164000,
  "/portal/ladders/[assignmentId]/steps/[stepId]": 160000,
  "/portal/safety-plan/edit": 159000,
  "/portal/settings": 161000,
  "/portal/worksheets/[occurrenceId]": 176000,
  "/reset-password/[token]": 157000,
  "/sign-in": 158000,
  "/sign-in/email-link": 157000,
  "/sign-up": 159000,
  "/sign-up/[token]": 158000,
};

export function budgetFor(route: string): number {
  return OVER_GOAL[route] ?? goalFor(route);
}
