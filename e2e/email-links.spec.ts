import {
  emailTo,
  expect,
  expectAccessible,
  linkIn,
  signInThroughForm,
  test,
  uniqueEmail,
} from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * The page has arrived and its form is live: text typed into a server-rendered form before its
 * script has run is reset when the form library takes the field over.
 */
async function formReady(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  await page.waitForLoadState("networkidle");
}

test("a client who forgot their password sets a new one from the emailed link", async ({
  pair: { client },
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await formReady(page, /\/forgot-password$/);
  await page.getByLabel("Email").fill(client.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${client.email} belongs to an account`);
  await expectAccessible(page);

  // An address with no account gets the very same answer.
  const stranger = uniqueEmail("stranger");
  await page.getByLabel("Email").fill(stranger);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${stranger} belongs to an account`);

  const reset = linkIn(await emailTo(client.email), /^\/reset-password\//);
  await page.goto(reset);
  await formReady(page, /\/reset-password\//);
  const newPassword = "the river bends twice";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await page.getByRole("link", { name: "Sign in with the new password" }).click();
  await signInThroughForm(page, client.email, newPassword);
  await expect(page).toHaveURL(/\/portal$/);

  // The link worked once.
  await page.goto(reset);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
});

test("a client signs in with an emailed link instead of a password", async ({
  pair: { client },
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Email me a sign-in link instead" }).click();
  await formReady(page, /\/sign-in\/email-link$/);
  await page.getByLabel("Email").fill(client.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText("a sign-in link is on its way");

  const email = await emailTo(client.email);
  expect(email.subject).toBe("Your Trust Steps sign-in link");
  await page.goto(linkIn(email, /^\/l\//));
  await expect(page.getByRole("heading", { name: "Sign in to Trust Steps" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: /^Hello,/ })).toBeVisible();
});
