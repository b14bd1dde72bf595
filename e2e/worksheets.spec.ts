import {
  DEMO_CLIENT,
  DEMO_THERAPIST,
  expect,
  expectAccessible,
  pageSignedInAs,
  signInViaApi,
  test,
} from "./fixtures";

// One journey over the demo data (a "Small victories" worksheet due today), in order.
test("a client fills, reloads and submits a worksheet; the therapist replies; the client answers", async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(120_000);
  await signInViaApi(page, DEMO_CLIENT.email);
  await page.goto("/portal");
  const dueToday = page.getByRole("region", { name: "Due today" });
  await expect(dueToday.getByRole("link", { name: "Small victories" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Crisis support" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("portal-home.png"), fullPage: true });

  await dueToday.getByRole("link", { name: "Small victories" }).click();
  await expect(page).toHaveURL(/\/portal\/worksheets\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Small victories" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Crisis support" })).toBeVisible();
  await expectAccessible(page);

  // Autosave to the server.
  await page.getByLabel("What did you do?").fill("Told a friend about my week");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // A dropped connection: the text stays on the device and goes once back online.
  await context.setOffline(true);
  await page.getByLabel("Why did it matter to you?").fill("I usually keep it to myself");
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // A reload before the autosave fires keeps the text (it was kept in this tab).
  await page.getByLabel("How will you celebrate it?").fill("A walk by the river");
  await page.reload();
  await expect(page.getByLabel("What did you do?")).toHaveValue("Told a friend about my week");
  await expect(page.getByLabel("How will you celebrate it?")).toHaveValue("A walk by the river");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/Worksheet/);
  await expect(page).not.toHaveTitle(/river/);

  // Submit-mode checks run in the browser first and point at the field.
  await page.getByLabel("How will you celebrate it?").fill("");
  await page.getByRole("button", { name: "Submit worksheet" }).click();
  await expect(page.getByText("This question needs an answer.")).toBeVisible();
  await expect(page.getByLabel("How will you celebrate it?")).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("How will you celebrate it?").fill("A walk by the river");
  await page.getByRole("button", { name: "Submit worksheet" }).dblclick();
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await expect(page.getByText("Told a friend about my week")).toBeVisible();
  await expect(page.getByLabel("What did you do?")).toHaveCount(0);
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
  await page.getByLabel("Add a follow-up note (optional)").fill("Felt lighter afterwards");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Felt lighter afterwards")).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({
    path: test.info().outputPath("worksheet-submitted-390.png"),
    fullPage: true,
  });

  // The therapist sees exactly one submission (the double click made one) and responds.
  const therapist = await pageSignedInAs(browser, DEMO_THERAPIST.email);
  await therapist.goto("/therapist/submissions");
  const list = therapist.getByRole("list", { name: "Submissions" });
  await expect(
    list.getByRole("link", { name: `${DEMO_CLIENT.name}: Small victories` }),
  ).toHaveCount(1);
  await expectAccessible(therapist);
  await list.getByRole("link", { name: `${DEMO_CLIENT.name}: Small victories` }).click();
  await expect(therapist.getByText("Felt lighter afterwards")).toBeVisible();
  await therapist.getByLabel("Your feedback").fill("That was a brave step. Well done.");
  await therapist.getByRole("button", { name: "Send feedback" }).click();
  await expect(
    therapist.getByRole("list", { name: "Feedback" }).getByText("That was a brave step."),
  ).toBeVisible();
  await expectAccessible(therapist);
  await therapist.screenshot({
    path: test.info().outputPath("therapist-submission.png"),
    fullPage: true,
  });

  // Back to the client: new feedback on the home page, one reply.
  await page.goto("/portal");
  const newFeedback = page.getByRole("region", { name: "New feedback" });
  await expect(newFeedback).toContainText("That was a brave step.");
  await expect(page.getByRole("region", { name: "Recently done" })).toContainText(
    "Small victories",
  );
  await expectAccessible(page);
  // Other specs give the same demo client feedback at the same time: open this one's own.
  await newFeedback
    .getByRole("link", { name: `${DEMO_THERAPIST.name} on Small victories` })
    .click();
  await page.getByLabel("Your reply").fill("Thank you, it helped");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Thank you, it helped")).toBeVisible();
  await expect(page.getByLabel("Your reply")).toHaveCount(0);
  await page.goto("/portal");
  // Other specs may leave feedback for the same demo client meanwhile: check only this one.
  await expect(page.getByRole("region", { name: "New feedback" })).not.toContainText(
    "That was a brave step.",
  );
  await therapist.reload();
  await expect(therapist.getByText("Thank you, it helped")).toBeVisible();
  await therapist.context().close();
});

test("another client's or a made-up worksheet is not found", async ({ page }) => {
  await signInViaApi(page, DEMO_CLIENT.email);
  const response = await page.goto("/portal/worksheets/not-a-real-id");
  expect(response?.status()).toBe(404);
  await signInViaApi(page, DEMO_THERAPIST.email);
  await page.goto("/portal/worksheets/not-a-real-id");
  await expect(page).toHaveURL(/\/therapist$/);
});
