import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signInThroughForm, test, type TPerson } from "./fixtures";

/**
 * The journey, in order, with one therapist and one client browser signed in once each:
 * the therapist builds a worksheet and customises the ladder, assigns both to the client; the
 * client fills (with a reload), submits and works a ladder attempt; the therapist reviews both
 * and leaves feedback; the client reads it and replies. Each step starts where the one before
 * ended, so they are the steps of one test.
 */

const WORKSHEET = "Journey check-in";
const LADDER = "Journey ladder";
const BUILTIN_LADDER = "Graduated trust-building ladder";
const STEP = "Tell a colleague my lunch plans";

const Q_TEXT = "What did you risk sharing today?";
const Q_SCALE = "How tense were you beforehand?";
const Q_CHOICE = "Did the feared outcome happen?";
const ANSWER = "I told my sister I was nervous about the new job.";
const PREDICTION = "They will think my plans are boring and say so.";
const WORKSHEET_FEEDBACK = "Naming the nerves out loud is real trust work.";
const LADDER_FEEDBACK = "You tested the fear instead of avoiding it.";
const WORKSHEET_REPLY = "Thank you, saying it out loud helped.";
const LADDER_REPLY = "It was easier than I expected.";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

async function signIn(browser: Browser, person: TPerson, home: RegExp) {
  const context = await browser.newContext({ timezoneId: person.timeZone });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
  await signInThroughForm(page, person.email);
  await expect(page).toHaveURL(home);
  return page;
}

