import type { Locator } from "@playwright/test";
import {
  DEMO_CLIENT,
  DEMO_LADDER_ID,
  DEMO_THERAPIST,
  expect,
  expectAccessible,
  signInViaApi,
  test,
} from "./fixtures";

// The therapist test reads what the client test recorded on the shared demo ladder.
test.describe.configure({ mode: "serial" });

const CLIENT_PATH = `/portal/ladders/${DEMO_LADDER_ID}`;
const FIRST_PREDICTION = "They will look bored and change the subject.";
const SECOND_PREDICTION = "This time they might not reply at all.";

test("the demo client works the first step, comes back, and moves up", async ({ page }) => {
  await signInViaApi(page, DEMO_CLIENT.email);
  await page.goto(CLIENT_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Graduated trust-building ladder",
  );
  // The crisis link comes first, as on every client page.
  await expect(page.locator("main > :first-child")).toHaveAccessibleName("Crisis support");
  const step1 = page.getByRole("region", { name: "Share a small preference" });
  const step2 = page.getByRole("region", { name: "Ask for a small favour" });
  await expect(step1.getByText("Current step", { exact: true })).toBeVisible();
  await expect(step2.getByText("Locked", { exact: true })).toBeVisible();
  await expect(step2.getByRole("button", { name: "Start the attempt" })).toHaveCount(0);
  await expectAccessible(page);

  // Bad input is caught by the shared schema, with the message next to the field.
  await step1.getByLabel("How likely does that feel? (0-100)").fill("101");
  await step1.getByRole("button", { name: "Start the attempt" }).click();
  await expect(step1.getByText("Write what you fear will happen.")).toBeVisible();
  await expect(step1.getByLabel("How likely does that feel? (0-100)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );

  // What is typed survives a reload, kept in this tab only (never localStorage or the URL).
  await step1.getByLabel("What do you fear will happen?").fill(FIRST_PREDICTION);
  await page.reload();
  await expect(step1.getByLabel("What do you fear will happen?")).toHaveValue(FIRST_PREDICTION);
  await expect(step1.getByText("What you typed earlier is back.", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage) + location.href)).not.toContain(
    "bored",
  );
  await step1.getByLabel("How likely does that feel? (0-100)").fill("70");
  await step1.getByLabel("Your distress right now (0-100)").fill("55");
  await step1.getByRole("button", { name: "Start the attempt" }).click();
  await expect(step1.getByText(/You started this on/)).toBeVisible();

  // Leave and come back: the open attempt is kept on the server, the words typed in this tab.
  await step1.getByLabel("What actually happened?").fill("I have not done it yet, nearly.");
  await page.goto("/portal");
  await page.goto(CLIENT_PATH);
  await expect(step1.getByText(/You started this on/)).toBeVisible();
  await expect(step1.getByLabel("What actually happened?")).toHaveValue(
    "I have not done it yet, nearly.",
  );
  await expect(step1.getByText("(in progress)")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({
    path: test.info().outputPath("client-open-attempt.png"),
    fullPage: true,
  });

  await completeAttempt(step1, { peak: "65", after: "25", outcome: "No" });
  await expect(step1.getByText("After-distress over 1 attempt: 25.")).toBeVisible();
  await expect(step1.getByText(/Ready to move up\?/)).toHaveCount(0);

  // Sent: nothing of it is kept in the tab, and the next attempt starts empty.
  await expect(step1.getByLabel("What do you fear will happen?")).toHaveValue("");
  expect(await page.evaluate(() => Object.keys(sessionStorage))).not.toContainEqual(
    expect.stringMatching(/^draft:ladder:/),
  );
  // Repeating the step is normal; a second low ending brings the suggestion.
  await step1.getByLabel("What do you fear will happen?").fill(SECOND_PREDICTION);
  await step1.getByLabel("How likely does that feel? (0-100)").fill("40");
  await step1.getByLabel("Your distress right now (0-100)").fill("35");
  await step1.getByRole("button", { name: "Start the attempt" }).click();
  await completeAttempt(step1, { peak: "40", after: "20", outcome: "Partly" });
  await expect(step1.getByText("After-distress over 2 attempts: 25, 20.")).toBeVisible();
  await expect(
    step1.getByText("Your last attempts ended at or below 30. Ready to move up?", { exact: false }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("client-suggestion.png"), fullPage: true });

  // Mastering cannot be undone, so it asks first; Escape backs out to the button.
  const master = step1.getByRole("button", { name: "Mark this step mastered" });
  await master.click();
  const question = step1.getByText("Mark “Share a small preference” mastered?", { exact: false });
  await expect(question).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(master).toBeFocused();
  await expect(step1.getByText("Current step", { exact: true })).toBeVisible();
  await master.click();
  await step1.getByRole("button", { name: "Yes, mark it mastered" }).click();
  await expect(step1.getByText("Done", { exact: true })).toBeVisible();
  await expect(step2.getByText("Current step", { exact: true })).toBeVisible();
  await expect(step2.getByRole("button", { name: "Start the attempt" })).toBeVisible();
  await expect(step1.getByText("Practise this step again")).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(step2.getByRole("button", { name: "Start the attempt" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("client-390.png"), fullPage: true });
});

test("the demo therapist sees both attempts with the client's words", async ({ page }) => {
  await signInViaApi(page, DEMO_THERAPIST.email);
  await page.goto(`/therapist/ladders/${DEMO_LADDER_ID}`);
  await expect(page.getByText(`Client: ${DEMO_CLIENT.name}`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Back to ${DEMO_CLIENT.name}` })).toHaveAttribute(
    "href",
    /^\/therapist\/clients\/[^/]+$/,
  );
  const step1 = page.getByRole("region", { name: "Share a small preference" });
  await expect(step1.getByText("Done", { exact: true })).toBeVisible();
  await expect(step1.getByText(FIRST_PREDICTION)).toBeVisible();
  await expect(step1.getByText(SECOND_PREDICTION)).toBeVisible();
  await expect(step1.getByText("Feared outcome partly happened")).toBeVisible();
  // Feedback per attempt sits behind a disclosure: no wall of textareas.
  const leaveFeedback = step1.getByText("Leave feedback");
  await expect(leaveFeedback).toHaveCount(2);
  await expect(step1.getByRole("textbox")).toHaveCount(0);
  // Read-only for attempts; the therapist may only move the current step on.
  await expect(page.getByRole("button", { name: "Start the attempt" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark this step mastered" })).toHaveCount(1);
  // Nothing recorded on the next step yet: the question says so, and Cancel leaves it as it is.
  const step2 = page.getByRole("region", { name: "Ask for a small favour" });
  await step2.getByRole("button", { name: "Mark this step mastered" }).click();
  await expect(
    step2.getByText(`${DEMO_CLIENT.name} has not recorded an attempt on this step yet.`, {
      exact: false,
    }),
  ).toBeFocused();
  await step2.getByRole("button", { name: "Cancel" }).click();
  await expect(step2.getByRole("button", { name: "Mark this step mastered" })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("therapist-ladder.png"), fullPage: true });

  // Feedback on the newest attempt, which the client then reads and answers on the ladder. The
  // field is named after the step and the attempt's date, so the fields are told apart.
  await leaveFeedback.first().click();
  const feedbackBox = step1.getByRole("textbox", {
    name: /^Your feedback on “Share a small preference”, \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}$/,
  });
  await expect(feedbackBox).toHaveCount(1);
  await feedbackBox.fill("You went ahead despite the fear. Well done.");
  await step1.getByRole("button", { name: "Send feedback" }).click();
  await expect(step1.getByText("You went ahead despite the fear. Well done.")).toBeVisible();
  await expect(
    step1.getByRole("region", { name: /^Feedback on “Share a small preference”, / }),
  ).toHaveCount(1);
  await expect(feedbackBox).toHaveCount(0);
  await expectAccessible(page);

  // The client's page is not the therapist's: the page itself sends them home.
  await page.goto(CLIENT_PATH);
  await expect(page).toHaveURL(/\/therapist$/);
});

test("the client reads the feedback on the attempt and replies once", async ({ page }) => {
  await signInViaApi(page, DEMO_CLIENT.email);
  await page.goto("/portal");
  await page
    .getByRole("link", { name: /Graduated trust-building ladder/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(CLIENT_PATH));
  const feedback = page.getByRole("region", { name: "Feedback from your therapist" });
  await expect(feedback).toContainText("You went ahead despite the fear. Well done.");
  await feedback.getByLabel("Your reply").fill("Thank you, it felt good to try.");
  await feedback.getByRole("button", { name: /reply/i }).click();
  await expect(feedback.getByText("Thank you, it felt good to try.")).toBeVisible();
  await expect(feedback.getByLabel("Your reply")).toHaveCount(0);
  await expectAccessible(page);
});

async function completeAttempt(
  step: Locator,
  r: { peak: string; after: string; outcome: "Yes" | "No" | "Partly" },
) {
  await step.getByLabel("Peak distress (0-100)").fill(r.peak);
  await step.getByLabel("Distress afterwards (0-100)").fill(r.after);
  await step.getByRole("radio", { name: r.outcome, exact: true }).check();
  await step.getByLabel("What actually happened?").fill("They listened and asked questions.");
  await step.getByRole("button", { name: "Save how it went" }).click();
  await expect(step.getByRole("button", { name: "Start the attempt" })).toBeVisible();
}
