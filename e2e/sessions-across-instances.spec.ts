/**
 * Two instances of the app on one database, as behind a load balancer: a session ended on one
 * (signing out, or running past its end) is refused by the other on its very next request. Any
 * cache of session checks would have to keep this true (issue 13).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { db } from "~/server/db";
import type { Page } from "@playwright/test";
import { expect, signedInPage, test } from "./fixtures";
import { readServerHandOver } from "./server-env";

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 40;
const second = `http://localhost:${SECOND_PORT}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  // The same production build and database as the first instance, in a process of its own.
  server = spawn(process.execPath, ["--import", "tsx", "scripts/web-server.ts"], {
    stdio: "ignore",
    env: {
      ...process.env,
      ...readServerHandOver().env,
      NODE_ENV: "production",
      TSX_TSCONFIG_PATH: "scripts/tsconfig.json",
      PORT: String(SECOND_PORT),
      APP_URL: second,
    },
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${second}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the second instance did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("a session ended on one instance is refused by another at once", async ({
  browser,
  pair,
  request,
}) => {
  const portalOn = async (base: string, cookie: string) => {
    const response = await request.get(`${base}/portal`, { headers: { cookie }, maxRedirects: 0 });
    return { status: response.status(), location: response.headers()["location"] ?? "" };
  };
  const cookieOf = async (page: Page) =>
    (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // Signed in on the first instance; the second serves the same person.
  const page = await signedInPage(browser, pair.client);
  const cookie = await cookieOf(page);
  expect(await portalOn(second, cookie)).toMatchObject({ status: 200 });

  // Signing out on the first: the second refuses the same cookie on its next request.
  await page.goto("/portal");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  const afterSignOut = await portalOn(second, cookie);
  expect(afterSignOut.status).toBe(307);
  expect(afterSignOut.location).toContain("/sign-in");
  await page.context().close();

  // A session past its end: both instances refuse it from that moment.
  const again = await signedInPage(browser, pair.client);
  const secondCookie = await cookieOf(again);
  expect(await portalOn(second, secondCookie)).toMatchObject({ status: 200 });
  await db.session.updateMany({
    where: { userId: pair.client.id, revokedAt: null },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  for (const base of [second, ""]) {
    const ended = await portalOn(base, secondCookie);
    expect(ended.status, `after expiry on ${base || "the first instance"}`).toBe(307);
    expect(ended.location).toContain("/sign-in");
  }
  await again.context().close();
});
