import type { Page } from "@playwright/test";
import {
  assignBuiltin,
  callerAs,
  dueTonight,
  expect,
  expectAccessible,
  firstOccurrenceId,
  test,
  type TPair,
} from "./fixtures";

const STEP = "Share a small preference";

/** The built-in ladder, self-paced, with an open attempt on its first step; its page. */
async function openAttempt(pair: TPair): Promise<string> {
  const { assignmentId } = await assignBuiltin(pair, "trust-ladder", null);
  await (
    await callerAs(pair.client)
  ).ladder.startAttempt({
    assignmentId,
    stepId: "share-a-preference",
    prediction: "They will think I am dull.",
    predictionConfidence: 70,
    distressBefore: 60,
  });
  return `/portal/ladders/${assignmentId}`;
}

async function openForm(page: Page, path: string) {
  await page.goto(path);
  // The form is live once the page has hydrated; text typed before that would be reset.
  await page.waitForLoadState("networkidle");
  return page.getByRole("region", { name: STEP });
}

test("distress that stays at 80: the client gets a caring response, the therapist a flag to acknowledge", async ({
  pair,
  client: { page },
  therapist: { page: therapistPage },
}) => {
  const step = await openForm(page, await openAttempt(pair));
  await step.getByLabel("Peak distress (0-100)").fill("85");
  await step.getByLabel("Distress afterwards (0-100)").fill("80");
  await step.getByRole("radio", { name: "No", exact: true }).check();
  await step.getByLabel("What actually happened?").fill("They listened, but I still felt awful.");
  await step
    .getByLabel("How likely does it feel now that it would happen next time? (0-100)")
    .fill("60");
  await step.getByRole("button", { name: "Save how it went" }).click();

  const response = page.getByRole("region", { name: "That sounded hard" });
  await expect(response).toBeFocused();
  await expect(response).toContainText("Your distress was still at 80 afterwards.");
  await expect(
    response.getByRole("heading", { name: "Try this now: slow breathing" }),
  ).toBeVisible();
  await expect(response).toContainText("Going back to an easier step is fine.");
  await expect(response.getByRole("link", { name: /find a crisis line near you/ })).toHaveAttribute(
    "href",
    /^https?:\/\//,
  );
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("distress-response.png"), fullPage: true });

  await therapistPage.goto(`/therapist/clients/${pair.client.id}`);
  const flags = therapistPage.getByRole("region", { name: /Needs your attention/ });
  await expect(flags.getByRole("heading")).toHaveText("Needs your attention (1)");
  await expect(flags).toContainText(/distress stayed at 80 after step 1 on \d{1,2} \w{3}/);
  // Nothing the client wrote is in the flag.
  await expect(flags).not.toContainText("awful");
  await expectAccessible(therapistPage);
  await therapistPage.screenshot({
    path: test.info().outputPath("therapist-flag.png"),
    fullPage: true,
  });
  await flags.getByRole("button", { name: /^Acknowledge: distress stayed at 80/ }).click();
  await expect(flags).toHaveCount(0);
});

test("a client stops an attempt: no ratings asked, and it reads as information", async ({
  pair,
  client: { page },
}) => {
  const step = await openForm(page, await openAttempt(pair));
  await step.getByText("I stopped, or didn’t do it this time").click();
  await step.getByLabel("What got in the way? (optional)").fill("They cancelled our coffee.");
  await step.getByRole("button", { name: "End the attempt" }).click();

  const response = page.getByRole("region", { name: "You stopped this time" });
  await expect(response).toBeFocused();
  await expect(response).toContainText("Stopping is information, not failure");
  await expect(step.getByText("(stopped this time)")).toBeVisible();
  // The step is free again: a new attempt can start.
  await expect(step.getByRole("button", { name: "Start the attempt" })).toBeVisible();
  await expectAccessible(page);
});

