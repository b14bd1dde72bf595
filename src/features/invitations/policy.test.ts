import { describe, expect, test } from "vitest";
import { deliveryOf, invitationStatus } from "./policy";

const now = new Date("2026-03-10T12:00:00Z");
const later = new Date("2026-03-11T12:00:00Z");
const earlier = new Date("2026-03-09T12:00:00Z");

test("accepted and revoked win over expiry; otherwise expiry decides", () => {
  expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe(
    "accepted",
  );
  expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe(
    "revoked",
  );
  expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe(
    "expired",
  );
  expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe(
    "pending",
  );
});

describe("deliveryOf", () => {
  const createdAt = new Date("2026-12-01T10:00:00Z");
  const sentAt = new Date("2026-12-01T10:00:02Z");
  test("waiting, retrying, sent and given up read as queued (with the last error), sent and failed", () => {
    expect(deliveryOf({ status: "PENDING", lastError: null, sentAt: null, createdAt })).toEqual({
      state: "queued",
      error: null,
      at: createdAt,
    });
    expect(
      deliveryOf({ status: "PENDING", lastError: "connection refused", sentAt: null, createdAt }),
    ).toMatchObject({ state: "queued", error: "connection refused" });
    expect(deliveryOf({ status: "SENT", lastError: null, sentAt, createdAt })).toEqual({
      state: "sent",
      error: null,
      at: sentAt,
    });
    expect(
      deliveryOf({ status: "FAILED", lastError: "550 no such mailbox", sentAt: null, createdAt }),
    ).toMatchObject({ state: "failed", error: "550 no such mailbox" });
    expect(deliveryOf({ status: "SKIPPED", lastError: null, sentAt: null, createdAt })).toBeNull();
  });
});
