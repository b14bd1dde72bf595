import { generate } from "otplib";
import { describe, expect, test } from "vitest";
import { db } from "~/server/db";
import {
  callerFor,
  createTherapist,
  signedIn,
  TEST_PASSWORD,
} from "../../../tests/integration/factories";
import { deliverQueuedMail } from "../../../tests/integration/mail";
import { mintLinkToken } from "./link-tokens";
import { signInWithLink, signInWithPassword } from "./sign-in";
import { openSecret, sealSecret } from "./totp";

async function withTwoStep() {
  const therapist = await createTherapist();
  const api = callerFor(await signedIn(therapist));
  const { secret, uri, qrSvg } = await api.account.startTwoStep();
  expect(uri).toContain(`secret=${secret}`);
  expect(qrSvg).toContain("<svg");
  // Stored sealed, never as the secret itself.
  const stored = await db.user.findUniqueOrThrow({ where: { id: therapist.id } });
  expect(stored.totpSecret).not.toContain(secret);
  expect(openSecret(stored.totpSecret!)).toBe(secret);
  await expect(api.account.confirmTwoStep({ code: "000000" })).rejects.toMatchObject({
    code: "BAD_REQUEST",
  });
  const { recoveryCodes } = await api.account.confirmTwoStep({ code: await generate({ secret }) });
  return { therapist, api, secret, recoveryCodes };
}

describe("two-step sign-in", () => {
  test("turned on with a first code, with ten recovery codes shown once and stored hashed", async () => {
    const { therapist, api, recoveryCodes } = await withTwoStep();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const stored = await db.recoveryCode.findMany({ where: { userId: therapist.id } });
    expect(stored.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await api.account.twoStep()).toMatchObject({
      enabledAt: expect.any(Date),
      recoveryCodesLeft: 10,
      required: false,
    });
  });

  test("signing in then needs a code: the app's once, or a recovery code once", async () => {
    const { therapist, secret, recoveryCodes } = await withTwoStep();
    const signIn = (code?: string, ip = "198.51.100.90") =>
      signInWithPassword({ email: therapist.email, password: TEST_PASSWORD, code, ip });
    expect(await signIn()).toEqual({ kind: "second-step" });
    expect(await signIn("123456")).toEqual({ kind: "wrong-code" });
    // The code confirming the set-up was used already; the next period's code works once.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect((await signIn(next, "198.51.100.91")).kind).toBe("signed-in");
    expect(await signIn(next, "198.51.100.92")).toEqual({ kind: "wrong-code" });
    const recovery = recoveryCodes[3]!.toUpperCase().replaceAll("-", " ");
    expect((await signIn(recovery, "198.51.100.93")).kind).toBe("signed-in");
    expect(await signIn(recovery, "198.51.100.94")).toEqual({ kind: "wrong-code" });
    // A wrong password is refused as before, code or not.
    expect(
      await signInWithPassword({ email: therapist.email, password: "nope", ip: "198.51.100.95" }),
    ).toEqual({ kind: "refused" });
  });

  test("an emailed sign-in link is not enough for an account with two steps", async () => {
    const { therapist } = await withTwoStep();
    const token = await mintLinkToken(db, {
      purpose: "SIGN_IN",
      userId: therapist.id,
      targetPath: "/therapist",
    });
    expect(await signInWithLink({ token, ip: "198.51.100.96" })).toEqual({ kind: "refused" });
    // Nor is one emailed: a sign-in link asked for is not sent (the answer is the same as ever).
    await callerFor(null).account.requestSignInLink({ email: therapist.email });
    expect((await deliverQueuedMail()).to(therapist.email)).toEqual([]);
  });

  test("turned off only with the password, which also drops the recovery codes", async () => {
    const { therapist, api } = await withTwoStep();
    await expect(api.account.turnOffTwoStep({ password: "wrong one" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await api.account.turnOffTwoStep({ password: TEST_PASSWORD });
    expect(await db.recoveryCode.count({ where: { userId: therapist.id } })).toBe(0);
    expect(
      (
        await signInWithPassword({
          email: therapist.email,
          password: TEST_PASSWORD,
          ip: "198.51.100.97",
        })
      ).kind,
    ).toBe("signed-in");
  });

  test("a sealed secret does not open if it was tampered with", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP");
    const [iv, data, tag] = sealed.split(".");
    const flipped = `${iv}.${data!.slice(0, -2)}${data!.endsWith("A") ? "B" : "A"}${data!.slice(-1)}.${tag}`;
    expect(() => openSecret(flipped)).toThrow();
  });
});
