import type { TDelivery, TInvitationStatus } from "./schema";

/** The status an invitation row is in at `now`; revoked and accepted win over expired. */
export function invitationStatus(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): TInvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "pending";
}

/** The delivery state of an invitation's last email, from its outbox row. */
export function deliveryOf(email: {
  status: "PENDING" | "SENT" | "FAILED" | "SKIPPED";
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}): TDelivery | null {
  switch (email.status) {
    case "PENDING":
      return { state: "queued", error: email.lastError, at: email.createdAt };
    case "SENT":
      return { state: "sent", error: null, at: email.sentAt ?? email.createdAt };
    case "FAILED":
      return { state: "failed", error: email.lastError, at: email.createdAt };
    case "SKIPPED":
      // only once the invitation was answered or expired, which its status already says
      return null;
  }
}
