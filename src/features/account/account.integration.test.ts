import { describe, expect, test } from "vitest";
import { TRPCError } from "@trpc/server";
import { db } from "~/server/db";
import { createInnerContext } from "~/server/context";
import { createCaller } from "~/server/root";
import { callerFor, createTherapist } from "../../../tests/integration/factories";

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
  test("ten sign-ups an hour from one address; the eleventh is refused and creates nothing", async () => {
    const from = (ip: string) => createCaller(createInnerContext(null, { ip }));
    const signUp = (ip: string, n: number) =>
      from(ip).account.signUp({
        name: `Burst ${n}`,
        email: `burst-${ip}-${n}@example.test`,
        password: "a long enough passphrase",
      });
    for (let n = 1; n <= 10; n++) await signUp("198.51.100.7", n);
    const refused = await expectTrpcError(signUp("198.51.100.7", 11), "TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/Too many tries from this connection/);
    expect(await db.user.count({ where: { email: { startsWith: "burst-198.51.100.7-11" } } })).toBe(
      0,
    );
    // Another address is not held back by that one.
    await signUp("198.51.100.8", 1);
    expect(await db.user.count({ where: { email: { startsWith: "burst-198.51.100.8" } } })).toBe(1);
  });

  test("creates a therapist whose password is stored as an argon2id hash", async () => {
    await anonymous.account.signUp({
      name: "  Ada Lovelace ",
      email: "Ada@Example.test",
      password: "a long enough passphrase",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" } });
    expect(user.name).toBe("Ada Lovelace");
    expect(user.role).toBe("THERAPIST");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("passphrase");
  });

  test("refuses a duplicate email with a field error and changes nothing", async () => {
    const existing = await createTherapist();
    const before = await db.user.count();
    const error = await expectTrpcError(
      anonymous.account.signUp({
        name: "Someone",
        email: existing.email.toUpperCase(),
        password: "another good passphrase",
      }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/already exists/);
    expect(await db.user.count()).toBe(before);
  });

  test.each([
    ["empty", "", "Choose a password."],
    ["short", "short1", "at least 10 characters"],
    ["common", "password123", "too common"],
    ["monotonous", "aaaaaaaaaaaa", "mix of different characters"],
  ])("refuses a %s password", async (_label, password, message) => {
    const before = await db.user.count();
    const error = await expectTrpcError(
      anonymous.account.signUp({ name: "Weak", email: `weak-${_label}@example.test`, password }),
      "BAD_REQUEST",
    );
    expect(JSON.stringify(error.cause)).toContain(message);
    expect(await db.user.count()).toBe(before);
  });
});
