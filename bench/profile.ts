/**
 * Where a request's time goes: the production server run with --cpu-prof while autocannon loads
 * one target, its profile then summed by what each sample was doing (the innermost frame that
 * names a part: database client, React render, serialisation, Next's own code, the app's code).
 * The session check has no part of its own: next-auth and the app's modules are bundled into
 * the build's chunks, so its JWT decoding counts as app code and its query as database client.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load, startAppServer, type TTarget } from "./http";

type TNode = {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
};
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

/** Now on the monotonic clock the profile's timestamps use (microseconds). */
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

/** First match from the innermost frame outwards decides; order matters for shared code. */
const PARTS: [string, (frame: TNode["callFrame"]) => boolean][] = [
  ["idle", (f) => f.functionName === "(idle)"],
  ["garbage collection", (f) => f.functionName === "(garbage collector)"],
  ["database client (Prisma, pg)", (f) => /@prisma|\/pg\/|pg-protocol|adapter-pg/.test(f.url)],
  [
    "serialisation (superjson, JSON)",
    (f) => /superjson|copy-anything/.test(f.url) || /^(stringify|parse)$/.test(f.functionName),
  ],
  [
    "React render (HTML, RSC payload)",
    (f) => /react-dom|react-server|app-page.*runtime/.test(f.url),
  ],
  ["Next.js server (routing, handler)", (f) => /next\/dist/.test(f.url)],
  ["app code", (f) => /\.next\/server/.test(f.url)],
];
const NODE_PART = "node (http, streams, crypto)";
const isNode = (f: TNode["callFrame"]) => f.url.startsWith("node:") || f.url === "";

/** The samples taken between `from` and `to` (the measured load, not start-up) summed. */
function summariseProfile(profile: TProfile, from: number, to: number) {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const partOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = partOf.get(id);
    if (known) return known;
    // Node's own frames (crypto, streams) count for whoever called them.
    let part = isNode(byId.get(id)!.callFrame) ? NODE_PART : "other";
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const match = PARTS.find(([, test]) => test(frame));
      if (match) {
        part = match[0];
        break;
      }
    }
    partOf.set(id, part);
    return part;
  };
  const inWindow: { id: number; dt: number }[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (at >= from && at <= to) inWindow.push({ id, dt });
  });
  if (inWindow.length === 0) throw new Error("no profile samples while the load ran");
  const totals = new Map<string, number>();
  let all = 0;
  for (const { id, dt } of inWindow) {
    totals.set(classify(id), (totals.get(classify(id)) ?? 0) + dt);
    all += dt;
  }
  const self = new Map<string, number>();
  inWindow.forEach(({ id, dt }) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    const where = url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/");
    const key = `${functionName || "(anonymous)"} ${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return {
    parts: [...totals]
      .map(([part, t]) => ({ part, share: t / all }))
      .sort((a, b) => b.share - a.share),
    /** The functions with the most time of their own, for a closer look. */
    top: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([frame, t]) => ({ frame, share: t / all })),
  };
}

/** `pick`'s target loaded for `seconds` on a server of its own, and its profile summed. */
export async function profileTarget(
  url: string,
  pick: (app: string) => TTarget,
  port: number,
  seconds = 10,
) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "trust-steps-profile-"));
  try {
    const app = await startAppServer(url, port, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
    const full = pick(app.base);
    await load(full, 3);
    const from = nowMicros();
    const figures = await load(full, seconds);
    const to = nowMicros();
    await app.stop();
    // One file per thread (CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile): requests run on the
    // main thread, 0; the others (a worker of Next's) are idle and would read as an idle server.
    const file = readdirSync(dir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    if (!file) throw new Error("the server wrote no profile of its main thread");
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as TProfile;
    return { figures, ...summariseProfile(profile, from, to) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function printProfile(label: string, result: Awaited<ReturnType<typeof profileTarget>>) {
  const { requestsPerSecond, p50 } = result.figures;
  console.log(
    `${label}: ${requestsPerSecond.toFixed(0)} req/s, p50 ${p50.toFixed(1)} ms under --cpu-prof; the server's time:`,
  );
  for (const { part, share } of result.parts) {
    console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${part}`);
  }
  if (process.env.BENCH_PROFILE_FRAMES) {
    for (const { frame, share } of result.top)
      console.log(`      ${(share * 100).toFixed(1).padStart(5)}%  ${frame}`);
  }
}
