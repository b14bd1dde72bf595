import { createClient, linkClient } from "../tests/factories";
import {
  assignBuiltin,
  expect,
  expectAccessible,
  recordAttempt,
  test,
  type TPair,
} from "./fixtures";

const STEP_ID = "share-a-preference";

/** The built-in ladder, and attempts on its first step ending at these distress ratings. */
async function ladderWithAttempts(
  pair: TPair,
  attempts: { after: number; outcome: "YES" | "NO" | "PARTLY" }[],
) {
  const { assignmentId } = await assignBuiltin(pair, "trust-ladder", null);
  for (const a of attempts) {
    await recordAttempt(pair.client, {
      assignmentId,
      stepId: STEP_ID,
      prediction: `They will mind (${a.after})`,
      predictionConfidence: 70,
      distressBefore: 60,
      peakDistress: Math.max(a.after, 70),
      afterDistress: a.after,
      fearedOutcome: a.outcome,
      whatHappened: "It went as it went.",
    });
  }
  return assignmentId;
}

test("a flagged client comes first on the caseload with its reason; acknowledging it clears the flag", async ({
  pair,
  therapist: { page },
}) => {
  // A client whose name sorts first, with nothing flagged.
  const early = await createClient({ name: "Aaron Early" });
  await linkClient(pair.therapist.id, early.id);
  // Distress that stays at 80 raises a flag for the therapist.
  await ladderWithAttempts(pair, [{ after: 80, outcome: "NO" }]);

  await page.goto("/therapist");
  const rows = page.getByRole("table", { name: /Clients/ }).getByRole("row");
  const first = rows.nth(1);
  await expect(first.getByRole("rowheader")).toContainText(pair.client.name);
  await expect(first).toContainText("1 open flag");
  await expect(first).toContainText(/distress stayed at 80 after step 1/);
  await expect(first).toContainText("1 waiting for review");
  await expect(first).toContainText("step 1 of");
  await expect(rows.nth(2).getByRole("rowheader")).toContainText("Aaron Early");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Flagged only" }).click();
  await expect(page.getByRole("link", { name: "Flagged only" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("table", { name: /Clients/ }).getByRole("row")).toHaveCount(2);

  await page.getByRole("link", { name: pair.client.name }).click();
  await page.getByRole("button", { name: /Acknowledge: distress stayed at 80/ }).click();
  await expect(page.getByRole("heading", { name: /Needs your attention/ })).toHaveCount(0);

  await page.goto("/therapist?flagged=1");
  await expect(page.getByText("No client has an open flag.")).toBeVisible();
  await page.goto("/therapist");
  const row = page.getByRole("row").filter({ hasText: pair.client.email });
  await expect(row).toContainText("1 waiting for review");
  await expect(row).not.toContainText("open flag");
});

test("the client's progress page: a chart per step with its summary and numbers, and it prints", async ({
  pair,
  therapist: { page },
}) => {
  await ladderWithAttempts(pair, [
    { after: 60, outcome: "PARTLY" },
    { after: 30, outcome: "NO" },
  ]);
  await page.goto(`/therapist/clients/${pair.client.id}`);
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Progress: ${pair.client.name}`);

  const step = page.getByRole("figure", { name: /Step 1: Share a small preference/ });
  await expect(step).toContainText("Distress afterwards fell from 60 to 30 over 2 attempts.");
  await step.getByText("Show the numbers").click();
  const table = step.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(2)).toContainText("30");

  const outcomes = page.getByRole("figure", { name: /Did the feared outcome happen/ });
  await expect(outcomes).toContainText(
    "Of 2 feared outcomes found out, 1 did not happen, 1 partly happened and 0 happened.",
  );
  await expect(page.getByRole("figure", { name: /How likely it felt beforehand/ })).toContainText(
    "On average the fear felt 70 out of 100 likely beforehand",
  );
  await expect(page.getByRole("figure", { name: /Due dates done and missed/ })).toBeVisible();
  await expectAccessible(page);

  // Printed, the charts stay and the screen-only controls go.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(step.locator("svg").first()).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
});

test("My progress: steps done, fears that did not happen with the list, and the trend", async ({
  pair,
  client: { page },
}) => {
  await ladderWithAttempts(pair, [
    { after: 50, outcome: "YES" },
    { after: 35, outcome: "NO" },
    { after: 25, outcome: "NO" },
  ]);
  await page.goto("/portal");
  await page.getByRole("link", { name: "See my progress" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My progress");
  await expect(page.getByText(/that is a normal part of it/)).toBeVisible();
  await expect(page.getByText("0 of 10 steps done.")).toBeVisible();
  await expect(page.getByText("Now working on step 1: Share a small preference.")).toBeVisible();
  await expect(page.getByText("2 of your 3 feared outcomes did not happen.")).toBeVisible();

  await page.getByText("See the list").click();
  await expect(page.getByRole("link", { name: "They will mind (50)" })).toBeVisible();

  const trend = page.getByRole("figure", { name: "How you felt afterwards, each time" });
  await expect(trend).toContainText("Your distress afterwards went from 50 to 25 over 3 tries.");
  await expect(page.getByRole("figure", { name: "Weeks you practised" })).toContainText(
    /You practised in 1 of the last 12 weeks/,
  );
  await expectAccessible(page);
});

test("a therapist turns the daily summary off in their email settings", async ({
  therapist: { page },
}) => {
  await page.goto("/therapist");
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const summary = page.getByRole("checkbox", { name: "A daily summary email" });
  await expect(summary).toBeChecked();
  await expectAccessible(page);
  await summary.uncheck();
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "A daily summary email" })).not.toBeChecked();
});
