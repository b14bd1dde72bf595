import { DEMO_CLIENT, DEMO_PASSWORD, DEMO_THERAPIST } from "../prisma/seed/demo";
import { expect, expectAccessible, signInThroughForm, test } from "./fixtures";

// The one spec on the seeded demo accounts: the logins `npm start` prints work. Every other test
// creates the people it needs (fixtures), so none of them changes what this one sees.

test("the demo therapist sees the demo client on the caseload", async ({ page }) => {
  await page.goto("/therapist");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftherapist/);
  await expectAccessible(page);
  await signInThroughForm(page, DEMO_THERAPIST.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByRole("table", { name: /^Clients/ })).toContainText(DEMO_CLIENT.name);
});

test("the demo client signs in to the portal", async ({ page }) => {
  await page.goto("/sign-in");
  await signInThroughForm(page, DEMO_CLIENT.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: /Hello, Sam/ })).toBeVisible();
});