test("a therapist assigns a worksheet and a ladder, the client does both, and they exchange feedback", async ({
  browser,
  pair,
}) => {
  test.setTimeout(6 * 60_000); // the minute each of its six steps had as a test of its own
  const therapist = await signIn(browser, pair.therapist, /\/therapist$/);
  const client = await signIn(browser, pair.client, /\/portal$/);
  const clientId = pair.client.id;

  await test.step("the therapist builds a worksheet and assigns it once, due tonight", async () => {
    const page = therapist;
    await expect(page.getByRole("heading", { name: "Your caseload" })).toBeVisible();
    await expectAccessible(page);
    await shot(page, "therapist-caseload");

    await page.getByRole("link", { name: "Templates", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "New worksheet" }).click();
    await expect(page.getByRole("heading", { name: "New worksheet" })).toBeVisible();

    await page.getByLabel("Title").fill(WORKSHEET);
    await page
      .getByLabel("Why this helps (the client sees this)")
      .fill("Small disclosures build the habit of letting people in.");
    await page.getByLabel("New question type").selectOption("long_text");
    await page.getByRole("button", { name: "Add question" }).click();
    await page
      .getByRole("group", { name: /^Question 1/ })
      .getByLabel("Question", { exact: true })
      .fill(Q_TEXT);

    await page.getByLabel("New question type").selectOption("scale");
    await page.getByRole("button", { name: "Add question" }).click();
    const scale = page.getByRole("group", { name: /^Question 2/ });
    await scale.getByLabel("Question", { exact: true }).fill(Q_SCALE);
    await scale.getByLabel("Label at the lowest end (optional)").fill("Calm");
    await scale.getByLabel("Label at the highest end (optional)").fill("Very tense");

    await page.getByLabel("New question type").selectOption("yes_no_partly");
    await page.getByRole("button", { name: "Add question" }).click();
    await page
      .getByRole("group", { name: /^Question 3/ })
      .getByLabel("Question", { exact: true })
      .fill(Q_CHOICE);
    await expectAccessible(page);
    await shot(page, "worksheet-builder");

    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByRole("heading", { name: `Preview: ${WORKSHEET}` })).toBeVisible();
    await expect(page.getByLabel(Q_TEXT)).toBeDisabled();
    await expectAccessible(page);
    await shot(page, "worksheet-preview");

    await page.getByRole("link", { name: "Assign to a client" }).click();
    await expect(page.getByRole("heading", { name: "Choose a client" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: pair.client.name }).click();
    await expect(page.getByRole("heading", { name: "Content for this client" })).toBeVisible();
    await expect(page.getByText(`${WORKSHEET} for ${pair.client.name}.`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`clientId=${clientId}`));

    await page
      .getByLabel("Instructions for the client (optional)")
      .fill("Fill it in this evening.");
    await page.getByRole("radio", { name: "Once, on a date" }).check();
    // The due date starts as today in the client's zone; 23:59 keeps it due today.
    await expect(page.getByLabel("Due date")).not.toHaveValue("");
    await page.getByLabel("Due time").fill("23:59");
    await expectAccessible(page);
    await shot(page, "assign-worksheet");
    await page.getByRole("button", { name: "Assign" }).click();

    await expect(page).toHaveURL(new RegExp(`/therapist/clients/${clientId}$`));
    const card = page.getByRole("article", { name: WORKSHEET });
    await expect(card.getByText(/Once/)).toBeVisible();
    const chips = card.getByRole("list", { name: `Due dates of ${WORKSHEET}` });
    await expect(chips.getByRole("listitem")).toHaveCount(1);
    await expect(chips.getByRole("listitem")).toContainText("23:59: open");
    await expectAccessible(page);
  });

  await test.step("the therapist customises the ladder and assigns it at the client's own pace", async () => {
    const page = therapist;
    await page.getByRole("link", { name: "Templates", exact: true }).click();
    await page
      .getByRole("list", { name: "Templates" })
      .getByRole("link", { name: BUILTIN_LADDER })
      .click();
    await expect(page.getByRole("heading", { name: `Preview: ${BUILTIN_LADDER}` })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Make my own copy" }).click();

    await expect(page.getByRole("heading", { name: /^Edit: / })).toBeVisible();
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await expect(title).toHaveValue(`${BUILTIN_LADDER} (my copy)`);
    await title.fill(LADDER);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: `Preview: ${LADDER}` })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Assign to a client" }).click();
    await page.getByRole("link", { name: pair.client.name }).click();
    await expect(page.getByText(`${LADDER} for ${pair.client.name}.`)).toBeVisible();
    // For this client only: the first step becomes their own, a little easier.
    const step1 = page.getByRole("group", { name: "Step 1", exact: true });
    await step1.getByLabel("Step title").fill(STEP);
    await step1.getByLabel("Expected distress (0-100)").fill("10");
    await expect(
      page.getByRole("radio", { name: "No due dates (at the client's own pace)" }),
    ).toBeChecked();
    await page
      .getByLabel("Instructions for the client (optional)")
      .fill("Start with step one this week.");
    await expectAccessible(page);
    await shot(page, "assign-ladder");
    await page.getByRole("button", { name: "Assign" }).click();

    await expect(page).toHaveURL(new RegExp(`/therapist/clients/${clientId}$`));
    const card = page.getByRole("article", { name: LADDER });
    await expect(card.getByText("Ladder ·")).toBeVisible();
    await expect(card.getByRole("link", { name: "Open ladder" })).toBeVisible();
    await expectAccessible(page);
    await shot(page, "therapist-client-page");
  });

  await test.step("the client fills the worksheet, reloads mid-way, and submits", async () => {
    const page = client;
    await page.goto("/portal");
    const dueToday = page.getByRole("region", { name: "Due today" });
    await expect(dueToday.getByRole("link", { name: WORKSHEET })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Your ladder" }).getByRole("link", { name: LADDER }),
    ).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Crisis support" })).toBeVisible();
    await expectAccessible(page);
    await shot(page, "portal-home");

    await dueToday.getByRole("link", { name: WORKSHEET }).click();
    await expect(page.getByRole("heading", { level: 1, name: WORKSHEET })).toBeVisible();
    await expect(page.getByText("Fill it in this evening.")).toBeVisible();
    await page.getByLabel(Q_TEXT).fill(ANSWER);
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.getByRole("spinbutton", { name: Q_SCALE }).fill("7");
    await expectAccessible(page);

    // Mid-way reload: the words and the rating are still there.
    await page.reload();
    await expect(page.getByLabel(Q_TEXT)).toHaveValue(ANSWER);
    await expect(page.getByRole("slider", { name: Q_SCALE })).toHaveValue("7");
    await expect(page).not.toHaveTitle(/sister/);
    await expectAccessible(page);
    await shot(page, "worksheet-draft");

    await page.getByRole("radio", { name: "Partly" }).check();
    await page.getByRole("button", { name: "Submit worksheet" }).click();
    await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
    await expect(page.getByText(ANSWER)).toBeVisible();
    await expect(page.getByLabel(Q_TEXT)).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "worksheet-submitted");

    await page.goto("/portal");
    await expect(
      page.getByRole("region", { name: "Due today" }).getByRole("link", { name: WORKSHEET }),
    ).toHaveCount(0);
    await expect(
      page.getByRole("region", { name: "Recently done" }).getByRole("link", { name: WORKSHEET }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("the client does a ladder attempt from start to finish", async () => {
    const page = client;
    await page
      .getByRole("region", { name: "Your ladder" })
      .getByRole("link", { name: LADDER })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: LADDER })).toBeVisible();
    await expect(page.getByText("Start with step one this week.")).toBeVisible();
    const step = page.getByRole("region", { name: STEP });
    await expect(step.getByText("Current step", { exact: true })).toBeVisible();
    await expect(step.getByText(/Expected distress: 10/)).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Ask for a small favour" }).getByText("Locked", {
        exact: true,
      }),
    ).toBeVisible();
    await expectAccessible(page);
    await shot(page, "ladder-before");

    await step.getByLabel("What do you fear will happen?").fill(PREDICTION);
    await step.getByLabel("How likely does that feel? (0-100)").fill("60");
    await step.getByLabel("Your distress right now (0-100)").fill("45");
    await step.getByRole("button", { name: "Start the attempt" }).click();
    await expect(step.getByText(/You started this on/)).toBeVisible();
    await expect(step.getByText("(in progress)")).toBeVisible();
    await expectAccessible(page);

    await step.getByLabel("Peak distress (0-100)").fill("50");
    await step.getByLabel("Distress afterwards (0-100)").fill("20");
    await step.getByRole("radio", { name: "No", exact: true }).check();
    await step.getByLabel("What actually happened?").fill("They asked where I was going.");
    await step
      .getByLabel("How likely does it feel now that it would happen next time? (0-100)")
      .fill("30");
    await step.getByRole("button", { name: "Save how it went" }).click();
    await expect(step.getByRole("button", { name: "Start the attempt" })).toBeVisible();
    await expect(step.getByText("After-distress over 1 attempt: 20.")).toBeVisible();
    await expect(step.getByText("(in progress)")).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "ladder-after-attempt");
  });

  await test.step("the therapist sees both and leaves feedback on each", async () => {
    const page = therapist;
    // Due once and done: the worksheet has moved from Active to Completed; the ladder goes on.
    await page.goto(`/therapist/clients/${clientId}`);
    await expect(page.getByRole("article", { name: LADDER })).toBeVisible();
    await expect(page.getByRole("article", { name: WORKSHEET })).toHaveCount(0);
    await page
      .getByRole("navigation", { name: "Homework by status" })
      .getByRole("link", { name: "Completed" })
      .click();
    await expect(page).toHaveURL(/status=COMPLETED/);
    const done = page
      .getByRole("article", { name: WORKSHEET })
      .getByRole("list", { name: `Due dates of ${WORKSHEET}` })
      .getByRole("link", { name: /23:59: done/ });
    await expect(done).toBeVisible();
    await expectAccessible(page);
    await shot(page, "therapist-client-completed");

    await page.getByRole("link", { name: "Submissions", exact: true }).click();
    const list = page.getByRole("list", { name: "Submissions" });
    const link = list.getByRole("link", { name: `${pair.client.name}: ${WORKSHEET}` });
    await expect(link).toHaveCount(1);
    await expectAccessible(page);
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: WORKSHEET })).toBeVisible();
    await expect(page.getByText(ANSWER)).toBeVisible();
    await expect(page.getByText(Q_SCALE)).toBeVisible();
    await page.getByLabel("Your feedback").fill(WORKSHEET_FEEDBACK);
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(
      page.getByRole("list", { name: "Feedback" }).getByText(WORKSHEET_FEEDBACK),
    ).toBeVisible();
    await expectAccessible(page);
    await shot(page, "therapist-submission");

    await page.goto(`/therapist/clients/${clientId}`);
    await page
      .getByRole("article", { name: LADDER })
      .getByRole("link", { name: "Open ladder" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: LADDER })).toBeVisible();
    await expect(page.getByText(`Client: ${pair.client.name}`)).toBeVisible();
    const step = page.getByRole("region", { name: STEP });
    await expect(step.getByText(PREDICTION)).toBeVisible();
    await expect(step.getByText("They asked where I was going.")).toBeVisible();
    await step.getByText("Leave feedback").click();
    await step.getByLabel("Your feedback").fill(LADDER_FEEDBACK);
    await step.getByRole("button", { name: "Send feedback" }).click();
    await expect(step.getByText(LADDER_FEEDBACK)).toBeVisible();
    await expectAccessible(page);
    await shot(page, "therapist-ladder");
  });

  await test.step("the client reads both pieces of feedback and replies", async () => {
    const page = client;
    await page.goto("/portal");
    const newFeedback = page.getByRole("region", { name: "New feedback" });
    const onWorksheet = newFeedback.getByRole("link", {
      name: `${pair.therapist.name} on ${WORKSHEET}`,
    });
    const onLadder = newFeedback.getByRole("link", { name: `${pair.therapist.name} on ${LADDER}` });
    await expect(onWorksheet).toBeVisible();
    await expect(onLadder).toBeVisible();
    await expectAccessible(page);
    await shot(page, "portal-feedback");

    await onWorksheet.click();
    await expect(page.getByRole("heading", { level: 1, name: WORKSHEET })).toBeVisible();
    await expect(page.getByText(WORKSHEET_FEEDBACK)).toBeVisible();
    await page.getByLabel("Your reply").fill(WORKSHEET_REPLY);
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect(page.getByText(WORKSHEET_REPLY)).toBeVisible();
    await expect(page.getByLabel("Your reply")).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "client-worksheet-reply");

    await page.goto("/portal");
    await onLadder.click();
    await expect(page.getByRole("heading", { level: 1, name: LADDER })).toBeVisible();
    const feedback = page
      .getByRole("region", { name: STEP })
      .getByRole("region", { name: "Feedback from your therapist" });
    await expect(feedback).toContainText(LADDER_FEEDBACK);
    await feedback.getByLabel("Your reply").fill(LADDER_REPLY);
    await feedback.getByRole("button", { name: "Send reply" }).click();
    await expect(feedback.getByText(LADDER_REPLY)).toBeVisible();
    await expect(feedback.getByLabel("Your reply")).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "client-ladder-reply");

    // Both are read now, so neither is "new" any more.
    await page.goto("/portal");
    await expect(page.getByRole("region", { name: "New feedback" })).toContainText(
      "No new messages from your therapist.",
    );
    await expectAccessible(page);
  });

  await test.step("the therapist sees both replies", async () => {
    const page = therapist;
    await page.reload();
    await expect(page.getByRole("region", { name: STEP }).getByText(LADDER_REPLY)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Submissions", exact: true }).click();
    await page
      .getByRole("list", { name: "Submissions" })
      .getByRole("link", { name: `${pair.client.name}: ${WORKSHEET}` })
      .click();
    await expect(page.getByText(WORKSHEET_REPLY)).toBeVisible();
    await expectAccessible(page);
  });

  await therapist.context().close();
  await client.context().close();
});
