import "server-only";
import type { TCursor } from "~/lib/cursor";
import { db, type Prisma } from "~/server/db";
import type { TPage } from "~/lib/cursor";
import { byTime } from "~/server/paging";
import { deliveryOf, invitationStatus } from "./policy";
import {
  INVITATIONS_PAGE_SIZE as PAGE_SIZE,
  type TInvitationEntry,
  type TInvitationFilter,
  type TInvitationView,
} from "./schema";
import { hashInvitationToken } from "./token";

const entrySelect = {
  id: true,
  email: true,
  name: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  emails: {
    select: { status: true, lastError: true, sentAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
  },
} satisfies Prisma.InvitationSelect;

function statusWhere(
  status: TInvitationFilter | undefined,
  now: Date,
): Prisma.InvitationWhereInput {
  switch (status) {
    case "open":
      return { acceptedAt: null, revokedAt: null };
    case "accepted":
      return { acceptedAt: { not: null } };
    case "revoked":
      return { acceptedAt: null, revokedAt: { not: null } };
    case "expired":
      return { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } };
    case "pending":
      return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
    default:
      return {};
  }
}

const newestFirst = byTime("createdAt", "desc");

/** This therapist's invitations, newest first, one page at a time. */
export async function listInvitations(
  therapistId: string,
  options: { status?: TInvitationFilter; cursor?: TCursor },
  now = new Date(),
): Promise<TPage<TInvitationEntry>> {
  const rows = await db.invitation.findMany({
    where: {
      AND: [
        { therapistId, ...statusWhere(options.status, now) },
        newestFirst.after(options.cursor),
      ],
    },
    select: entrySelect,
    orderBy: newestFirst.orderBy,
    take: PAGE_SIZE + 1,
  });
  return newestFirst.toPage(rows, PAGE_SIZE, (r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    status: invitationStatus(r, now),
    delivery: r.emails[0] ? deliveryOf(r.emails[0]) : null,
  }));
}

/** What the accept page shows for a token; unknown tokens look the same as garbage. */
export async function getInvitationView(token: string, now = new Date()): Promise<TInvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      name: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      therapist: { select: { name: true } },
    },
  });
  if (!invitation) return { status: "not-found" };
  const status = invitationStatus(invitation, now);
  const therapistName = invitation.therapist.name;
  if (status !== "pending") return { status, therapistName };
  // Nothing about accounts: whoever holds the link learns that only by trying to accept.
  return { status, therapistName, email: invitation.email, name: invitation.name };
}
