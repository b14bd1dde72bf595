import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "trust-steps-demo";
export const DEMO_THERAPIST = { email: "therapist@example.com", name: "Dana Whitfield" };
export const DEMO_CLIENT = { email: "client@example.com", name: "Sam Rivera" };

/**
 * Fails on serious or critical accessibility violations of the page as it is now. Retried for a
 * few seconds like any web-first assertion, so a state mid-transition (a pending button, a
 * re-render after router.refresh) is not reported; a violation that stays fails the test.
 */
export async function expectAccessible(page: Page) {
  await expect(async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(
      blocking.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      ),
    ).toEqual([]);
  }).toPass({ timeout: 15_000 }); // one axe run takes seconds on a busy 2-core machine
}

export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Sign in without the form, through next-auth's own endpoint, for tests about other things. */
export async function signInViaApi(page: Page, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;

export const test = base;
export { expect };

/** A second signed-in person in the same test (the `page` fixture is the first). */
export async function pageSignedInAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInViaApi(page, email);
  return page;
}

/** A tRPC call over HTTP (superjson's plain-JSON shape): setting up data is not what's tested. */
export async function call<T>(
  page: Page,
  path: string,
  input?: unknown,
  mutation = false,
): Promise<T> {
  const response = mutation
    ? await page.request.post(`/api/trpc/${path}`, { data: { json: input } })
    : await page.request.get(
        `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      );
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** The demo client's id, paging through the signed-in demo therapist's caseload. */
export async function demoClientId(therapist: Page): Promise<string> {
  type TPage = { items: { clientId: string; email: string }[]; nextCursor: string | null };
  let cursor: string | undefined;
  for (;;) {
    const { items, nextCursor } = await call<TPage>(therapist, "clients.list", { cursor });
    const demo = items.find((c) => c.email === DEMO_CLIENT.email);
    if (demo) return demo.clientId;
    if (!nextCursor) throw new Error("the demo client is not on the demo therapist's caseload");
    cursor = nextCursor;
  }
}

/** The demo client's built-in trust ladder (prisma/seed/demo.ts seeds it under this id). */
export const DEMO_LADDER_ID = "demo-trust-ladder";
/** Opens a client's page from the caseload; returns the client's id, read from its URL. */
export async function openClientPage(page: Page, clientName: string) {
  await page.goto("/therapist");
  await page.getByRole("link", { name: clientName }).click();
  await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}
