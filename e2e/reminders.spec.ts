import { queueDueReminders } from "~/features/notifications/mutations/reminders";
import { db } from "~/server/db";
import {
  assignBuiltin,
  emailTo,
  expect,
  expectAccessible,
  linkIn,
  test,
  type TPair,
} from "./fixtures";

const tomorrowIn = (timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(Date.now() + 86_400_000));

/**
 * Homework due tomorrow whose reminder's time has come, and the reminder queued as the workers'
 * every-minute job would (the server's workers then send it at once).
 */
async function reminderSent(pair: TPair) {
  const { assignmentId } = await assignBuiltin(pair, "trust-trigger-journal", {
    kind: "once",
    dueDate: tomorrowIn(pair.client.timeZone),
    dueTime: "12:00",
  });
  const occurrence = await db.occurrence.findFirstOrThrow({ where: { assignmentId } });
  await db.reminder.create({
    data: {
      occurrenceId: occurrence.id,
      kind: "BEFORE_DUE",
      sendAt: new Date(Date.now() - 60_000),
    },
  });
  await queueDueReminders(new Date(), { clientId: pair.client.id });
  return { occurrenceId: occurrence.id, email: await emailTo(pair.client.email) };
}

test("a reminder's link opens the exact worksheet after one button, once", async ({
  pair,
  browser,
}) => {
  const { occurrenceId, email } = await reminderSent(pair);
  expect(email.subject).toBe("A reminder from Trust Steps");
  expect(email.text).not.toContain("Trust trigger");
  const link = linkIn(email, /^\/l\/[A-Za-z0-9_-]{43}$/);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  // Opening the link changed nothing: a scanner fetching it would find the same page.
  await expect(page.getByRole("heading", { name: "Open your task" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("reminder-link.png"), fullPage: true });
  await page.reload();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Open my task" }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/worksheets/${occurrenceId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();

  // Used: another browser gets the clear page, which offers signing in.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(link);
  await expect(second.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(second.getByRole("link", { name: "Go to sign in" })).toBeVisible();
  await expectAccessible(second);
  await again.close();
});

test("the settings link in a reminder turns reminders off without signing in", async ({
  pair,
  browser,
}) => {
  const { email } = await reminderSent(pair);
  const settings = linkIn(email, /^\/email-settings\//);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(settings);
  await expect(page.getByRole("heading", { name: "Email settings" })).toBeVisible();
  // The form is live (a box ticked before its script ran would be set back).
  await page.waitForLoadState("networkidle");
  const reminders = page.getByRole("checkbox", { name: "Reminders about homework" });
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  await expectAccessible(page);
  const { notificationPrefs } = await db.user.findUniqueOrThrow({ where: { id: pair.client.id } });
  expect(notificationPrefs).toMatchObject({ remindersOn: false });
  await context.close();
});

test("a client sets their morning hour and quiet hours from the portal", async ({ client }) => {
  const { page } = client;
  await page.goto("/portal");
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Email settings" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Morning reminders come at").selectOption({ label: "07:00" });
  await page.getByLabel("Quiet from").fill("22:00");
  await page.getByLabel("Quiet until").fill("07:00");
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("email-settings.png"), fullPage: true });
  await page.reload();
  await expect(page.getByLabel("Morning reminders come at")).toHaveValue("7");
  await expect(page.getByLabel("Quiet from")).toHaveValue("22:00");
});
