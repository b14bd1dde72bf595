import { describe, expect, test } from "vitest";
import { hashLinkToken, LINK_LIFETIME_MS, LINK_TOKEN_PATTERN, linkStateOf } from "./link-tokens";

const now = new Date("2026-12-03T12:00:00Z");
const row = {
  purpose: "REMINDER" as const,
  userId: "u1",
  targetPath: "/portal/worksheets/o1",
  usedAt: null,
  expiresAt: new Date(now.getTime() + 1000),
};

describe("emailed links", () => {
  test("a link is usable until it expires or is used; used says so even after expiry", () => {
    expect(linkStateOf(row, now)).toEqual({
      state: "usable",
      purpose: "REMINDER",
      userId: "u1",
      targetPath: "/portal/worksheets/o1",
    });
    expect(linkStateOf({ ...row, expiresAt: now }, now).state).toBe("expired");
    expect(linkStateOf({ ...row, usedAt: now, expiresAt: new Date(0) }, now).state).toBe("used");
  });

  test("an unknown token, or an invitation's, is just unknown", () => {
    expect(linkStateOf(null, now)).toEqual({ state: "unknown" });
    expect(linkStateOf({ ...row, purpose: "INVITE" }, now)).toEqual({ state: "unknown" });
  });

  test("lifetimes: a sign-in link minutes, a reminder's days, a reset half an hour", () => {
    expect(LINK_LIFETIME_MS.SIGN_IN).toBe(15 * 60_000);
    expect(LINK_LIFETIME_MS.PASSWORD_RESET).toBe(30 * 60_000);
    expect(LINK_LIFETIME_MS.REMINDER).toBe(72 * 3_600_000);
  });

  test("only the hash is stored: fixed length, not the token, the same for the same token", () => {
    const token = "A".repeat(43);
    expect(LINK_TOKEN_PATTERN.test(token)).toBe(true);
    expect(LINK_TOKEN_PATTERN.test(`${token}x`)).toBe(false);
    expect(LINK_TOKEN_PATTERN.test("A".repeat(42) + "/")).toBe(false);
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token)).not.toContain(token);
    expect(hashLinkToken(token)).toBe(hashLinkToken(token));
  });
});
