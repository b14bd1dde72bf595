import { expect, expectAccessible, test } from "./fixtures";

const BUILTIN_WORKSHEET = "Thought record for trust fears";
const BUILTIN_LADDER = "Graduated trust-building ladder";

test("a therapist browses the library, filters and previews a built-in", async ({
  therapist: { page },
}) => {
  await page.goto("/therapist/templates");
  await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  const library = page.getByRole("list", { name: "Templates" });
  await expect(library.getByRole("link", { name: BUILTIN_LADDER, exact: true })).toBeVisible();
  // A new therapist has no templates of their own yet: the library is the thirteen built-ins.
  const items = library.getByRole("listitem");
  await expect(items).toHaveCount(13);
  await expect(items.filter({ hasText: "Built-in" })).toHaveCount(13);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("library.png"), fullPage: true });

  await page.getByLabel("Kind").selectOption("WORKSHEET");
  await page.getByRole("button", { name: "Show templates" }).click();
  await expect(page).toHaveURL(/kind=WORKSHEET/);
  await expect(library.getByRole("link", { name: BUILTIN_LADDER, exact: true })).toHaveCount(0);
  await expect(items).toHaveCount(12);
  await expect(library.getByText("Ladder", { exact: true })).toHaveCount(0);

  await library.getByRole("link", { name: BUILTIN_WORKSHEET }).click();
  await expect(page.getByRole("heading", { name: `Preview: ${BUILTIN_WORKSHEET}` })).toBeVisible();
  await expect(page.getByText("Why this helps")).toBeVisible();
  await expect(page.getByLabel("What was the situation?")).toBeDisabled();
  await expect(
    page.getByRole("heading", { name: "How to use it (only you see this)" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Assign to a client" })).toHaveAttribute(
    "href",
    /\/therapist\/assign\?templateId=/,
  );
  await expect(page.getByRole("button", { name: "Make my own copy" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("preview.png"), fullPage: true });
});

test("a ladder previews as the client's ladder: first step current, the rest locked", async ({
  therapist: { page },
}) => {
  await page.goto("/therapist/templates");
  await page
    .getByRole("list", { name: "Templates" })
    .getByRole("link", { name: BUILTIN_LADDER, exact: true })
    .click();
  await expect(page.getByRole("heading", { name: `Preview: ${BUILTIN_LADDER}` })).toBeVisible();
  const preview = page.getByRole("region", { name: "What your client sees" });
  await expect(preview.getByText(/the app suggests moving up, and you decide/)).toBeVisible();
  await expect(preview.getByRole("region", { name: "Why this helps" })).toBeVisible();
  const steps = preview.getByRole("list", { name: "Ladder steps, easiest first" });
  const first = steps.getByRole("region", { name: "Share a small preference" });
  await expect(first.getByText("Current step", { exact: true })).toBeVisible();
  await expect(
    steps.getByRole("region", { name: "Ask for a small favour" }).getByText("Locked", {
      exact: true,
    }),
  ).toBeVisible();
  await expect(steps.getByText("Current step", { exact: true })).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("ladder-preview.png"), fullPage: true });
});

