/**
 * The JavaScript budget (issue 13): the build the other end-to-end tests run against is the one
 * measured, so a page that grows past its budget fails the suite. `npm run bench` prints the
 * same figures with the goals.
 */
import { expect, test } from "@playwright/test";
import { budgetFor, goalFor, OVER_GOAL, routeBundles } from "../scripts/lib/bundle-sizes";

const bundles = routeBundles();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

test("the build lists every page, each with the framework's runtime in its first load", () => {
  const routes = bundles.map((b) => b.route);
  for (const page of [
    "/",
    "/sign-in",
    "/portal",
    "/portal/worksheets/[occurrenceId]",
    "/therapist",
  ]) {
    expect(routes).toContain(page);
  }
  // React DOM and Next's client alone are over 100 kB: a smaller figure means nothing was read.
  for (const bundle of bundles) expect(bundle.gzipBytes).toBeGreaterThan(100_000);
});

test("no page's first-load JavaScript is over its budget", () => {
  const over = bundles
    .filter((b) => b.gzipBytes > budgetFor(b.route))
    .map((b) => `${b.route}: ${kB(b.gzipBytes)} (budget ${kB(budgetFor(b.route))})`);
  expect(over, "first-load JavaScript (gzip) over budget").toEqual([]);
});

test("a page listed as over its goal is still over it (else it leaves the list)", () => {
  const met = Object.keys(OVER_GOAL).filter((route) => {
    const bundle = bundles.find((b) => b.route === route);
    return !bundle || bundle.gzipBytes <= goalFor(route);
  });
  expect(met, "listed in OVER_GOAL but within the goal, or no longer a page").toEqual([]);
});
