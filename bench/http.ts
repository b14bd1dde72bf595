/**
 * The HTTP benchmark: the production build behind the launcher's web server (scripts/web-server
 * .ts), loaded by autocannon at CONNECTIONS connections for SECONDS per target, each request
 * signed in as one of USERS people in turn. Two references run in the same pass: the framework's
 * floor (/signed-in: the session check and one line) and a bare node:http + pg server answering
 * the portal home as JSON (bench/bare-server.ts). Figures, printed next to the goals.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { PRIVACY_NOTICE, THERAPIST_TERMS } from "../src/lib/notices";
import { CLIENTS_PER_THERAPIST } from "./seed";

export const CONNECTIONS = 10;
export const SECONDS = 20;
const WARM_UP_SECONDS = 3;
/** Turns a target and its reference take (SECONDS / ROUNDS each per turn). */
const ROUNDS = 4;
export const USERS = 50;
const SECRET = "bench-only-secret-that-signs-nothing-000";
const IDLE_MINUTES = 60;

const require = createRequire(import.meta.url);

export type TSignedIn = {
  clients: { userId: string; sessionId: string; cookie: string }[];
  therapists: { userId: string; sessionId: string; cookie: string }[];
};

/**
 * USERS clients (one per therapist's caseload, c1, c31, …) and USERS therapists signed in: a
 * session row each, the notice of their role agreed to, and the cookie next-auth would set.
 */
export async function signInBenchUsers(url: string): Promise<TSignedIn> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const people = (prefix: string, step: number) =>
      Array.from({ length: USERS }, (_, i) => `${prefix}${1 + i * step}`);
    const clients = people("c", CLIENTS_PER_THERAPIST);
    const therapists = people("t", 1);
    await db.query(
      `INSERT INTO "Session" (id, "userId", "expiresAt", "userAgent")
       SELECT 'bench-' || u, u, now() + interval '1 day', 'autocannon' FROM unnest($1::text[]) u;
       `.trim(),
      [[...clients, ...therapists]],
    );
    for (const [ids, notice] of [
      [clients, PRIVACY_NOTICE],
      [therapists, THERAPIST_TERMS],
    ] as const) {
      await db.query(
        `INSERT INTO "Consent" (id, "userId", document, version)
         SELECT 'bench-' || u, u, $2::"ConsentDocument", $3 FROM unnest($1::text[]) u`,
        [ids, notice.document, notice.version],
      );
    }
    const withCookies = (ids: string[]) =>
      Promise.all(
        ids.map(async (userId) => {
          const sessionId = `bench-${userId}`;
          const token = await encode({ token: { sub: userId, sid: sessionId }, secret: SECRET });
          return { userId, sessionId, cookie: `next-auth.session-token=${token}` };
        }),
      );
    return { clients: await withCookies(clients), therapists: await withCookies(therapists) };
  } finally {
    await db.end();
  }
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The app's production web server, as `npm start` runs it, on `port`. */
export async function startAppServer(url: string, port: number, extraNodeArgs: string[] = []) {
  const child = spawn(
    process.execPath,
    [...extraNodeArgs, "--import", "tsx", "scripts/web-server.ts"],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        TSX_TSCONFIG_PATH: "scripts/tsconfig.json",
        PORT: String(port),
        DATABASE_URL: url,
        AUTH_SECRET: SECRET,
        APP_URL: `http://localhost:${port}`,
        SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
      },
    },
  );
  await waitFor(`http://localhost:${port}/sign-in`, child);
  return { base: `http://localhost:${port}`, stop: () => stopChild(child) };
}

