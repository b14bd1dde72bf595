import { describe, expect, test } from "vitest";
import { db } from "~/server/db";
import { createTherapist, TEST_PASSWORD } from "../../../tests/integration/factories";
import { resolveSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

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
