import {
  assignBuiltin,
  dueTonight,
  expect,
  expectAccessible,
  firstOccurrenceId,
  signedInPage,
  test,
} from "./fixtures";

const SURE = "How sure are you that it will happen?";

test("a two-part prediction log: the prediction first, the outcome later, the therapist sees both", async ({
  pair,
  client: { page },
  browser,
  therapist: { page: therapistPage },
}) => {
  const { assignmentId } = await assignBuiltin(
    pair,
    "prediction-outcome-log",
    dueTonight(pair.client),
  );
  const path = `/portal/worksheets/${await firstOccurrenceId(assignmentId)}`;
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: "Part 1 of 2: before" })).toBeVisible();
  // Only the before questions for now, in the present tense.
  await expect(page.getByLabel("What actually happened?")).toHaveCount(0);
  await page.getByLabel("What are you about to do?").fill("Asking Sam for a lift to the station");
  await page.getByLabel("What do you fear will happen?").fill("Sam will sigh and say no.");
  await page.getByRole("spinbutton", { name: SURE }).fill("70");
  await page.getByRole("button", { name: "Submit the first part" }).click();
  await expect(page.getByText("Your first part is saved.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // The therapist sees the prediction made, and reads it.
  await therapistPage.goto(`/therapist/clients/${pair.client.id}`);
  await therapistPage.getByRole("link", { name: /: prediction made$/ }).click();
  await expect(
    therapistPage.getByText("Prediction made: this is the first part.", { exact: false }),
  ).toBeVisible();
  await expect(therapistPage.getByText("Sam will sigh and say no.")).toBeVisible();
  await expect(therapistPage.getByRole("button", { name: "Send feedback" })).toHaveCount(0);

  // Another day, a new sign-in: the before part is read-only, the after part is open.
  const later = await signedInPage(browser, pair.client);
  await later.goto(path);
  await later.waitForLoadState("networkidle");
  const before = later.getByRole("region", { name: "Part 1 of 2: before" });
  await expect(before).toContainText("Sam will sigh and say no.");
  await expect(before.getByRole("textbox")).toHaveCount(0);
  const after = later.getByRole("region", { name: "Part 2 of 2: afterwards" });
  await after.getByLabel("What actually happened?").fill("Sam offered before I finished asking.");
  await after.getByRole("radio", { name: "No", exact: true }).check();
  await after
    .getByRole("spinbutton", {
      name: "Now, how likely does it feel that it would happen next time?",
    })
    .fill("25");
  await expectAccessible(later);
  await after.getByRole("button", { name: "Submit worksheet" }).click();
  await expect(later.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await expect(later.getByText("Asking Sam for a lift to the station")).toBeVisible();
  await expect(later.getByText("Sam offered before I finished asking.")).toBeVisible();
  await later.context().close();

  // Done once, it has moved to the completed homework.
  await therapistPage.goto(`/therapist/clients/${pair.client.id}?status=COMPLETED`);
  await therapistPage.getByRole("link", { name: /: done$/ }).click();
  await expect(therapistPage.getByText("Sam offered before I finished asking.")).toBeVisible();
  await expect(therapistPage.getByRole("button", { name: "Send feedback" })).toBeVisible();
});