async function startBareServer(url: string, port: number) {
  const child = spawn(
    process.execPath,
    [require.resolve("tsx/cli"), "bench/bare-server.ts", String(port), url, String(IDLE_MINUTES)],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  await waitFor(`http://localhost:${port}/`, child);
  return { base: `http://localhost:${port}`, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

export type TTarget = {
  label: string;
  base: string;
  /** The i-th request's path and headers (i runs over the USERS people in turn). */
  request: (i: number) => { path: string; headers: Record<string, string> };
  /** Text the answer must hold: a page that redirects or refuses is not measured. */
  expect: string;
};

export type THttpFigures = { requestsPerSecond: number; p50: number; p95: number; p99: number };

/** What one run of autocannon on `target` measured: each answer's time, over `seconds`. */
type TSamples = { latencies: number[]; seconds: number };

export async function load(target: TTarget, seconds: number): Promise<THttpFigures> {
  return figuresOf([await loadSamples(target, seconds)]);
}

async function loadSamples(target: TTarget, seconds: number): Promise<TSamples> {
  let n = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.base,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => {
              const { path, headers } = target.request(n++ % USERS);
              return { ...req, path, headers: { ...req.headers, ...headers } };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${target.label}: ${result.non2xx} answers not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return { latencies, seconds };
}

/** Several runs' answers as one: requests/s over their time together, percentiles over all. */
function figuresOf(runs: TSamples[]): THttpFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

/** Every person's request answers 200 with the expected text, before anything is timed. */
async function check(target: TTarget) {
  for (let i = 0; i < USERS; i++) {
    const { path, headers } = target.request(i);
    const response = await fetch(target.base + path, { headers, redirect: "manual" });
    const text = await response.text();
    if (response.status !== 200 || !text.includes(target.expect)) {
      throw new Error(`${target.label} for person ${i}: ${response.status}, no "${target.expect}"`);
    }
  }
}

export type THttpRow = {
  label: string;
  figures: THttpFigures;
  reference?: string;
  goal?: string;
  met?: boolean;
};

/** The benchmark's targets on the app at `app` and the bare server at `bare`. */
export function benchTargets(signedIn: TSignedIn, app: string, bare: string) {
  const client = (i: number) => signedIn.clients[i]!;
  const therapist = (i: number) => signedIn.therapists[i]!;
  const asClient = (path: (i: number) => string) => (i: number) => ({
    path: path(i),
    headers: { cookie: client(i).cookie },
  });
  const g = (i: number) => client(i).userId.slice(1);
  const floor: TTarget = {
    label: "framework floor (/signed-in)",
    base: app,
    request: asClient(() => "/signed-in"),
    expect: "Signed in as",
  };
  const bareTarget: TTarget = {
    label: "bare node:http + pg (home JSON)",
    base: bare,
    request: (i) => ({ path: "/", headers: { "x-bench-session": client(i).sessionId } }),
    expect: '"today"',
  };
  const pages: TTarget[] = [
    {
      label: "portal home (/portal)",
      base: app,
      request: asClient(() => "/portal"),
      expect: "Today",
    },
    {
      label: "a worksheet page",
      base: app,
      request: asClient((i) => `/portal/worksheets/o${g(i)}-1-14`),
      expect: "</main>",
    },
    {
      label: "caseload (/therapist)",
      base: app,
      request: (i) => ({ path: "/therapist", headers: { cookie: therapist(i).cookie } }),
      expect: "Client ",
    },
  ];
  const trpc: TTarget = {
    label: "portal.home over tRPC",
    base: app,
    request: asClient(() => "/api/trpc/portal.home"),
    expect: '"today"',
  };
  return { floor, bareTarget, pages, trpc };
}

/** Runs the HTTP benchmark on the seeded database at `url`. */
export async function httpRuns(url: string, signedIn: TSignedIn, port = 3390): Promise<THttpRow[]> {
  const app = await startAppServer(url, port);
  const bare = await startBareServer(url, port + 1);
  try {
    const { floor, bareTarget, pages, trpc } = benchTargets(signedIn, app.base, bare.base);
    const all = [floor, bareTarget, ...pages, trpc];
    for (const target of all) await check(target);
    /**
     * A target's requests/s as a share of its reference's, against the issue's goal. This
     * shared machine's speed drifts within minutes, so the two take turns: ROUNDS runs each,
     * alternating, SECONDS in all for each. Two rows, the reference's and the target's.
     */
    const compared = async (
      target: TTarget,
      reference: TTarget,
      name: string,
      share: number,
      maxP95?: number,
    ): Promise<THttpRow[]> => {
      await load(reference, WARM_UP_SECONDS);
      await load(target, WARM_UP_SECONDS);
      const referenceRuns: TSamples[] = [];
      const targetRuns: TSamples[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        referenceRuns.push(await loadSamples(reference, SECONDS / ROUNDS));
        targetRuns.push(await loadSamples(target, SECONDS / ROUNDS));
      }
      const before = figuresOf(referenceRuns);
      const figures = figuresOf(targetRuns);
      const ratio = figures.requestsPerSecond / before.requestsPerSecond;
      return [
        { label: reference.label, figures: before },
        {
          label: target.label,
          figures,
          reference: `${Math.round(ratio * 100)}% of ${name}`,
          goal: `>= ${share * 100}% of ${name}${maxP95 ? `, p95 < ${maxP95} ms` : ""}`,
          met: ratio >= share && (maxP95 === undefined || figures.p95 < maxP95),
        },
      ];
    };
    const rows: THttpRow[] = [];
    for (const page of pages) rows.push(...(await compared(page, floor, "floor", 0.6, 150)));
    rows.push(...(await compared(trpc, bareTarget, "bare", 0.5)));
    return rows;
  } finally {
    await app.stop();
    await bare.stop();
  }
}

export function printHttpTable(rows: THttpRow[]) {
  console.log(
    `HTTP: ${CONNECTIONS} connections x ${SECONDS} s per target, ${USERS} signed-in people in turn, production build; each target and its reference take ${ROUNDS} turns of ${SECONDS / ROUNDS} s`,
  );
  console.log(
    `${"".padEnd(32)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)}  ${"vs reference".padEnd(14)} goal`,
  );
  for (const { label, figures: f, reference, goal, met } of rows) {
    console.log(
      `${label.padEnd(32)} ${f.requestsPerSecond.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.p99.toFixed(1).padStart(7)}  ${(reference ?? "reference").padEnd(14)} ${goal ? `${goal}: ${met ? "met" : "NOT met"}` : ""}`,
    );
  }
}