test("the client writes a safety plan, adds a therapist's suggestion, and prints it on one page", async ({
  pair,
  client: { page },
  therapist: { page: therapistPage },
}) => {
  await page.goto("/portal");
  // One tap away from every portal page.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Safety plan" })
    .click();
  await expect(page.getByRole("heading", { name: "My safety plan", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Write my plan" }).click();
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Edit my safety plan" });
  await form
    .getByLabel("Signs that I am starting to struggle")
    .fill("Not sleeping\nSkipping meals");
  await form.getByLabel("Things that calm me").fill("Slow breathing\nA walk by the river");
  await form.getByLabel("People I can contact").fill("Sam, my sister");
  await form.getByLabel("Professional and crisis contacts").fill("My therapist");
  // Not saved yet: a reload keeps what was typed, in this tab only.
  await page.reload();
  await expect(form.getByLabel("Things that calm me")).toHaveValue(
    "Slow breathing\nA walk by the river",
  );
  await expect(form.getByText("What you typed earlier is back.", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await form.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/portal\/safety-plan$/);
  const calm = page.getByRole("region", { name: "Things that calm me" });
  await expect(calm.getByRole("listitem")).toHaveText(["Slow breathing", "A walk by the river"]);

  await therapistPage.goto(`/therapist/clients/${pair.client.id}`);
  await therapistPage.getByRole("link", { name: "Safety plan" }).click();
  await expect(therapistPage.getByRole("region", { name: "Things that calm me" })).toContainText(
    "A walk by the river",
  );
  await therapistPage.waitForLoadState("networkidle");
  await therapistPage.getByLabel("Part of the plan").selectOption({ label: "Things that calm me" });
  await therapistPage.getByLabel("Your suggestion").fill("Hold an ice cube");
  await therapistPage.getByRole("button", { name: "Send the suggestion" }).click();
  await expect(therapistPage.getByText("Things that calm me: Hold an ice cube")).toBeVisible();
  await expectAccessible(therapistPage);

  await page.reload();
  const suggestions = page.getByRole("region", { name: "Suggestions from your therapist" });
  await expect(suggestions).toContainText("Hold an ice cube");
  await suggestions.getByRole("button", { name: "Add to my plan" }).click();
  await expect(suggestions).toHaveCount(0);
  await expect(calm.getByRole("listitem")).toHaveText([
    "Slow breathing",
    "A walk by the river",
    "Hold an ice cube",
  ]);
  await expectAccessible(page);

  // Printed: the plan alone (no menus or buttons), on a single page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print my plan" })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath("safety-plan-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test("a “just for me” check-in: the client asks for support without sharing, the therapist sees it done without answers, then shared", async ({
  pair,
  client: { page },
  therapist: { page: therapistPage },
}) => {
  const { assignmentId } = await assignBuiltin(pair, "signs-check-in", dueTonight(pair.client));
  await page.goto(`/portal/worksheets/${await firstOccurrenceId(assignmentId)}`);
  await page.waitForLoadState("networkidle");
  await page
    .getByLabel("Looking back on the week, what stands out?")
    .fill("I checked Alex's phone twice and hated myself for it.");
  await page
    .getByRole("spinbutton", {
      name: "Overall, how safe did you feel with the people close to you this week?",
    })
    .fill("0");
  await page.getByRole("checkbox", { name: "Just for me" }).check();
  await page.getByRole("button", { name: "Submit worksheet" }).click();

  // The caring response, without telling the therapist: the client chooses.
  const response = page.getByRole("region", { name: "That sounded hard" });
  await expect(response).toBeFocused();
  await expect(response).not.toContainText("Your therapist will see");
  await response.getByRole("button", { name: "Tell my therapist" }).click();
  await expect(response).toContainText("You asked your therapist for support.");
  await expectAccessible(page);

  await therapistPage.goto(`/therapist/clients/${pair.client.id}`);
  const flags = therapistPage.getByRole("region", { name: /Needs your attention/ });
  await expect(flags).toContainText("asked for support after a private entry");
  await expect(flags).not.toContainText("Alex");
  await therapistPage.goto("/therapist/submissions");
  await expect(therapistPage.getByText("just for them: answers kept private")).toBeVisible();
  await therapistPage.getByRole("link", { name: /Signs check-in/ }).click();
  await expect(therapistPage.getByText(/kept the answers private/)).toBeVisible();
  await expect(therapistPage.getByText("I checked Alex's phone")).toHaveCount(0);

  // Shared later from the client's page: then the therapist reads it.
  await page.reload();
  await page.getByRole("button", { name: "Share with my therapist" }).click();
  await page.getByRole("button", { name: "Yes, share it" }).click();
  // Shared: the page no longer says it is kept private.
  await expect(
    page.getByText("Your therapist sees that you did this, not your answers."),
  ).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Share this entry" })).toHaveCount(0);
  await therapistPage.reload();
  await expect(
    therapistPage.getByText("I checked Alex's phone twice and hated myself for it."),
  ).toBeVisible();
});
