import { PRIVACY_NOTICE } from "~/lib/notices";
import { db } from "~/server/db";
import {
  assignBuiltin,
  callerAs,
  dueTonight,
  expect,
  expectAccessible,
  firstOccurrenceId,
  signedInPage,
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

test("a therapist archives a client, reads their history, and restores them", async ({
  pair,
  therapist,
}) => {
  await assignBuiltin(pair, "small-victories", dueTonight(pair.client));
  const { page } = therapist;
  await page.goto(`/therapist/clients/${pair.client.id}`);
  await page.getByRole("button", { name: "Archive client" }).click();
  // The question takes the focus, so a screen reader reads it before the buttons.
  await expect(page.locator(":focus")).toContainText(`Archive ${pair.client.name}?`);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Yes, archive ${pair.client.name}` }).click();

  // Read-only now: the history is on the Ended tab, nothing can be assigned.
  await expect(page.getByText(`You archived ${pair.client.name}`)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Assign homework" })).toHaveCount(
    0,
  );
  await expect(page.getByRole("heading", { name: "Small victories" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ended homework" })).toBeVisible();

  await page.goto("/therapist");
  await expect(page.getByRole("link", { name: pair.client.name })).toHaveCount(0);
  await page.getByRole("link", { name: "Former clients" }).click();
  const former = page.getByRole("list", { name: "Former clients" });
  await expect(former.getByRole("listitem")).toContainText("Archived on");
  await expectAccessible(page);
  await former.getByRole("button", { name: `Restore ${pair.client.name}` }).click();
  await page.getByRole("button", { name: "Yes, restore" }).click();
  await expect(page.getByText("No former clients.")).toBeVisible();

  await page.goto("/therapist");
  await page.getByRole("link", { name: pair.client.name }).click();
  await expect(page.getByRole("main").getByRole("link", { name: "Assign homework" })).toBeVisible();
});

test("a client ends a therapist's access from their settings", async ({ pair, client }) => {
  const { page } = client;
  await page.goto("/portal/settings");
  await page.getByRole("button", { name: `End ${pair.therapist.name}'s access` }).click();
  await expect(page.getByText("They keep read-only access to what you shared")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, end their access" }).click();
  await expect(page.getByText("you ended their access on")).toBeVisible();
  await expect(
    page.getByRole("button", { name: `End ${pair.therapist.name}'s access` }),
  ).toHaveCount(0);
});

test("a client downloads everything they wrote, then deletes their account", async ({
  pair,
  client,
}) => {
  const { assignmentId } = await assignBuiltin(pair, "small-victories", dueTonight(pair.client));
  await (
    await callerAs(pair.client)
  ).worksheets.submit({
    occurrenceId: await firstOccurrenceId(assignmentId),
    answers: { what_i_did: "Told Sam the truth", why_it_mattered: "Trust", celebrate: "A walk" },
    baseRevision: 0,
    idempotencyKey: crypto.randomUUID(),
  });
  const { page } = client;
  await page.goto("/portal/settings");
  await page.getByRole("link", { name: "Everything you wrote" }).click();
  await expect(page.getByRole("heading", { name: "Everything you wrote" })).toBeVisible();
  await expect(page.getByText("Told Sam the truth")).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as a file (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^trust-steps-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  ) as { account: { email: string }; homework: { entries: { answers: { answer: string }[] }[] }[] };
  expect(doc.account.email).toBe(pair.client.email);
  expect(doc.homework[0]!.entries[0]!.answers[0]!.answer).toBe("Told Sam the truth");

  await page.goto("/portal/settings");
  // The wrong email is refused next to the field, and nothing is deleted.
  await page.getByLabel("Type your email address to confirm").fill(pair.therapist.email);
  await page.getByRole("button", { name: "Delete my account and everything I wrote" }).click();
  await expect(page.getByLabel("Type your email address to confirm")).toHaveAccessibleDescription(
    /exactly as shown/,
  );
  await page.getByLabel("Type your email address to confirm").fill(pair.client.email);
  await page.getByRole("button", { name: "Delete my account and everything I wrote" }).click();
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a changed privacy notice is shown again at the next sign-in, then the portal", async ({
  pair,
  browser,
}) => {
  // As after a new version of the notice: the client's agreement is to an older one.
  await db.consent.updateMany({
    where: { userId: pair.client.id },
    data: { version: "2000-01-01" },
  });
  const page = await signedInPage(browser, pair.client);
  await page.goto("/portal/progress");
  await expect(page).toHaveURL(/\/consent\?callbackUrl=%2Fportal%2Fprogress/);
  await expect(page.getByRole("region", { name: "Your privacy in Trust Steps" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "I agree" }).click();
  await expect(page).toHaveURL(/\/portal\/progress$/);
  const consents = await db.consent.findMany({ where: { userId: pair.client.id } });
  expect(consents.map((c) => c.version).sort()).toEqual(["2000-01-01", PRIVACY_NOTICE.version]);
  await page.context().close();
});
