import {
  assignBuiltin,
  callerAs,
  dailyForTwoWeeks,
  expect,
  expectAccessible,
  recordAttempt,
  test,
  type TPair,
} from "./fixtures";

const LADDER = "Graduated trust-building ladder";

/**
 * Two daily worksheets and a daily ladder practice for two weeks, so "Coming up" holds 21 items,
 * more than one page.
 */
async function makeBusy(pair: TPair) {
  for (const builtinKey of ["trust-trigger-journal", "thought-record", "trust-ladder"]) {
    await assignBuiltin(pair, builtinKey, dailyForTwoWeeks(pair.client));
  }
}

test("today shows ladder practice and the current step; a busy week pages by keyboard; reading feedback is one call", async ({
  pair,
  client: { page: client },
}) => {
  test.setTimeout(90_000);
  await makeBusy(pair);
  await client.setViewportSize({ width: 390, height: 844 });
  await client.goto("/portal");

  const today = client.getByRole("region", { name: "Due today" });
  await expect(today.getByRole("listitem")).toHaveCount(3);
  const practice = today.getByRole("listitem").filter({ hasText: "Ladder practice" });
  await expect(practice.getByRole("link", { name: LADDER })).toHaveAttribute(
    "href",
    /^\/portal\/ladders\/[^/]+$/,
  );
  await expect(client.getByRole("region", { name: "Your ladder" })).toContainText(
    /Step 1 of \d+: Share a small preference/,
  );

  const comingUp = client.getByRole("region", { name: "Coming up" });
  await expect(comingUp.getByRole("listitem")).toHaveCount(10);
  await expectAccessible(client);
  await client.screenshot({ path: test.info().outputPath("portal-home-390.png"), fullPage: true });

  const more = comingUp.getByRole("button", { name: "Show more in Coming up" });
  // A dropped connection: a plain sentence and a retry, never the browser's "Failed to fetch".
  const sectionCall = "**/api/trpc/portal.section?**";
  await client.route(sectionCall, (route) => route.abort("internetdisconnected"));
  await more.focus();
  await client.keyboard.press("Enter");
  await expect(comingUp.getByRole("alert")).toHaveText(
    "We couldn't load more just now. Check your internet connection, then try again.",
  );
  await expect(comingUp).not.toContainText("fetch");
  await client.unroute(sectionCall);
  const retry = comingUp.getByRole("button", { name: "Try again in Coming up" });
  await expect(retry).toBeFocused();
  await client.keyboard.press("Enter");
  await expect(comingUp.getByRole("listitem")).toHaveCount(20);
  await expect(comingUp.getByRole("alert")).toHaveCount(0);
  // The person carries on from the first item they had not seen.
  await expect(comingUp.getByRole("listitem").nth(10).getByRole("link")).toBeFocused();
  await more.focus();
  await client.keyboard.press("Enter");
  await expect(comingUp.getByRole("listitem")).toHaveCount(21);
  await expect(more).toHaveCount(0);
  await expectAccessible(client);

  // Two attempts today (the first counts as today's practice), each with feedback.
  const href = await practice.getByRole("link", { name: LADDER }).getAttribute("href");
  const assignmentId = href!.split("/").at(-1)!;
  const asTherapist = await callerAs(pair.therapist);
  for (const body of ["First note", "Second note"]) {
    const attemptId = await recordAttempt(pair.client, {
      assignmentId,
      stepId: "share-a-preference",
      prediction: "p",
      predictionConfidence: 50,
      distressBefore: 40,
      peakDistress: 40,
      afterDistress: 20,
      fearedOutcome: "NO",
      whatHappened: "w",
    });
    await asTherapist.feedback.create({ target: { attemptId }, body });
  }
  await client.reload();
  await expect(today.getByRole("listitem")).toHaveCount(2);
  await expect(today).not.toContainText("Ladder practice");
  // Practice done shows with the worksheets done, each opening its ladder.
  const practised = client
    .getByRole("region", { name: "Recently done" })
    .getByRole("listitem")
    .filter({ hasText: "Ladder practice: Share a small preference" });
  await expect(practised).toHaveCount(2);
  await expect(practised.first().getByRole("link", { name: LADDER })).toHaveAttribute(
    "href",
    `/portal/ladders/${assignmentId}`,
  );
  const newFeedback = client.getByRole("region", { name: "New feedback" });
  await expect(newFeedback.getByRole("listitem")).toHaveCount(2);

  // Opening the ladder marks all its feedback seen, in one call.
  const markSeen: string[] = [];
  client.on("request", (r) => {
    if (r.url().includes("feedback.markSeen")) markSeen.push(r.url());
  });
  const marked = client.waitForResponse((r) => r.url().includes("feedback.markSeen"));
  await newFeedback.getByRole("link").first().click();
  await expect(client.getByRole("heading", { level: 1, name: LADDER })).toBeVisible();
  expect((await marked).ok()).toBe(true);
  await expectAccessible(client);
  await client.goto("/portal");
  await expect(newFeedback).toContainText("No new messages from your therapist.");
  // One procedure call (a batch of one per attempt would read "markSeen,feedback.markSeen").
  expect(markSeen).toEqual([expect.stringMatching(/\/api\/trpc\/feedback\.markSeen\?/)]);
  await expectAccessible(client);
});
