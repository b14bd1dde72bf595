import { budgetFor, goalFor, routeBundles, type TRouteBundle } from "../scripts/lib/bundle-sizes";

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);

/** The first-load JavaScript of every page of the current build, with its goal and budget. */
export function printBundleTable(bundles: TRouteBundle[] = routeBundles()) {
  console.log(
    "First-load JavaScript per page (gzip, as served; the budget test fails above budget)",
  );
  console.log(`${"".padEnd(50)}   kB gzip  kB raw   goal  budget  goal met`);
  for (const b of bundles) {
    console.log(
      `${b.route.padEnd(50)} ${kB(b.gzipBytes)} ${kB(b.bytes)} ${kB(goalFor(b.route))} ${kB(budgetFor(b.route))}  ${b.gzipBytes <= goalFor(b.route) ? "met" : "NOT met"}`,
    );
  }
  const met = bundles.filter((b) => b.gzipBytes <= goalFor(b.route)).length;
  console.log(`${met} of ${bundles.length} pages within their goal`);
}