test("a therapist builds, reorders, saves and edits a worksheet", async ({
  therapist: { page },
}) => {
  const title = "Evening check";
  await page.goto("/therapist/templates");
  await page.getByRole("link", { name: "New worksheet" }).click();
  await expect(page.getByRole("heading", { name: "New worksheet" })).toBeVisible();

  // Saving an empty worksheet is refused with messages next to the inputs.
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Give the template a title.")).toBeVisible();
  await expect(page.getByText("Add at least one question.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  // Focus goes to the first input in error; fixing it clears its message at once.
  await expect(page.getByLabel("Title")).toBeFocused();

  await page.getByLabel("Title").fill(title);
  await expect(page.getByText("Give the template a title.")).toHaveCount(0);
  await expect(page.getByLabel("Title")).not.toHaveAttribute("aria-invalid");
  await page.getByLabel("Why this helps (the client sees this)").fill("Noticing is a first step.");
  await page.getByRole("button", { name: "Add question" }).click();
  const first = page.getByRole("group", { name: /^Question 1/ });
  await first.getByLabel("Question", { exact: true }).fill("What happened?");

  await page.getByLabel("New question type").selectOption("scale");
  await page.getByRole("button", { name: "Add question" }).click();
  const scale = page.getByRole("group", { name: /^Question 2/ });
  await scale.getByLabel("Question", { exact: true }).fill("How tense were you?");
  await scale.getByLabel("Label at the lowest end (optional)").fill("Calm");
  await scale.getByLabel("Label at the highest end (optional)").fill("Very tense");

  await page.getByLabel("New question type").selectOption("single_choice");
  await page.getByRole("button", { name: "Add question" }).click();
  const choice = page.getByRole("group", { name: /^Question 3/ });
  await choice.getByLabel("Question", { exact: true }).fill("Who was there?");
  await choice.getByLabel("Option 1").fill("My partner");
  await choice.getByLabel("Option 2").fill("A friend");

  await page.getByRole("button", { name: "Move “Who was there?” up" }).click();
  await expect(page.getByRole("group", { name: "Question 2 · Pick one" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Question 3 · Scale" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("builder.png"), fullPage: true });

  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("heading", { name: `Preview: ${title}` })).toBeVisible();
  await expect(page.getByRole("radio", { name: "My partner" })).toBeDisabled();
  const choiceBox = await page.getByRole("group", { name: /^Who was there\?/ }).boundingBox();
  const scaleBox = await page.getByRole("slider", { name: "How tense were you?" }).boundingBox();
  expect(choiceBox!.y).toBeLessThan(scaleBox!.y);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Templates", exact: true }).click();
  const card = page.getByRole("listitem").filter({ hasText: title });
  await expect(card.getByText("Yours")).toBeVisible();
  await card.getByRole("link", { name: title }).click();

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit: ${title}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Title").fill(`${title} v2`);
  await page.getByRole("button", { name: "Remove “What happened?”" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: `Preview: ${title} v2` })).toBeVisible();
  await expect(page.getByText("version 2")).toBeVisible();
  await expect(page.getByText("What happened?")).toHaveCount(0);
});

test("the worksheet builder keeps keyboard focus when questions move or go", async ({
  therapist: { page },
}) => {
  await page.goto("/therapist/templates/new?kind=WORKSHEET");
  for (const [n, label] of ["First", "Second", "Third"].entries()) {
    await page.getByRole("button", { name: "Add question" }).click();
    const group = page.getByRole("group", { name: new RegExp(`^Question ${n + 1}`) });
    await group.getByLabel("Question", { exact: true }).fill(label);
  }
  const questionAt = (n: number) =>
    page.getByRole("group", { name: new RegExp(`^Question ${n}`) }).getByLabel("Question", {
      exact: true,
    });

  // Up twice from the keyboard: focus stays on the moved question's Up button, then, once it
  // is first and Up is disabled, on its Down button.
  await page.getByRole("button", { name: "Move “Third” up" }).focus();
  await page.keyboard.press("Enter");
  await expect(questionAt(2)).toHaveValue("Third");
  await expect(page.getByRole("button", { name: "Move “Third” up" })).toBeFocused();
  await expect(page.getByText("Question moved to position 2 of 3.")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(questionAt(1)).toHaveValue("Third");
  await expect(page.getByRole("button", { name: "Move “Third” down" })).toBeFocused();
  await expect(page.getByText("Question moved to position 1 of 3.")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(questionAt(2)).toHaveValue("Third");
  await expect(page.getByRole("button", { name: "Move “Third” down" })).toBeFocused();

  // Remove: focus goes to the next question's Remove, then the previous one's, then Add.
  await page.getByRole("button", { name: "Remove “Third”" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove “Second”" })).toBeFocused();
  await expect(page.getByText("Question removed. 2 left.")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove “First”" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Add question" })).toBeFocused();
  await expectAccessible(page);
});

test("emptied number boxes say what to do, next to the box", async ({ therapist: { page } }) => {
  await page.goto("/therapist/templates/new?kind=WORKSHEET");
  await page.getByLabel("Title").fill("Numbers");
  await page.getByLabel("New question type").selectOption("scale");
  await page.getByRole("button", { name: "Add question" }).click();
  await page.getByLabel("Question", { exact: true }).fill("How tense?");
  await page.getByLabel("Lowest value").fill("");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByLabel("Lowest value")).toHaveAccessibleDescription("Enter a number.");
  await expect(page.getByText(/expected number/)).toHaveCount(0);
  // Nothing typed is lost: the question is still there.
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue("How tense?");

  await page.goto("/therapist/templates/new?kind=LADDER&start=builtin");
  const target = page.getByLabel("After-distress at or below (0-100)");
  await target.fill("");
  await page.getByLabel("Attempts in a row (1-5)").fill("9");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(target).toHaveAccessibleDescription("Enter a number.");
  await expect(page.getByLabel("Attempts in a row (1-5)")).toHaveAccessibleDescription(
    "Use a number from 1 to 5.",
  );

  // The ladder's steps keep focus too: the third step moved to the top keeps its Down button.
  const up = page.getByRole("button", { name: "Move “Hand over a small task” up" });
  await up.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("button", { name: "Move “Hand over a small task” down" }),
  ).toBeFocused();
  await expect(page.getByText("Step moved to position 1 of")).toBeAttached();
  await expectAccessible(page);
});
