import { expect, test } from "vitest";
import { invitationStatus } from "./policy";

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
