import type { Browser, Page } from "@playwright/test";
import type { TWorksheetField } from "~/features/templates/worksheet-body-schema";
import {
  assignBuiltin,
  assignOwnWorksheet,
  call,
  callerAs,
  createPair,
  dueTonight,
  expect,
  expectAccessible,
  firstOccurrenceId,
  signedInPage,
  test,
  type TPair,
  type TPerson,
} from "./fixtures";

// One journey over a built-in "Small victories" worksheet due today, in order.
test("a client fills, reloads and submits a worksheet; the therapist replies; the client answers", async ({
  pair,
  client: { page },
  therapist: { page: therapist },
}) => {
  test.setTimeout(120_000);
  const context = page.context();
  await assignBuiltin(pair, "small-victories", dueTonight(pair.client));
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
  // Sent as the page went away, or from the tab's copy after the reload: either way, saved.
  await expect(
    page.getByText(/^(Saved|Your answers save as you type\.)$/, { exact: false }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/Worksheet/);
  await expect(page).not.toHaveTitle(/river/);

  // Submit-mode checks run in the browser first and point at the field.
  await page.getByLabel("Why did it matter to you?").fill("");
  await page.getByRole("button", { name: "Submit worksheet" }).click();
  await expect(page.getByText("This question needs an answer.")).toBeVisible();
  await expect(page.getByLabel("Why did it matter to you?")).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("Why did it matter to you?").fill("I usually keep it to myself");
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
  await therapist.goto("/therapist/submissions");
  const list = therapist.getByRole("list", { name: "Submissions" });
  await expect(
    list.getByRole("link", { name: `${pair.client.name}: Small victories` }),
  ).toHaveCount(1);
  await expectAccessible(therapist);
  await list.getByRole("link", { name: `${pair.client.name}: Small victories` }).click();
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
  await newFeedback
    .getByRole("link", { name: `${pair.therapist.name} on Small victories` })
    .click();
  await page.getByLabel("Your reply").fill("Thank you, it helped");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Thank you, it helped")).toBeVisible();
  await expect(page.getByLabel("Your reply")).toHaveCount(0);
  await page.goto("/portal");
  await expect(page.getByRole("region", { name: "New feedback" })).toContainText(
    "No new messages from your therapist.",
  );
  await therapist.reload();
  await expect(therapist.getByText("Thank you, it helped")).toBeVisible();
});

test("another client's or a made-up worksheet is not found", async ({
  client: { page },
  therapist: { page: therapist },
}) => {
  const someoneElse = await createPair();
  const { assignmentId } = await giveWorksheet(someoneElse, "Someone else's check-in");
  const theirs = await page.goto(`/portal/worksheets/${await firstOccurrenceId(assignmentId)}`);
  expect(theirs?.status()).toBe(404);
  const response = await page.goto("/portal/worksheets/not-a-real-id");
  expect(response?.status()).toBe(404);
  await therapist.goto("/portal/worksheets/not-a-real-id");
  await expect(therapist).toHaveURL(/\/therapist$/);
});

// ---- Drafts: each test gives its client a worksheet of its own ----

const WHAT = "What happened?";
const HOW_TENSE = "How tense were you?";

const DEFAULT_FIELDS: TWorksheetField[] = [
  { id: "what", type: "long_text", label: WHAT, required: true },
  { id: "tense", type: "scale", label: HOW_TENSE, required: false, min: 0, max: 100, step: 1 },
];

/** The therapist builds a worksheet and gives it to the client, due tonight. */
async function giveWorksheet(
  pair: TPair,
  title: string,
  fields: TWorksheetField[] = DEFAULT_FIELDS,
): Promise<{ title: string; assignmentId: string }> {
  const { assignmentId } = await assignOwnWorksheet(pair, title, fields);
  return { title, assignmentId };
}

async function openWorksheet(page: Page, title: string) {
  await page.goto("/portal");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

const storedKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(window.sessionStorage).filter((k) => k.startsWith("draft:worksheet")),
  );

const occurrenceIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-1)!;

/** Checks what reached the server, from another browser with no copy of its own. */
async function serverCopyOf(browser: Browser, client: TPerson, title: string) {
  const elsewhere = await signedInPage(browser, client);
  return {
    is: (text: string) =>
      expect(async () => {
        await openWorksheet(elsewhere, title);
        await expect(elsewhere.getByLabel(WHAT)).toHaveValue(text, { timeout: 1_000 });
      }).toPass(),
    close: () => elsewhere.context().close(),
  };
}

