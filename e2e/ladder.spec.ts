import type { Locator } from "@playwright/test";
import {
  assignBuiltin,
  callerAs,
  expect,
  expectAccessible,
  recordAttempt,
  test,
  type TPair,
} from "./fixtures";

const LADDER = "Graduated trust-building ladder";
const FIRST_STEP = "share-a-preference";
const FIRST_PREDICTION = "They will look bored and change the subject.";
const SECOND_PREDICTION = "This time they might not reply at all.";
const WHAT_HAPPENED = "They listened and asked questions.";
const FEEDBACK = "You went ahead despite the fear. Well done.";

/** The built-in ladder, given to the client to work at their own pace; its id. */
async function giveLadder(pair: TPair): Promise<string> {
  const { assignmentId } = await assignBuiltin(pair, "trust-ladder", null);
  return assignmentId;
}

const clientPath = (assignmentId: string) => `/portal/ladders/${assignmentId}`;

/** The first attempt the client records on the ladder in the first test, as the app stores it. */
const firstAttempt = (assignmentId: string) => ({
  assignmentId,
  stepId: FIRST_STEP,
  prediction: FIRST_PREDICTION,
  predictionConfidence: 70,
  distressBefore: 55,
  peakDistress: 15,
  afterDistress: 25,
  fearedOutcome: "NO" as const,
  whatHappened: WHAT_HAPPENED,
});

test("the client works the first step, comes back, and moves up", async ({
  pair,
  client: { page },
}) => {
  test.setTimeout(120_000); // two attempts and mastering, with five accessibility checks
  const ladderPath = clientPath(await giveLadder(pair));
  await page.goto(ladderPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LADDER);
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
  await page.goto(ladderPath);
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

  await completeAttempt(step1, { peak: "15", after: "25", outcome: "No" });
  await expect(step1.getByText("After-distress over 1 attempt: 25.")).toBeVisible();
  await expect(step1.getByText(/Ready to move up\?/)).toHaveCount(0);
  // Why not yet is said, not left a mystery.
  await expect(
    step1.getByText(/Moving up is suggested after 2 attempts in a row .* So far you have 1\./),
  ).toBeVisible();

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
  await completeAttempt(step1, { peak: "10", after: "20", outcome: "Partly" });
  await expect(step1.getByText("After-distress over 2 attempts: 25, 20.")).toBeVisible();
  await expect(
    step1.getByText("Your last 2 attempts peaked at or below 15 and ended at or below 30", {
      exact: false,
    }),
  ).toBeVisible();
  // The fear partly came true: the page opens with a word about it and where to read more.
  await expect(page.getByRole("region", { name: "When the fear comes true" })).toBeFocused();
  await expect(
    page.getByRole("link", { name: "Read: a trust issue or healthy caution?" }),
  ).toHaveAttribute("href", "/portal/learn/caution-or-trust-issue");
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("client-suggestion.png"), fullPage: true });

  // Mastering cannot be undone, so it asks first; Escape backs out to the button.
  const master = step1.getByRole("button", { name: "Mark this step mastered" });
  await master.click();
  const question = step1.getByText("Mark “Share a small preference” mastered?", { exact: false });
  await expect(page.locator(":focus")).toContainText("Mark “Share a small preference” mastered?");
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

test("the therapist sees both attempts with the client's words", async ({
  pair,
  therapist: { page },
}) => {
  // Where the test above leaves the ladder: two attempts on the first step, then mastered.
  const assignmentId = await giveLadder(pair);
  await recordAttempt(pair.client, firstAttempt(assignmentId));
  await recordAttempt(pair.client, {
    ...firstAttempt(assignmentId),
    prediction: SECOND_PREDICTION,
    predictionConfidence: 40,
    distressBefore: 35,
    peakDistress: 10,
    afterDistress: 20,
    fearedOutcome: "PARTLY",
  });
  const asClient = await callerAs(pair.client);
  await asClient.ladder.markMastered({ assignmentId, stepId: FIRST_STEP });

  await page.goto(`/therapist/ladders/${assignmentId}`);
  await expect(page.getByText(`Client: ${pair.client.name}`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Back to ${pair.client.name}` })).toHaveAttribute(
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
  await expect(page.locator(":focus")).toContainText(
    `${pair.client.name} has not recorded an attempt on this step yet.`,
  );
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
  await feedbackBox.fill(FEEDBACK);
  await step1.getByRole("button", { name: "Send feedback" }).click();
  await expect(step1.getByText(FEEDBACK)).toBeVisible();
  await expect(
    step1.getByRole("region", { name: /^Feedback on “Share a small preference”, / }),
  ).toHaveCount(1);
  await expect(feedbackBox).toHaveCount(0);
  await expectAccessible(page);

  // The client's page is not the therapist's: the page itself sends them home.
  await page.goto(clientPath(assignmentId));
  await expect(page).toHaveURL(/\/therapist$/);
});

test("the client reads the feedback on the attempt and replies once", async ({
  pair,
  client: { page },
}) => {
  const assignmentId = await giveLadder(pair);
  const attemptId = await recordAttempt(pair.client, firstAttempt(assignmentId));
  const asTherapist = await callerAs(pair.therapist);
  await asTherapist.feedback.create({ target: { attemptId }, body: FEEDBACK });

  await page.goto("/portal");
  await page
    .getByRole("region", { name: "Your ladder" })
    .getByRole("link", { name: LADDER })
    .click();
  await expect(page).toHaveURL(new RegExp(clientPath(assignmentId)));
  const feedback = page.getByRole("region", { name: "Feedback from your therapist" });
  await expect(feedback).toContainText(FEEDBACK);
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
  await step.getByLabel("What actually happened?").fill(WHAT_HAPPENED);
  await step
    .getByLabel("How likely does it feel now that it would happen next time? (0-100)")
    .fill("30");
  await step.getByRole("button", { name: "Save how it went" }).click();
  await expect(step.getByRole("button", { name: "Start the attempt" })).toBeVisible();
}
