/**
 * npm run bench [bundles] [queries] [reminders] [http] [lighthouse] (all when none is named):
 * seeds a large caseload with homework in a throwaway embedded Postgres (or a
 * fresh database on DATABASE_URL's server) and reports the latency and SQL statement count of
 * the app's reads (Prisma, as the pages do them) next to hand-written SQL over bare `pg` that
 * returns the same data, measured in the same run: the therapist's caseload dashboard (200
 * clients) with its query plan, a client's progress page (a year of history), and the client's
 * portal home. Then the reminder run (bench/reminders.ts): 10,000 due reminders sent by one
 * worker, next to nodemailer alone. Then the production build (built first when the code
 * changed): its first-load JavaScript per page (bench/bundles.ts), an HTTP benchmark against the
 * framework's floor and a bare server (bench/http.ts) and Lighthouse on eight pages
 * (bench/lighthouse.ts), each with issue 13's goals marked met or not. Figures, not assertions:
 * compare the columns, and runs over time. `npm run bench -- http` runs only that part.
 */
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import type { TClientActor } from "../src/server/auth/actor";
import { migrate } from "../src/server/db/migrate";
import { benchDatabase } from "./database";
import { ITERATIONS, printTable, time } from "./measure";
import {
  BIG_CLIENTS,
  BIG_THERAPIST,
  BIG_ZONE,
  baselineCaseload,
  printPlans,
  YEAR_CLIENT,
} from "./dashboard";
import { benchPgTypes } from "./pg-types";
import { baselinePortalHome, describeSections } from "./portal";
import { baselineProgress } from "./progress";
import { buildIsCurrent } from "../scripts/lib/build-stamp";
import { runNextBuild } from "../scripts/lib/next-build";
import { printBundleTable } from "./bundles";
import {
  benchTargets,
  httpRuns,
  printHttpTable,
  signInBenchUsers,
  startAppServer,
  type TSignedIn,
} from "./http";
import { printProfile, profileTarget } from "./profile";
import { lighthouseRuns, printLighthouseTable } from "./lighthouse";
import { printReminderTable, reminderRuns } from "./reminders";
import { CLIENTS, clientTimeZone, seed } from "./seed";

/** Clients whose home the baseline must match exactly (checked once, untimed). */
const CHECKED_CLIENTS = 50;

/** The i-th client measured: 37 is prime to CLIENTS, so runs spread over distinct clients. */
function clientActor(i: number): TClientActor {
  const g = 1 + ((i * 37) % CLIENTS);
  return {
    userId: `c${g}`,
    sessionId: "bench",
    role: "CLIENT",
    name: `Client ${g}`,
    email: `client${g}@bench.test`,
    timeZone: clientTimeZone(g),
    needsConsent: false,
    twoStepOn: false,
  };
}

const PARTS = ["bundles", "queries", "reminders", "http", "lighthouse", "profile"] as const;

function benchParts(args: string[]): Set<string> {
  const unknown = args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0)
    throw new Error(`unknown part ${unknown.join(", ")}: ${PARTS.join(", ")}`);
  return new Set(args.length > 0 ? args : PARTS);
}

/** Lighthouse on the pages of issue 13, as the bench's first client and therapist. */
async function lighthouseOnBench(url: string, signedIn: TSignedIn) {
  const app = await startAppServer(url, 3392);
  try {
    const client = signedIn.clients[0]!;
    const therapist = signedIn.therapists[0]!;
    const g = client.userId.slice(1);
    return await lighthouseRuns(app.base, [
      { label: "landing (/)", path: "/" },
      { label: "sign-in", path: "/sign-in" },
      { label: "portal home", path: "/portal", cookie: client.cookie },
      { label: "a worksheet", path: `/portal/worksheets/o${g}-1-14`, cookie: client.cookie },
      { label: "a ladder", path: `/portal/ladders/a${g}-l`, cookie: client.cookie },
      { label: "caseload", path: "/therapist", cookie: therapist.cookie },
      {
        label: "a client page",
        path: `/therapist/clients/${client.userId}`,
        cookie: therapist.cookie,
      },
      { label: "template library", path: "/therapist/templates", cookie: therapist.cookie },
    ]);
  } finally {
    await app.stop();
  }
}

