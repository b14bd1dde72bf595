import { describe, expect, test } from "vitest";
import { createSession, resolveSession } from "~/server/auth/sessions";
import { signInWithPassword } from "~/server/auth/sign-in";
import { PRIVACY_NOTICE } from "~/lib/notices";
import { db } from "~/server/db";
import {
  callerFor,
  createClient,
  signedIn,
  TEST_PASSWORD,
} from "../../../tests/integration/factories";

describe("password and sessions", () => {
  test("a new password needs the current one and ends every other session, not this one", async () => {
    const client = await createClient();
    const here = await signedIn(client);
    const elsewhere = await createSession(client.id, "another phone");
    const api = callerFor(here);
    expect((await api.account.sessions()).map((s) => s.current).sort()).toEqual([false, true]);

    await expect(
      api.account.changePassword({
        currentPassword: "not it",
        password: "a fresh long passphrase",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "That is not your current password." });
    expect(await resolveSession(elsewhere)).not.toBeNull();

    expect(
      await api.account.changePassword({
        currentPassword: TEST_PASSWORD,
        password: "a fresh long passphrase",
      }),
    ).toEqual({ otherSessionsEnded: 1 });
    expect(await resolveSession(elsewhere)).toBeNull();
    expect(await resolveSession(here.sessionId)).not.toBeNull();
    const signIn = (password: string) =>
      signInWithPassword({ email: client.email, password, ip: "198.51.100.80" });
    expect((await signIn(TEST_PASSWORD)).kind).toBe("refused");
    expect((await signIn("a fresh long passphrase")).kind).toBe("signed-in");
  });

  test("an account with only emailed links sets a first password without a current one", async () => {
    const client = await createClient();
    await db.user.update({ where: { id: client.id }, data: { passwordHash: null } });
    const api = callerFor(await signedIn(client));
    expect((await api.account.me()).hasPassword).toBe(false);
    await api.account.changePassword({ currentPassword: "", password: "my first passphrase" });
    expect((await api.account.me()).hasPassword).toBe(true);
  });

  test("signing out everywhere else ends the other sessions only", async () => {
    const client = await createClient();
    const here = await signedIn(client);
    const others = [await createSession(client.id), await createSession(client.id)];
    expect(await callerFor(here).account.signOutElsewhere()).toEqual({ ended: 2 });
    for (const id of others) expect(await resolveSession(id)).toBeNull();
    expect(await callerFor(here).account.sessions()).toEqual([
      expect.objectContaining({ id: here.sessionId, current: true }),
    ]);
  });
});

describe("notices", () => {
  test("a session asks for the current notice until it is accepted; an older version's answer is refused", async () => {
    const client = await createClient();
    await db.consent.deleteMany({ where: { userId: client.id } });
    const actor = await signedIn(client);
    expect(actor.needsConsent).toBe(true);
    const api = callerFor(actor);
    await expect(api.account.acceptNotice({ version: "2000-01-01" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await resolveSession(actor.sessionId))?.needsConsent).toBe(true);
    await api.account.acceptNotice({ version: PRIVACY_NOTICE.version });
    await api.account.acceptNotice({ version: PRIVACY_NOTICE.version });
    expect((await resolveSession(actor.sessionId))?.needsConsent).toBe(false);
    expect(await db.consent.findMany({ where: { userId: client.id } })).toEqual([
      expect.objectContaining({ document: "PRIVACY_NOTICE", version: PRIVACY_NOTICE.version }),
    ]);
  });
});
