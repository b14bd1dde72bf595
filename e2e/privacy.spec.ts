import {
  assignBuiltin,
  callerAs,
  dueTonight,
  expect,
  expectAccessible,
  firstOccurrenceId,
  test,
} from "./fixtures";

test("a client sees on “Who has seen my answers” that their therapist opened their entry", async ({
  pair,
  therapist,
  client,
}) => {
  const { assignmentId } = await assignBuiltin(pair, "small-victories", dueTonight(pair.client));
  const occurrenceId = await firstOccurrenceId(assignmentId);
  await (
    await callerAs(pair.client)
  ).worksheets.submit({
    occurrenceId,
    answers: { what_i_did: "Asked for help", why_it_mattered: "Trust", celebrate: "Tea" },
    baseRevision: 0,
    idempotencyKey: crypto.randomUUID(),
  });

  // Nothing opened yet.
  await client.page.goto("/portal/settings");
  await client.page.getByRole("link", { name: "Who has seen my answers" }).click();
  await expect(client.page.getByRole("heading", { name: "Who has seen my answers" })).toBeVisible();
  await expect(
    client.page.getByText("No therapist has opened any of your pages yet."),
  ).toBeVisible();

  // The therapist opens the client's page, then the entry.
  await therapist.page.goto(`/therapist/clients/${pair.client.id}`);
  await therapist.page.goto("/therapist/submissions");
  await therapist.page.getByRole("link", { name: `${pair.client.name}: Small victories` }).click();
  await expect(therapist.page.getByText("Asked for help")).toBeVisible();

  await client.page.reload();
  const views = client.page
    .getByRole("list", { name: "Times a therapist opened your pages" })
    .getByRole("listitem");
  await expect(views).toHaveCount(2);
  await expect(views.nth(0)).toContainText("Your entry in “Small victories”");
  await expect(views.nth(0)).toContainText(`Opened by ${pair.therapist.name}`);
  await expect(views.nth(1)).toContainText("Your overview page");
  await expectAccessible(client.page);

  // The therapist sees the same visits among their own actions.
  await therapist.page.goto("/therapist/activity");
  await expect(
    therapist.page
      .getByRole("list", { name: "Your actions" })
      .getByRole("listitem")
      .filter({ hasText: "Opened a client's entry" }),
  ).toContainText(pair.client.name);
  await expectAccessible(therapist.page);
});
