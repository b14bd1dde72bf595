import { describe, expect, test } from "vitest";
import { db } from "~/server/db";
import { createTherapist, TEST_PASSWORD } from "../../../tests/integration/factories";
import { resolveSession } from "./sessions";
import { deliverQueuedMail } from "../../../tests/integration/mail";
import { signInWithLink, signInWithPassword } from "./sign-in";

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

  const attempt = (email: string, password: string, ip: string) =>
    signInWithPassword({ email, password, ip, userAgent: "vitest" });
  const failuresChecked = async (email: string) =>
    (await db.rateLimit.findUnique({ where: { key: `sign-in:failures:${email}` } }))?.count ?? 0;

  test("concurrent wrong passwords from one address never get past the limit", async () => {
    const user = await createTherapist();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => attempt(user.email, `wrong guess ${i}`, "203.0.113.40")),
    );
    expect(results.filter((r) => r.kind === "refused")).toHaveLength(5);
    expect(results.filter((r) => r.kind === "rate-limited")).toHaveLength(11);
    // Only five passwords were ever checked.
    expect(await failuresChecked(user.email)).toBe(5);
    // That pair waits, even with the right password; the owner elsewhere does not.
    expect(await attempt(user.email, TEST_PASSWORD, "203.0.113.40")).toEqual({
      kind: "rate-limited",
    });
    expect((await attempt(user.email, TEST_PASSWORD, "198.51.100.40")).kind).toBe("signed-in");
  });

  test("a flood of failures from many addresses does not lock the owner out; they get one email", async () => {
    const user = await createTherapist();
    for (let i = 0; i < 25; i++) {
      // Rotating addresses: each stays under its own limits.
      expect(await attempt(user.email, "wrong guess", `192.0.2.${i + 1}`)).toEqual({
        kind: "refused",
      });
    }
    expect((await attempt(user.email, TEST_PASSWORD, "198.51.100.41")).kind).toBe("signed-in");

    const mails = (await deliverQueuedMail()).to(user.email);
    expect(mails.map((m) => m.subject)).toEqual([
      "Many wrong passwords for your Trust Steps account",
    ]);
    const token = mails[0]?.text?.match(/http:\/\/localhost:3000\/l\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(await signInWithLink({ token: token!, ip: "198.51.100.42" })).toMatchObject({
      kind: "signed-in",
      userId: user.id,
    });
  });

  test("the owner's own typos stop counting once they are in", async () => {
    const user = await createTherapist();
    const ip = "203.0.113.43";
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect((await attempt(user.email, "typo", ip)).kind).toBe("refused");
      expect((await attempt(user.email, TEST_PASSWORD, ip)).kind).toBe("signed-in");
    }
  });

  test("one address trying many accounts is held back after 300 attempts in 15 minutes", async () => {
    const ip = "203.0.113.44";
    await db.rateLimit.create({
      data: { key: `sign-in:ip:${ip}`, count: 300, windowStart: new Date() },
    });
    const user = await createTherapist();
    expect(await attempt(user.email, TEST_PASSWORD, ip)).toEqual({ kind: "rate-limited" });
    expect((await attempt(user.email, TEST_PASSWORD, "203.0.113.45")).kind).toBe("signed-in");
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
