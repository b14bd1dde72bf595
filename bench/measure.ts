import { performance } from "node:perf_hooks";

export const ITERATIONS = 300;
const WARM_UP = 20; // connections, plans, JIT

export type TSummary = { p50: number; p95: number; max: number };

function summarise(samples: number[]): TSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

/** Latency of `fn(i)` over ITERATIONS sequential calls, after a warm-up. */
export async function time(fn: (i: number) => Promise<unknown>): Promise<TSummary> {
  for (let i = 0; i < WARM_UP; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export type TRow = { label: string; queries: number; summary: TSummary };

export function printTable(rows: TRow[]) {
  const ms = (n: number) => n.toFixed(2).padStart(7);
  console.log(`${"".padEnd(30)} queries   p50 ms   p95 ms   max ms`);
  for (const { label, queries, summary: s } of rows) {
    console.log(
      `${label.padEnd(30)} ${String(queries).padStart(7)}  ${ms(s.p50)}  ${ms(s.p95)}  ${ms(s.max)}`,
    );
  }
}
