import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { POST as unsubscribe } from "~/app/api/unsubscribe/[token]/route";
import { mintLinkToken } from "~/server/auth/link-tokens";
import { signInWithLink } from "~/server/auth/sign-in";
import { db } from "~/server/db";
import {
  callerFor,
  createAssignedPair,
  createClient,
  signedIn,
} from "../../../tests/integration/factories";
import { deliverQueuedMail } from "../../../tests/integration/mail";
import { codeOf } from "../../../tests/integration/trpc-outcome";
import { DEFAULT_NOTIFICATION_PREFS, settingsPathFor, type TEmailList } from "./schema";

const prefsOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId } })).notificationPrefs;

const settingsLink = (userId: string, list: TEmailList = "reminders") =>
  mintLinkToken(db, { purpose: "UNSUBSCRIBE", userId, targetPath: settingsPathFor(list) });

const unsubscribeBy = (token: string) =>
  unsubscribe(
    new Request(`http://localhost:3000/api/unsubscribe/${token}`, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
    }),
    { params: Promise.resolve({ token }) },
  );

describe("email settings", () => {
  test("a client reads and saves their own settings; the defaults protect privacy", async () => {
    const client = await createClient();
    const api = callerFor(await signedIn(client));
    expect(await api.account.notificationPrefs()).toEqual({
      remindersOn: true,
      feedbackEmailsOn: true,
      morningHour: 8,
      quietFrom: "21:00",
      quietUntil: "08:00",
      showTaskNames: false,
    });
    const wanted = { ...DEFAULT_NOTIFICATION_PREFS, morningHour: 7, quietFrom: "22:30" };
    await api.account.updateNotificationPrefs(wanted);
    expect(await api.account.notificationPrefs()).toEqual(wanted);
    // Bad input changes nothing and names the field.
    await expect(
      api.account.updateNotificationPrefs({ ...wanted, quietUntil: "25:00", morningHour: 3 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await api.account.notificationPrefs()).toEqual(wanted);
  });

  test("the settings link works without signing in, for its client only, until it expires", async () => {
    const client = await createClient();
    const other = await createClient();
    const token = await settingsLink(client.id);
    const anonymous = callerFor(null);
    expect(await anonymous.account.emailSettingsByToken({ token })).toEqual(
      DEFAULT_NOTIFICATION_PREFS,
    );
    const prefs = { ...DEFAULT_NOTIFICATION_PREFS, showTaskNames: true };
    await anonymous.account.updateEmailSettingsByToken({ token, prefs });
    expect(await prefsOf(client.id)).toEqual(prefs);
    expect(await prefsOf(other.id)).toEqual({});
    // Still usable: a settings link is not used up by a visit.
    expect(await anonymous.account.emailSettingsByToken({ token })).toEqual(prefs);

    await db.linkToken.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
      where: { userId: client.id },
    });
    expect(await codeOf(anonymous.account.emailSettingsByToken({ token }))).toBe("NOT_FOUND");
    expect(await codeOf(anonymous.account.emailSettingsByToken({ token: "x".repeat(43) }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(anonymous.account.emailSettingsByToken({ token: "short" }))).toBe(
      "BAD_REQUEST",
    );
  });

  test("one-click unsubscribe turns off the kind of email it came in, and nothing else", async () => {
    const client = await createClient();
    const fromReminder = await unsubscribeBy(await settingsLink(client.id, "reminders"));
    expect(fromReminder.status).toBe(200);
    expect(await prefsOf(client.id)).toMatchObject({ remindersOn: false, feedbackEmailsOn: true });
    expect((await unsubscribeBy(await settingsLink(client.id, "feedback"))).status).toBe(200);
    expect(await prefsOf(client.id)).toMatchObject({ remindersOn: false, feedbackEmailsOn: false });
    expect((await unsubscribeBy("not-a-token")).status).toBe(404);
    expect((await unsubscribeBy("y".repeat(43))).status).toBe(404);
  });
});

describe("new feedback", () => {
  async function submitted() {
    const pair = await createAssignedPair({ builtinKey: "small-victories" });
    const { submissionId } = await callerFor(pair.client).worksheets.submit({
      occurrenceId: pair.assignment.occurrences[0]!.id,
      answers: { what_i_did: "a", why_it_mattered: "b", celebrate: "c" },
      baseRevision: 0,
      idempotencyKey: randomUUID(),
    });
    const client = await db.user.findUniqueOrThrow({ where: { id: pair.client.userId } });
    return { ...pair, submissionId, client };
  }

  test("the client gets a note that there is feedback, without its words", async () => {
    const { therapist, submissionId, client } = await submitted();
    await callerFor(therapist).feedback.create({
      target: { submissionId },
      body: "You noticed the moment you wanted to check his phone and waited. That took courage.",
    });
    const [note] = (await deliverQueuedMail()).to(client.email);
    expect(note?.subject).toBe("New feedback in Trust Steps");
    for (const part of [note?.subject, note?.text, note?.html]) {
      expect(part).not.toContain("courage");
      expect(part).not.toContain("phone");
    }
    expect(note?.text).toContain("http://localhost:3000/portal");
  });

  test("a client who turned these notes off gets none", async () => {
    const { therapist, submissionId, client } = await submitted();
    await db.user.update({
      where: { id: client.id },
      data: { notificationPrefs: { feedbackEmailsOn: false } },
    });
    await callerFor(therapist).feedback.create({ target: { submissionId }, body: "Well done." });
    expect((await deliverQueuedMail()).to(client.email)).toEqual([]);
  });
});

describe("signing in with an emailed link", () => {
  test("a reminder link signs its client in once; a settings link never signs anyone in", async () => {
    const client = await createClient();
    const token = await mintLinkToken(db, {
      purpose: "REMINDER",
      userId: client.id,
      targetPath: "/portal/worksheets/x",
    });
    const first = await signInWithLink({ token, ip: "203.0.113.9" });
    expect(first).toMatchObject({
      kind: "signed-in",
      userId: client.id,
      targetPath: "/portal/worksheets/x",
    });
    expect(await signInWithLink({ token, ip: "203.0.113.9" })).toEqual({ kind: "refused" });
    const settings = await settingsLink(client.id);
    expect(await signInWithLink({ token: settings, ip: "203.0.113.9" })).toEqual({
      kind: "refused",
    });
    expect(await signInWithLink({ token: "garbage", ip: "203.0.113.9" })).toEqual({
      kind: "refused",
    });
  });

  test("two clicks racing on one link sign in once", async () => {
    const client = await createClient();
    const token = await mintLinkToken(db, {
      purpose: "SIGN_IN",
      userId: client.id,
      targetPath: "/portal",
    });
    const results = await Promise.all(
      [1, 2, 3].map(() => signInWithLink({ token, ip: "203.0.113.10" })),
    );
    expect(results.filter((r) => r.kind === "signed-in")).toHaveLength(1);
  });
});