/** The app's reads next to hand-written SQL: caseload, progress, portal home (see above). */
async function queryRuns(url: string, now: Date) {
  const { listCaseload } = await import("../src/features/clients/data");
  const { getPortalHome } = await import("../src/features/portal/data");
  const { getClientProgress } = await import("../src/features/progress/data/charts");
  const { listTimeline } = await import("../src/features/progress/data/timeline");
  // JIT off, as on the app's connections (SESSION_OPTIONS in src/server/db.ts).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: benchPgTypes,
    options: "-c jit=off",
  });
  // When a run fails, stopping the database ends idle connections: not a second failure.
  pool.on("error", () => {});
  let baselineSent = 0;
  const query = (text: string, values: unknown[]) => (baselineSent++, pool.query(text, values));

  // Same data: every section of the baseline equals the app's, item for item.
  const sectionCounts: string[] = [];
  for (let i = 0; i < CHECKED_CLIENTS; i++) {
    const client = clientActor(i);
    const [app, baseline] = await Promise.all([
      getPortalHome(client, now),
      baselinePortalHome(query, client, now),
    ]);
    if (!isDeepStrictEqual(app, baseline)) {
      const section = Object.keys(app).find(
        (k) => !isDeepStrictEqual(app[k as keyof typeof app], baseline[k as keyof typeof app]),
      );
      throw new Error(
        `baseline portal home differs from the app's for ${client.userId} (${section})`,
      );
    }
    if (i < 2) sectionCounts.push(`${client.userId}: ${describeSections(app)}`);
  }

  // The dashboard: the same figures from both before timing (bench/dashboard.ts).
  const bigTherapist = { userId: BIG_THERAPIST, timeZone: BIG_ZONE };
  const progressInput = { clientId: YEAR_CLIENT, weekStartsOn: 1 as const };
  const calendar = { timeZone: BIG_ZONE, weekStartsOn: 1 as const, now };
  const appCaseload = await listCaseload(BIG_THERAPIST, { flaggedOnly: false }, now);
  const baseCaseload = await baselineCaseload(query, BIG_THERAPIST, now);
  if (!isDeepStrictEqual(appCaseload.items, baseCaseload)) {
    console.error({ app: appCaseload.items[0], baseline: baseCaseload[0] });
    throw new Error("baseline caseload differs from the app's");
  }
  const appProgress = async () => {
    const [p, timeline] = await Promise.all([
      getClientProgress(bigTherapist, progressInput, now),
      listTimeline(bigTherapist, progressInput),
    ]);
    return { p, timeline };
  };
  const { p: progress, timeline } = await appProgress();
  const baseProgress = await baselineProgress(query, BIG_THERAPIST, YEAR_CLIENT, calendar);
  const { client: _client, timeZone: _zone, weekStartsOn: _week, ...figures } = progress;
  if (
    !isDeepStrictEqual(figures, baseProgress.figures) ||
    !isDeepStrictEqual(timeline, baseProgress.timeline)
  ) {
    const differs = Object.keys(figures).filter(
      (k) =>
        !isDeepStrictEqual(
          figures[k as keyof typeof figures],
          baseProgress.figures[k as keyof typeof figures],
        ),
    );
    console.error("differs:", differs.length > 0 ? differs : ["timeline"]);
    throw new Error("baseline progress differs from the app's");
  }
  const caseloadBaseline = await time(() => baselineCaseload(query, BIG_THERAPIST, now));
  const caseloadApp = await time(() => listCaseload(BIG_THERAPIST, { flaggedOnly: false }, now));
  const progressBaseline = await time(() =>
    baselineProgress(query, BIG_THERAPIST, YEAR_CLIENT, calendar),
  );
  const progressApp = await time(() => appProgress());
  const portalBaseline = await time((i) => baselinePortalHome(query, clientActor(i), now));
  const portalApp = await time((i) => getPortalHome(clientActor(i), now));

  const sentBefore = baselineSent;
  await baselinePortalHome(query, clientActor(0), now);
  const baselinePortalQueries = baselineSent - sentBefore;
  // Counting goes through Prisma's query events (tests' helper): after timing, as logging costs.
  const { installQueryCounter } = await import("../tests/integration/query-counter");
  const queriesOf = await installQueryCounter();
  const caseload = await queriesOf(() => listCaseload(BIG_THERAPIST, { flaggedOnly: false }, now));
  const progressQueries = await queriesOf(() => appProgress());
  const sentBeforeProgress = baselineSent;
  await baselineProgress(query, BIG_THERAPIST, YEAR_CLIENT, calendar);
  const baselineProgressQueries = baselineSent - sentBeforeProgress;
  const portal = await queriesOf(() => getPortalHome(clientActor(0), now));

  const n = (x: number) => x.toLocaleString("en-US");
  console.log(
    `caseload dashboard: one therapist, ${BIG_CLIENTS} active clients x 20 worksheets x 30 due dates and a ladder, first page of ${caseload.result.items.length}, ${ITERATIONS} runs; baseline equals the app`,
  );
  console.log(
    `client progress: a year of history (${progress.ladders.reduce((n, l) => n + l.steps.reduce((m, s) => m + s.attempts.length, 0), 0)} attempts, ${progress.scales.reduce((n, s) => n + s.points.length, 0)} ratings), charts and the timeline's first page; baseline equals the app`,
  );
  console.log(
    `portal home: ${n(CLIENTS)} clients, ${ITERATIONS} runs over distinct clients; baseline equals the app for ${CHECKED_CLIENTS} clients; items shown (+: more pages)`,
  );
  for (const line of sectionCounts) console.log(`  ${line}`);
  printTable([
    { label: "caseload baseline (bare pg)", queries: 1, summary: caseloadBaseline },
    { label: "caseload app (clients.list)", queries: caseload.queries, summary: caseloadApp },
    {
      label: "progress baseline (bare pg)",
      queries: baselineProgressQueries,
      summary: progressBaseline,
    },
    {
      label: "progress app (+ timeline)",
      queries: progressQueries.queries,
      summary: progressApp,
    },
    {
      label: "portal baseline (bare pg)",
      queries: baselinePortalQueries,
      summary: portalBaseline,
    },
    { label: "portal app (getPortalHome)", queries: portal.queries, summary: portalApp },
  ]);
  console.log("");
  await printPlans("caseload", pool, caseload);
  console.log("");
  await printPlans("portal home", pool, portal);
  console.log("");
  await pool.end();
}