test("leaving right after typing still saves, by a link or by closing the page", async ({
  pair,
  client: { page },
  browser,
}) => {
  const { title } = await giveWorksheet(pair, "Leaving check");
  const server = await serverCopyOf(browser, pair.client, title);

  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("Typed, then straight to Today");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await server.is("Typed, then straight to Today");

  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("Typed, then the page went away");
  await page.goto("about:blank");
  await server.is("Typed, then the page went away");
  await server.close();
});

test("a second tab's newer answers are never overwritten: the client chooses, nothing is lost", async ({
  pair,
  client: { page },
}) => {
  const context = page.context();
  const { title } = await giveWorksheet(pair, "Two tabs check");
  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("First words from tab A");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  const tabB = await context.newPage();
  await openWorksheet(tabB, title);
  await expect(tabB.getByLabel(WHAT)).toHaveValue("First words from tab A");
  await tabB.getByLabel(WHAT).fill("Newer words from tab B");
  await expect(tabB.getByText("Saved", { exact: true })).toBeVisible();

  // Tab A, opened before B saved, types on: its save is refused and both copies are shown.
  await page.getByLabel(WHAT).fill("Tab A kept typing");
  const choice = page.getByRole("region", {
    name: "These answers were also changed somewhere else",
  });
  await expect(choice).toBeVisible();
  await expect(choice).toContainText("Newer words from tab B");
  await expect(choice).toContainText("Tab A kept typing");
  await expect(page.getByLabel(WHAT)).toHaveValue("Tab A kept typing");
  await expect(page.getByText(/Not saved — these answers were also changed/)).toBeVisible();

  // A reload keeps the choice: the tab's copy started from an older revision than the server's.
  await page.reload();
  await expect(choice).toBeVisible();
  await expect(page.getByLabel(WHAT)).toHaveValue("Tab A kept typing");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({
    path: test.info().outputPath("worksheet-conflict-390.png"),
    fullPage: true,
  });

  await choice.getByRole("button", { name: "Keep the answers in this tab" }).click();
  await expect(choice).toHaveCount(0);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await tabB.reload();
  await expect(tabB.getByLabel(WHAT)).toHaveValue("Tab A kept typing");

  // The other way round: tab B (now behind) types, then takes the newer saved copy.
  const savedA = page.waitForResponse((r) => r.url().includes("worksheets.saveDraft") && r.ok());
  await page.getByLabel(WHAT).fill("Final words from tab A");
  await savedA;
  await tabB.getByLabel(WHAT).fill("Tab B again");
  const choiceB = tabB.getByRole("region", {
    name: "These answers were also changed somewhere else",
  });
  await choiceB.getByRole("button", { name: "Use the newer saved copy" }).click();
  await expect(tabB.getByLabel(WHAT)).toHaveValue("Final words from tab A");
  await expect(tabB.getByText("Saved", { exact: true })).toBeVisible();
  expect(await storedKeys(tabB)).toEqual([]);
});

