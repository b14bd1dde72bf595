import { generate } from "otplib";
import {
  emailTo,
  expect,
  expectAccessible,
  linkIn,
  signInThroughForm,
  test,
  uniqueEmail,
} from "./fixtures";

test("landing page explains the product and links to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("in a browser set to Berlin", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("a therapist signs up through the emailed link, signs out, signs back in and sees the caseload", async ({
    page,
  }) => {
    const email = uniqueEmail("therapist");
    const password = "a calm long passphrase";
    await page.goto("/sign-up");
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await page.getByLabel("Your name").fill("Rowan Ellis");
    await page.getByLabel("Work email").fill(email);
    // The browser's own zone is chosen to start with.
    await expect(page.getByLabel("Your time zone")).toHaveValue("Europe/Berlin");
    await page.getByLabel("I have read the terms for therapists and agree to them").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Check your email to continue.")).toBeVisible();
    await expect(page.getByText(`We sent a message to ${email}`)).toBeVisible();
    await expectAccessible(page);

    await page.goto(linkIn(await emailTo(email), /^\/sign-up\//));
    await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create my account" }).click();

    await expect(page).toHaveURL(/\/therapist$/);
    await expect(page.getByRole("heading", { name: "Your caseload" })).toBeVisible();
    await expect(page.getByText("No clients yet")).toBeVisible();
    await expectAccessible(page);

    const signOut = page.waitForResponse(
      (r) => r.url().endsWith("/api/auth/signout") && r.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Sign out" }).click();
    // The browser drops what the site stored on this device.
    expect((await (await signOut).allHeaders())["clear-site-data"]).toBe('"storage"');
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/therapist");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftherapist/);

    await signInThroughForm(page, email, password);
    await expect(page).toHaveURL(/\/therapist$/);
    await expect(page.getByRole("heading", { name: "Your caseload" })).toBeVisible();
    // A signed-in page is never kept by the browser or a proxy.
    const reloaded = await page.reload();
    expect(reloaded?.headers()["cache-control"]).toContain("no-store");
  });
});

test("sign-up shows field errors for bad input, and the same answer for an address with an account", async ({
  page,
  pair,
}) => {
  await page.goto("/sign-up");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Read the terms and tick the box to continue.")).toBeVisible();
  await expectAccessible(page);

  // An existing account: the page says what it says to anyone; only the mailbox is told more.
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("Work email").fill(pair.therapist.email);
  await page.getByLabel("I have read the terms for therapists and agree to them").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Check your email to continue.")).toBeVisible();
  const told = await emailTo(pair.therapist.email);
  expect(told.subject).toBe("You already have a Trust Steps account");
});

test("a wrong password gets one plain message", async ({ page, pair }) => {
  await page.goto("/sign-in");
  await signInThroughForm(page, pair.therapist.email, "definitely wrong");
  await expect(
    page.getByRole("alert").filter({ hasText: "do not match an account" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a client signs in to the portal and is kept out of the therapist area", async ({
  page,
  pair,
}) => {
  await page.goto("/sign-in");
  await signInThroughForm(page, pair.client.email);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(
    page.getByRole("heading", { name: `Hello, ${pair.client.name.split(" ")[0]}` }),
  ).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Crisis support" })).toContainText(
    "local emergency number",
  );
  await expect(
    page.getByRole("link", { name: "find a crisis line near you (opens in a new tab)" }),
  ).toHaveAttribute("href", "https://findahelpline.com");
  await expectAccessible(page);

  await page.goto("/therapist");
  await expect(page).toHaveURL(/\/portal$/);
  const api = await page.request.get("/api/trpc/clients.list");
  expect(api.status()).toBe(403);
});

test("after sign-out the old session cookie no longer works", async ({ therapist }) => {
  const { page } = therapist;
  const context = page.context();
  await page.goto("/therapist");
  await expect(page.getByRole("heading", { name: "Your caseload" })).toBeVisible();
  const cookies = await context.cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await context.addCookies(cookies);
  await page.goto("/therapist");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/trpc/account.me")).status()).toBe(401);
});

test("unknown pages get a friendly 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expectAccessible(page);
  // Signed out, "your home page" is the start page's sign-in.
  await page.getByRole("link", { name: "Go to your home page" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a therapist turns on two-step sign-in, then signs in with a code from the app", async ({
  pair,
  therapist: { page },
}) => {
  await page.goto("/therapist/settings");
  await page.getByRole("link", { name: "Set up two-step sign-in" }).click();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.locator("code").innerText()).trim();
  await expectAccessible(page);
  await page.getByLabel("2. The 6-digit code the app shows").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(
    page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
  ).toHaveCount(10);
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByText("Two-step sign-in is on since")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.waitForLoadState("networkidle");
  await signInThroughForm(page, pair.therapist.email);
  await expect(page.getByText("Enter the 6-digit code from your authenticator app")).toBeVisible();
  // The next period's code: the one that turned it on cannot be used again.
  const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
  await page.getByLabel("Code from your authenticator app").fill(next);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/therapist$/);
});
