import { describe, expect, test } from "vitest";
import { signInWithLink, signInWithPassword } from "~/server/auth/sign-in";
import { createSession, resolveSession } from "~/server/auth/sessions";
import { db } from "~/server/db";
import {
  callerFor,
  createClient,
  createTherapist,
  TEST_PASSWORD,
} from "../../../tests/integration/factories";
import { deliverQueuedMail } from "../../../tests/integration/mail";
import { codeOf } from "../../../tests/integration/trpc-outcome";

const anonymous = () => callerFor(null);
const linkIn = (text: string | undefined, path: string) =>
  text?.match(new RegExp(`http://localhost:3000${path}([A-Za-z0-9_-]{43})`))?.[1];

describe("forgotten password", () => {
  test("the same answer for any address; only an account's owner gets an email", async () => {
    const client = await createClient();
    const nobody = `nobody-${Date.now()}@example.test`;
    expect(await anonymous().account.requestPasswordReset({ email: client.email })).toEqual({
      ok: true,
    });
    expect(await anonymous().account.requestPasswordReset({ email: nobody })).toEqual({ ok: true });
    const server = await deliverQueuedMail();
    expect(server.to(nobody)).toEqual([]);
    const [mail] = server.to(client.email);
    expect(mail?.subject).toBe("Reset your Trust Steps password");
    expect(linkIn(mail?.text, "/reset-password/")).toBeDefined();
  });

  test("the reset link sets a new password once and ends every session", async () => {
    const client = await createClient();
    const session = await createSession(client.id);
    await anonymous().account.requestPasswordReset({ email: client.email });
    const [mail] = (await deliverQueuedMail()).to(client.email);
    const token = linkIn(mail?.text, "/reset-password/")!;

    const newPassword = "a brand new long passphrase";
    await anonymous().account.resetPassword({ token, password: newPassword });
    expect(await resolveSession(session)).toBeNull();
    const sign = (password: string) =>
      signInWithPassword({ email: client.email, password, ip: "203.0.113.20" });
    expect((await sign(TEST_PASSWORD)).kind).toBe("refused");
    expect((await sign(newPassword)).kind).toBe("signed-in");

    // Used: a second reset is refused and changes nothing.
    await expect(
      anonymous().account.resetPassword({ token, password: "yet another long passphrase" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Ask for a new one"),
    });
    expect((await sign(newPassword)).kind).toBe("signed-in");
    // A weak password is refused before the link is used.
    expect(await codeOf(anonymous().account.resetPassword({ token, password: "short" }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("sign-in by emailed link", () => {
  test("the link signs its owner in once and leads to their home", async () => {
    const therapist = await createTherapist();
    await anonymous().account.requestSignInLink({ email: therapist.email });
    const [mail] = (await deliverQueuedMail()).to(therapist.email);
    expect(mail?.subject).toBe("Your Trust Steps sign-in link");
    const token = linkIn(mail?.text, "/l/")!;
    expect(await signInWithLink({ token, ip: "203.0.113.21" })).toMatchObject({
      kind: "signed-in",
      userId: therapist.id,
      targetPath: "/therapist",
    });
    expect(await signInWithLink({ token, ip: "203.0.113.21" })).toEqual({ kind: "refused" });
  });

  test("requests past the limit are dropped quietly: the mailbox is not flooded", async () => {
    const client = await createClient();
    for (let i = 0; i < 8; i++) {
      expect(await anonymous().account.requestSignInLink({ email: client.email })).toEqual({
        ok: true,
      });
    }
    expect((await deliverQueuedMail()).to(client.email)).toHaveLength(5);
  });

  test("an account without a password cannot be signed into with one", async () => {
    const client = await createClient();
    await db.user.update({ where: { id: client.id }, data: { passwordHash: null } });
    const result = await signInWithPassword({
      email: client.email,
      password: "",
      ip: "203.0.113.22",
    });
    expect(result.kind).toBe("refused");
  });
});