test("the scale takes its resting value and a typed number; unanswered shows as unanswered", async ({
  pair,
  client: { page },
}) => {
  const { title } = await giveWorksheet(pair, "Scale check");
  await openWorksheet(page, title);
  const slider = page.getByRole("slider", { name: HOW_TENSE });
  const box = page.getByRole("spinbutton", { name: HOW_TENSE });
  await expect(page.getByText(/Not rated yet/)).toBeVisible();
  await expect(box).toHaveValue("");
  await slider.click(); // the thumb rests mid-way: tapping it answers 50
  await expect(box).toHaveValue("50");
  await box.fill("73");
  await expect(slider).toHaveValue("73");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // Off the scale: the 73 before it is not what is kept, and the worksheet can't be submitted.
  const saved = page.waitForResponse((r) => r.url().includes("worksheets.saveDraft") && r.ok());
  await box.fill("730");
  await expect(page.getByText("Choose a whole number from 0 to 100.")).toBeVisible();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(slider).toHaveAttribute("aria-valuetext", "Not rated yet");
  await saved;
  const occurrenceId = occurrenceIdOf(page);
  const task = await call<{ submission: { answers: Record<string, unknown> } }>(
    page,
    "worksheets.task",
    { occurrenceId },
  );
  expect(task.submission.answers).not.toHaveProperty("tense");
  await page.getByLabel(WHAT).fill("A rating I mistyped");
  await page.getByRole("button", { name: "Submit worksheet" }).click();
  await expect(page.getByText("Some answers need another look.")).toBeVisible();
  await expect(page.getByText("Choose a whole number from 0 to 100.")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Your answers" })).toHaveCount(0);
  await expectAccessible(page);

  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(box).toHaveValue("49");
  await expect(page.getByText("Choose a whole number from 0 to 100.")).toHaveCount(0);
  await expectAccessible(page);
});

test("signing out in one tab clears the stored draft copies in every tab", async ({
  pair,
  client: { page },
}) => {
  const context = page.context();
  const { title } = await giveWorksheet(pair, "Sign-out check");
  // Saves fail here, so the words stay only in the tabs' copies.
  await context.route("**/api/trpc/worksheets.saveDraft*", (route) => route.abort());
  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("Private words on a shared computer");
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
  expect(await storedKeys(page)).toHaveLength(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({
    path: test.info().outputPath("worksheet-save-error-390.png"),
    fullPage: true,
  });

  const other = await context.newPage();
  await openWorksheet(other, title);
  await other.getByLabel(WHAT).fill("More private words");
  await expect(other.getByText(/Saved on this device/)).toBeVisible();
  expect(await storedKeys(other)).toHaveLength(1);

  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(other).toHaveURL(/\/sign-in/);
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await storedKeys(other)).toEqual([]);
  expect(await storedKeys(page)).toEqual([]);
});

test("submitted in another tab: this tab turns read-only and shows its unsent words once", async ({
  pair,
  client: { page },
}) => {
  const context = page.context();
  const { title } = await giveWorksheet(pair, "Submitted elsewhere check");
  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("The answer I submit");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  const tabB = await context.newPage();
  await openWorksheet(tabB, title);
  await tabB.getByRole("button", { name: "Submit worksheet" }).click();
  await expect(tabB.getByRole("heading", { name: "Your answers" })).toBeVisible();

  await page.getByLabel(WHAT).fill("Words typed after the submit");
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await expect(page.getByLabel(WHAT)).toHaveCount(0);
  const leftover = page.getByRole("region", { name: "Text from this tab that was not saved" });
  await expect(leftover).toContainText("Words typed after the submit");
  await expectAccessible(page);
  expect(await storedKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await expect(leftover).toHaveCount(0);
});

test("a worksheet closed with a draft still shows the client's saved answers, read-only", async ({
  pair,
  client: { page },
}) => {
  const { title, assignmentId } = await giveWorksheet(pair, "Closed draft check");
  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("Words I want to keep");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await (await callerAs(pair.therapist)).assignments.end({ assignmentId });
  await page.reload();
  await expect(page.getByText(/closed this worksheet/)).toBeVisible();
  const saved = page.getByRole("region", { name: "Your saved answers" });
  await expect(saved).toContainText("Words I want to keep");
  await expect(saved).toContainText("Not answered"); // the rating never given
  await expect(page.getByLabel(WHAT)).toHaveCount(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({
    path: test.info().outputPath("worksheet-closed-390.png"),
    fullPage: true,
  });
});

test("a choice question says it is required in its legend and marks each option when unanswered", async ({
  pair,
  client: { page },
}) => {
  const { title } = await giveWorksheet(pair, "Choice check", [
    {
      id: "how",
      type: "single_choice",
      label: "How did it go?",
      required: true,
      options: [
        { id: "well", label: "Well" },
        { id: "badly", label: "Badly" },
      ],
    },
    {
      id: "done",
      type: "checklist",
      label: "What did you do?",
      required: false,
      options: [{ id: "asked", label: "Asked for help" }],
    },
  ]);
  await openWorksheet(page, title);
  const how = page.getByRole("group", { name: "How did it go? (required)" });
  await expect(how).toBeVisible();
  await expect(page.getByRole("group", { name: "What did you do? (optional)" })).toBeVisible();
  await page.getByRole("button", { name: "Submit worksheet" }).click();
  const well = how.getByRole("radio", { name: "Well" });
  await expect(well).toBeFocused();
  for (const option of [well, how.getByRole("radio", { name: "Badly" })]) {
    await expect(option).toHaveAttribute("aria-invalid", "true");
    await expect(option).toHaveAccessibleDescription("This question needs an answer.");
  }
  await expect(how).not.toHaveAttribute("aria-invalid");
  await expectAccessible(page);
  await well.check();
  await expect(well).not.toHaveAttribute("aria-invalid");
});

test("while a submit runs the answers hold still; when it fails, editing and autosave go on", async ({
  pair,
  client: { page },
  browser,
}) => {
  const { title } = await giveWorksheet(pair, "Submit under way check");
  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("Words before submitting");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  let failSubmit!: () => void;
  const submitMayFail = new Promise<void>((r) => (failSubmit = r));
  await page.route("**/api/trpc/worksheets.submit*", async (route) => {
    await submitMayFail;
    await route.abort();
  });
  await page.getByRole("button", { name: "Submit worksheet" }).click();
  const busy = page.getByRole("button", { name: "Submitting…" });
  await expect(busy).toBeFocused();
  await expect(page.locator("form[aria-busy=true]")).toHaveCount(1);
  await expect(page.getByLabel(WHAT)).not.toBeEditable();
  await expect(page.getByLabel(WHAT)).toHaveValue("Words before submitting");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({
    path: test.info().outputPath("worksheet-submitting-390.png"),
    fullPage: true,
  });

  failSubmit();
  await expect(page.getByText(/The server didn't answer/)).toBeVisible();
  await expect(page.getByLabel(WHAT)).toBeEditable();
  await page.getByLabel(WHAT).fill("Words before submitting, and after it failed");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const server = await serverCopyOf(browser, pair.client, title);
  await server.is("Words before submitting, and after it failed");
  await server.close();
});

test("words typed while a save is under way still reach the server when the client leaves", async ({
  pair,
  client: { page },
  browser,
}) => {
  const { title } = await giveWorksheet(pair, "Leaving mid-save check");
  let answerFirstSave!: () => void;
  const firstSaveMayAnswer = new Promise<void>((r) => (answerFirstSave = r));
  let saves = 0;
  await page.route("**/api/trpc/worksheets.saveDraft*", async (route) => {
    saves += 1;
    if (saves === 1) await firstSaveMayAnswer;
    await route.continue();
  });
  await openWorksheet(page, title);
  await page.getByLabel(WHAT).fill("First words");
  await expect(page.getByText("Saving…")).toBeVisible();
  await page.getByLabel(WHAT).fill("First words, then the last ones");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  answerFirstSave();
  const server = await serverCopyOf(browser, pair.client, title);
  await server.is("First words, then the last ones");
  await server.close();
});

test("a connection that hangs: the save is tried again, and a submit ends with a message", async ({
  pair,
  client: { page },
}) => {
  const { title } = await giveWorksheet(pair, "Hung connection check");
  await page.clock.install();
  await openWorksheet(page, title);
  const neverAnswer = () => {};
  await page.route("**/api/trpc/worksheets.saveDraft*", neverAnswer);
  await page.getByLabel(WHAT).fill("Words on a bad connection");
  await expect(page.getByText("Saving…")).toBeVisible();
  await page.clock.fastForward(15_000);
  await expect(page.getByText(/^Saved on this device — the server isn't answering/)).toBeVisible();
  await page.unroute("**/api/trpc/worksheets.saveDraft*", neverAnswer);
  await page.clock.fastForward(2_000);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.route("**/api/trpc/worksheets.submit*", neverAnswer);
  await page.getByRole("button", { name: "Submit worksheet" }).click();
  await expect(page.getByRole("button", { name: "Submitting…" })).toBeVisible();
  await page.clock.fastForward(20_000);
  await expect(page.getByText(/The server didn't answer/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit worksheet" })).toBeVisible();
  await expect(page.getByLabel(WHAT)).toBeEditable();
  await expect(page.getByLabel(WHAT)).toHaveValue("Words on a bad connection");
});

test("text another person left in this tab is let go when a worksheet opens", async ({
  pair,
  client: { page },
}) => {
  const { title } = await giveWorksheet(pair, "Shared tab check");
  await openWorksheet(page, title);
  await page.evaluate((occurrenceId) => {
    const copy = JSON.stringify({ answers: { what: "Someone else's words" }, baseRevision: 0 });
    window.sessionStorage.setItem(`draft:worksheet:someone-else:${occurrenceId}`, copy);
    window.sessionStorage.setItem(`draft:worksheet:${occurrenceId}`, copy); // named nobody
  }, occurrenceIdOf(page));
  await page.reload();
  await expect(page.getByLabel(WHAT)).toHaveValue("");
  await expect(page.getByText("Someone else's words")).toHaveCount(0);
  await expect.poll(() => storedKeys(page)).toEqual([]);
});
