import { describe, expect, test } from "vitest";
import { TRPCError } from "@trpc/server";
import { THERAPIST_TERMS } from "~/lib/notices";
import { db } from "~/server/db";
import { createInnerContext } from "~/server/context";
import { createCaller } from "~/server/root";
import { signInWithPassword } from "~/server/auth/sign-in";
import { callerFor, createTherapist } from "../../../tests/integration/factories";
import { deliverQueuedMail } from "../../../tests/integration/mail";
import { codeOf } from "../../../tests/integration/trpc-outcome";

const anonymous = callerFor(null);

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe("sign-up", () => {
  const signUp = (email: string, ip?: string) =>
    (ip ? createCaller(createInnerContext(null, { ip })) : anonymous).account.signUp({
      name: "  Ada Lovelace ",
      email,
      timeZone: "Europe/Berlin",
      acceptsTerms: true,
    });
  const linkIn = (text: string | undefined) =>
    text?.match(/http:\/\/localhost:3000\/sign-up\/([A-Za-z0-9_-]{43})/)?.[1];
  const signInAs = (email: string, password: string) =>
    signInWithPassword({ email, password, ip: "198.51.100.30" });
  const PASSWORD = "a long enough passphrase";

  test("ten sign-ups an hour from one address; the eleventh is refused and creates nothing", async () => {
    for (let n = 1; n <= 10; n++)
      await signUp(`burst-198.51.100.7-${n}@example.test`, "198.51.100.7");
    const refused = await expectTrpcError(
      signUp("burst-198.51.100.7-11@example.test", "198.51.100.7"),
      "TOO_MANY_REQUESTS",
    );
    expect(refused.message).toMatch(/Too many tries from this connection/);
    expect(await db.user.count({ where: { email: { startsWith: "burst-198.51.100.7-11" } } })).toBe(
      0,
    );
    // Another address is not held back by that one.
    await signUp("burst-198.51.100.8-1@example.test", "198.51.100.8");
    expect(await db.user.count({ where: { email: { startsWith: "burst-198.51.100.8" } } })).toBe(1);
  });

  test("a new therapist chooses a password through the emailed link, which confirms the address", async () => {
    expect(await signUp("Ada@Example.test")).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "ada@example.test" },
      include: { consents: true },
    });
    expect(user.consents).toEqual([
      expect.objectContaining({ document: "THERAPIST_TERMS", version: THERAPIST_TERMS.version }),
    ]);
    expect(user).toMatchObject({
      name: "Ada Lovelace",
      role: "THERAPIST",
      timeZone: "Europe/Berlin",
      emailConfirmedAt: null,
      passwordHash: null,
    });
    const [mail] = (await deliverQueuedMail()).to(user.email);
    expect(mail?.subject).toBe("Confirm your email to finish creating your account");
    const token = linkIn(mail?.text)!;

    // A weak password is refused before the link is used.
    expect(await codeOf(anonymous.account.finishSignUp({ token, password: "short" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await anonymous.account.finishSignUp({ token, password: PASSWORD })).toEqual({
      email: user.email,
    });
    const finished = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(finished.emailConfirmedAt).not.toBeNull();
    expect(finished.passwordHash).toMatch(/^\$argon2id\$/);
    expect(finished.passwordHash).not.toContain("passphrase");
    expect((await signInAs(user.email, PASSWORD)).kind).toBe("signed-in");
    // Used once.
    const again = await expectTrpcError(
      anonymous.account.finishSignUp({ token, password: "another long passphrase" }),
      "BAD_REQUEST",
    );
    expect(again.message).toMatch(/Sign up again/);
    expect((await signInAs(user.email, PASSWORD)).kind).toBe("signed-in");
  });

  test("an existing email gets the same answer, changes nothing, and only its owner is told", async () => {
    const existing = await createTherapist();
    const fresh = `fresh-${Date.now()}@example.test`;
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const answers = await Promise.all([signUp(existing.email.toUpperCase()), signUp(fresh)]);
    expect(answers[0]).toEqual(answers[1]);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);

    const server = await deliverQueuedMail();
    const [told] = server.to(existing.email);
    expect(told?.subject).toBe("You already have a Trust Steps account");
    expect(server.to(existing.email)).toHaveLength(1);
    expect(told?.text).toContain("http://localhost:3000/sign-in");
    expect(linkIn(told?.text)).toBeUndefined();
    expect(server.to(fresh).map((m) => m.subject)).toEqual([
      "Confirm your email to finish creating your account",
    ]);
  });

  test("signing up again before the link is used sends a new link; the older one still works once", async () => {
    const email = `twice-${Date.now()}@example.test`;
    await signUp(email);
    await signUp(email);
    expect(await db.user.count({ where: { email } })).toBe(1);
    const mails = (await deliverQueuedMail()).to(email);
    expect(mails).toHaveLength(2);
    await anonymous.account.finishSignUp({ token: linkIn(mails[1]?.text)!, password: PASSWORD });
    expect((await signInAs(email, PASSWORD)).kind).toBe("signed-in");
    // Confirmed now: a third sign-up is told the account exists.
    await signUp(email);
    expect((await deliverQueuedMail()).to(email).at(-1)?.subject).toBe(
      "You already have a Trust Steps account",
    );
  });
});
