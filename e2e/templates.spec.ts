import { DEMO_THERAPIST, expect, expectAccessible, signInViaApi, test } from "./fixtures";

const BUILTIN_WORKSHEET = "Thought record for trust fears";
const BUILTIN_LADDER = "Graduated trust-building ladder";

test("a therapist browses the library, filters and previews a built-in", async ({ page }) => {
  await signInViaApi(page, DEMO_THERAPIST.email);
  await page.goto("/therapist/templates");
  await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  const library = page.getByRole("list", { name: "Templates" });
  await expect(library.getByRole("link", { name: BUILTIN_LADDER, exact: true })).toBeVisible();
  // Other tests may add own templates in parallel, so count the built-ins only.
  const builtins = library.getByRole("listitem").filter({ hasText: "Built-in" });
  await expect(builtins).toHaveCount(9);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("library.png"), fullPage: true });

  await page.getByLabel("Kind").selectOption("WORKSHEET");
  await page.getByRole("button", { name: "Show templates" }).click();
  await expect(page).toHaveURL(/kind=WORKSHEET/);
  await expect(library.getByRole("link", { name: BUILTIN_LADDER, exact: true })).toHaveCount(0);
  await expect(builtins).toHaveCount(8);
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

test("a therapist builds, reorders, saves and edits a worksheet", async ({ page }) => {
  const title = `Evening check ${Date.now().toString(36)}`;
  await signInViaApi(page, DEMO_THERAPIST.email);
  await page.goto("/therapist/templates");
  await page.getByRole("link", { name: "New worksheet" }).click();
  await expect(page.getByRole("heading", { name: "New worksheet" })).toBeVisible();

  // Saving an empty worksheet is refused with messages next to the inputs.
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Give the template a title.")).toBeVisible();
  await expect(page.getByText("Add at least one question.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Title").fill(title);
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
  const choiceBox = await page.getByText("Who was there?").boundingBox();
  const scaleBox = await page.getByText("How tense were you?").boundingBox();
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