async function main() {
  // As in npm start and npm run worker: React's production build renders the emails.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const now = new Date();
  const { url, stop } = await benchDatabase();
  try {
    await migrate({ databaseUrl: url });
    const seedStart = performance.now();
    const rows = await seed(url, now);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    // The workers read the app's whole environment; nothing here signs anyone in.
    Object.assign(process.env, {
      DATABASE_URL: url,
      AUTH_SECRET: "bench-only-secret-that-signs-nothing-000",
      APP_URL: "http://localhost:3000",
    });
    const { getEnv } = await import("../src/env");
    const concurrency = getEnv().WORKER_CONCURRENCY;
    const wanted = benchParts(process.argv.slice(2));
    const n = (x: number) => x.toLocaleString("en-US");
    console.log(
      `seeded in ${seedSeconds.toFixed(1)} s: ${Object.entries(rows)
        .map(([k, v]) => `${n(v)} ${k}`)
        .join(", ")}`,
    );
    const usesBuild = ["bundles", "http", "profile", "lighthouse"].some((part) => wanted.has(part));
    if (usesBuild && !buildIsCurrent()) {
      console.log("building the app (the code changed since the last build)…");
      await runNextBuild();
    }
    if (wanted.has("bundles")) {
      console.log("");
      printBundleTable();
    }
    if (wanted.has("queries")) {
      console.log("");
      await queryRuns(url, now);
    }
    if (wanted.has("reminders")) {
      console.log("");
      printReminderTable(await reminderRuns(url, now, concurrency), concurrency);
    }
    if (["http", "lighthouse", "profile"].some((part) => wanted.has(part))) {
      const signedIn = await signInBenchUsers(url);
      if (wanted.has("http")) {
        console.log("");
        printHttpTable(await httpRuns(url, signedIn));
      }
      if (wanted.has("profile")) {
        console.log("");
        const of = (app: string) => benchTargets(signedIn, app, "");
        printProfile(
          "portal home page",
          await profileTarget(url, (app) => of(app).pages[0]!, 3393),
        );
        printProfile("caseload page", await profileTarget(url, (app) => of(app).pages[2]!, 3393));
        printProfile(
          "portal.home over tRPC",
          await profileTarget(url, (app) => of(app).trpc, 3393),
        );
        printProfile("framework floor", await profileTarget(url, (app) => of(app).floor, 3393));
      }
      if (wanted.has("lighthouse")) {
        console.log("");
        printLighthouseTable(await lighthouseOnBench(url, signedIn));
      }
    }
    const { disconnectDb } = await import("../src/server/db");
    await disconnectDb();
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
