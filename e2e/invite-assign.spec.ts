import {
  emailTo,
  expect,
  expectAccessible,
  linkIn,
  openClientPage,
  test,
  uniqueEmail,
} from "./fixtures";

// Journeys over several pages with an accessibility check on each: they took up to 45 s with two
// workers on a 2-core machine and ran out of the default minute when it was busier.
test.describe.configure({ timeout: 120_000 });

test("a therapist invites a client by email; the client accepts from the email and lands in the portal", async ({
  therapist,
  browser,
}) => {
  const { page } = therapist;
  const password = "a calm long passphrase";
  await page.goto("/therapist");

  const clientEmail = uniqueEmail("invitee");
  await page.getByLabel("Client's name").fill("Quinn Newcomer");
  await page.getByLabel("Client's email").fill(clientEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`The invitation is on its way to ${clientEmail}.`)).toBeVisible();
  const pending = page.getByRole("list", { name: "Pending invitations" });
  await expect(pending).toContainText(clientEmail);
  // The link is in the email only, never on the therapist's page.
  await expect(page.locator("body")).not.toContainText("/invite/");

  const first = await emailTo(clientEmail);
  expect(first.subject).toBe("You're invited to Trust Steps");
  expect(first.text).toContain(`${therapist.name} has invited you to Trust Steps`);
  const firstUrl = linkIn(first, /^\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(async () => {
    await page.reload();
    await expect(pending.getByRole("listitem", { name: clientEmail })).toContainText("Email sent", {
      timeout: 1_000,
    });
  }).toPass();

  // "Send again": a new email with a new link; the first one stops working.
  await pending
    .getByRole("button", { name: `Send the invitation to ${clientEmail} again` })
    .click();
  await expect(page.getByText(`A new invitation is on its way to ${clientEmail}`)).toBeVisible();
  const acceptUrl = linkIn(await emailTo(clientEmail, 2), /^\/invite\//);
  expect(acceptUrl).not.toBe(firstUrl);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("caseload-invite.png"), fullPage: true });

  const clientContext = await browser.newContext({ timezoneId: "America/Chicago" });
  const clientPage = await clientContext.newPage();
  await clientPage.goto(acceptUrl);
  await expect(
    clientPage.getByRole("heading", { name: `${therapist.name} invited you to Trust Steps` }),
  ).toBeVisible();
  await expect(clientPage.getByLabel("Your name")).toHaveValue("Quinn Newcomer");
  await expect(clientPage.getByLabel("Your time zone")).toHaveValue("America/Chicago");
  await expectAccessible(clientPage);
  await clientPage.screenshot({ path: test.info().outputPath("accept.png"), fullPage: true });
  // Bad input is caught on the page and creates nothing.
  await clientPage.getByLabel("Choose a password").fill("short");
  await clientPage.getByRole("button", { name: "Accept and create account" }).click();
  await expect(clientPage.getByText("Use at least 10 characters.")).toBeVisible();
  // Not without agreeing to the privacy notice shown above the box.
  await expect(
    clientPage.getByText("Read the privacy notice and tick the box to continue."),
  ).toBeVisible();
  await expect(
    clientPage.getByRole("region", { name: "Your privacy in Trust Steps" }),
  ).toContainText("Just for me");
  await clientPage
    .getByLabel("I have read how Trust Steps handles my information and agree")
    .check();
  await clientPage.getByLabel("Choose a password").fill(password);
  await clientPage.getByRole("button", { name: "Accept and create account" }).click();
  await expect(clientPage).toHaveURL(/\/portal$/);
  await expect(clientPage.getByRole("heading", { name: "Hello, Quinn" })).toBeVisible();

  // The link is used up; the one it replaced never worked again.
  await clientContext.clearCookies();
  await clientPage.goto(acceptUrl);
  await expect(clientPage.getByText("already been accepted")).toBeVisible();
  await expectAccessible(clientPage);
  await clientPage.goto(firstUrl);
  await expect(clientPage.getByText("This invitation link is not valid.")).toBeVisible();
  await clientContext.close();

  await page.reload();
  await expect(page.getByRole("table", { name: /^Clients/ })).toContainText("Quinn Newcomer");
  await expect(page.getByText("No invitations waiting to be accepted.")).toBeVisible();
});

test("a therapist assigns a customised worksheet daily and sees its occurrences", async ({
  therapist: { page },
  pair: { client },
}) => {
  const clientId = await openClientPage(page, client.name);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Assign homework" }).last().click();
  await expect(page).toHaveURL(new RegExp(`clientId=${clientId}`));
  // Steps 1 and 2 say what is already chosen; the picker filters by kind and offers a preview.
  await expect(page.getByText(`Client: ${client.name}`)).toBeVisible();
  const templates = page.getByRole("list", { name: "Templates" });
  await page.getByLabel("Kind").selectOption("LADDER");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(templates.getByRole("link", { name: "Trust trigger journal" })).toHaveCount(0);
  await page.getByLabel("Kind").selectOption("WORKSHEET");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(
    templates.getByRole("link", { name: "Preview Trust trigger journal" }),
  ).toHaveAttribute("href", new RegExp(`clientId=${clientId}`));
  await expectAccessible(page);
  await templates.getByRole("link", { name: "Trust trigger journal", exact: true }).click();
  await expect(page.getByText(`Trust trigger journal for ${client.name}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Content for this client" })).toBeVisible();
  await expectAccessible(page);

  const firstQuestion = page.getByLabel("Question").first();
  await expect(firstQuestion).toHaveValue("What happened?");
  await firstQuestion.fill("What happened at work today?");
  await page.getByLabel("Instructions for the client (optional)").fill("After dinner is fine.");
  await page.getByRole("radio", { name: "Daily" }).check();
  await page.getByLabel("Due time").fill("21:00");
  // An emptied number box gets a plain message, and focus goes to it.
  const weeks = page.getByRole("spinbutton", { name: "Number of weeks" });
  await weeks.fill("");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Enter a number of weeks.")).toBeVisible();
  await expect(weeks).toBeFocused();
  await weeks.fill("2");
  await expect(page.getByText("Enter a number of weeks.")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("assign.png"), fullPage: true });
  await page.getByRole("button", { name: "Assign" }).click();

  await expect(page).toHaveURL(new RegExp(`/therapist/clients/${clientId}$`));
  await expect(page.getByText("Daily at 21:00 for 2 weeks")).toBeVisible();
  const chips = page.getByRole("list", { name: "Due dates of Trust trigger journal" });
  await expect(chips.getByRole("listitem").first()).toContainText("21:00: open");
  expect(await chips.getByRole("listitem").count()).toBeGreaterThanOrEqual(13);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("client-page.png"), fullPage: true });

  // The frozen copy carries the edit.
  await page.getByRole("link", { name: "Edit Trust trigger journal" }).click();
  await expect(page.getByLabel("Question").first()).toHaveValue("What happened at work today?");
  await expectAccessible(page);

  // New instructions only: the due dates stay as they were, nothing is cancelled.
  await page.getByLabel("Instructions for the client (optional)").fill("Before bed is fine too.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/therapist/clients/${clientId}$`));
  const after = page.getByRole("list", { name: "Due dates of Trust trigger journal" });
  await expect(after.getByRole("listitem").first()).toContainText("21:00: open");
  await expect(after.getByText(/cancelled/)).toHaveCount(0);
});
