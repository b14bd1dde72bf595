import { describe, expect, test } from "vitest";
import { TRPCError } from "@trpc/server";
import { resolveSession } from "~/server/auth/sessions";
import { db } from "~/server/db";
import { callerFor, createTherapist, TEST_PASSWORD } from "../../../tests/integration/factories";
import { signInWithPassword } from "./mutations";

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

describe("sign-in", () => {
  const meta = { ip: "203.0.113.7", userAgent: "vitest" };

  test("right password opens a server-side session", async () => {
    const user = await createTherapist();
    const result = await signInWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      ...meta,
    });
    expect(result.kind).toBe("signed-in");
    if (result.kind !== "signed-in") return;
    const actor = await resolveSession(result.sessionId);
    expect(actor).toMatchObject({ userId: user.id, role: "THERAPIST", email: user.email });
  });

  test("wrong password and unknown email are refused alike (no user enumeration)", async () => {
    const user = await createTherapist();
    const sessionsBefore = await db.session.count();
    const wrong = await signInWithPassword({
      email: user.email,
      password: "not the password",
      ...meta,
    });
    const unknown = await signInWithPassword({
      email: "nobody@example.test",
      password: "not the password",
      ...meta,
    });
    expect(wrong).toEqual({ kind: "refused" });
    expect(unknown).toEqual(wrong);
    expect(await db.session.count()).toBe(sessionsBefore);
  });

  test("too many attempts for one account are rate limited, even with the right password", async () => {
    const user = await createTherapist();
    for (let i = 0; i < 10; i++) {
      await signInWithPassword({ email: user.email, password: "wrong guess", ...meta });
    }
    const result = await signInWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      ...meta,
    });
    expect(result).toEqual({ kind: "rate-limited" });
  });
});

describe("session lifetime", () => {
  async function openSession() {
    const user = await createTherapist();
    const result = await signInWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      ip: "198.51.100.1",
    });
    if (result.kind !== "signed-in") throw new Error("sign-in failed");
    return result.sessionId;
  }

  test("ends after 30 idle minutes", async () => {
    const sessionId = await openSession();
    await db.session.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) },
    });
    expect(await resolveSession(sessionId)).not.toBeNull();
    await db.session.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await resolveSession(sessionId)).toBeNull();
  });

  test("ends 12 hours after sign-in even when active", async () => {
    const sessionId = await openSession();
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    const hours = (session.expiresAt.getTime() - session.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(12, 1);
    const justBeforeEnd = new Date(session.expiresAt.getTime() - 60_000);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: justBeforeEnd } });
    expect(await resolveSession(sessionId, justBeforeEnd)).not.toBeNull();
    const afterEnd = new Date(session.expiresAt.getTime() + 1000);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: afterEnd } });
    expect(await resolveSession(sessionId, afterEnd)).toBeNull();
  });

  test("activity keeps a session alive by moving lastSeenAt", async () => {
    const sessionId = await openSession();
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: tenMinutesAgo } });
    await resolveSession(sessionId);
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(tenMinutesAgo.getTime() + 9 * 60_000);
  });
});
