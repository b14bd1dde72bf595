import "server-only";
import { PRIVACY_NOTICE } from "~/lib/notices";
import { mintLinkToken } from "~/server/auth/link-tokens";
import { hashPassword } from "~/server/auth/password";
import { requireWithinLimit } from "~/server/rate-limit";
import { db, Prisma } from "~/server/db";
import { appUrl } from "~/server/app-url";
import { queueEmail } from "~/server/email/outbox";
import { AppError, notFound } from "~/server/errors";
import type { TClientActor } from "~/server/auth/actor";
import {
  type TAcceptInvitationRequest,
  type TCreateInvitationRequest,
  type TCreateInvitationResponse,
} from "./schema";
import { INVITATION_DAYS } from "./constants";
import { invitationStatus } from "./policy";
import { hashInvitationToken, newInvitationToken } from "./token";

const DAY_MS = 86_400_000;

const UNUSABLE = new AppError("BAD_REQUEST", {
  userMessage:
    "This invitation can no longer be used: it has expired, was withdrawn or was already accepted. Ask your therapist for a new link.",
});

const ALREADY_LINKED = "This person is already on your caseload.";

const weekFrom = (now: Date) => new Date(now.getTime() + INVITATION_DAYS * DAY_MS);

/**
 * A new invitation, or a new week for this therapist's unanswered one (pending or expired) to
 * the same email, so re-inviting never piles up duplicates; either way an invitation email is
 * queued with it. The answer never depends on whether the address has an account elsewhere
 * (whether someone is in therapy is theirs to tell): only the accept page, which needs the
 * emailed link, says so. Someone already on this therapist's own caseload is refused.
 */
export async function createInvitation(
  therapistId: string,
  input: TCreateInvitationRequest,
  now = new Date(),
): Promise<TCreateInvitationResponse> {
  const onCaseload = await db.careLink.count({
    where: { therapistId, status: "ACTIVE", client: { email: input.email } },
  });
  if (onCaseload > 0) {
    throw new AppError("CONFLICT", {
      userMessage: ALREADY_LINKED,
      fieldErrors: { email: [ALREADY_LINKED] },
    });
  }
  const expiresAt = weekFrom(now);
  return db.$transaction(async (tx) => {
    const unanswered = await tx.invitation.findFirst({
      where: { therapistId, email: input.email, acceptedAt: null, revokedAt: null },
      select: { id: true },
      orderBy: { createdAt: "desc" },
    });
    const invitation = unanswered
      ? await tx.invitation.update({
          where: { id: unanswered.id },
          data: { expiresAt, name: input.name },
          select: { id: true, email: true },
        })
      : await tx.invitation.create({
          data: { therapistId, email: input.email, name: input.name, expiresAt },
          select: { id: true, email: true },
        });
    await queueInvitationEmail(tx, invitation);
    return { invitationId: invitation.id, expiresAt, resent: !!unanswered };
  });
}

/** "Send again" on a pending or expired invitation: a new week and a new email. */
export async function resendInvitation(
  therapistId: string,
  invitationId: string,
  now = new Date(),
): Promise<TCreateInvitationResponse> {
  const expiresAt = weekFrom(now);
  const resent = await db.$transaction(async (tx) => {
    const [invitation] = await tx.invitation.updateManyAndReturn({
      where: { id: invitationId, therapistId, acceptedAt: null, revokedAt: null },
      data: { expiresAt },
      select: { id: true, email: true },
    });
    if (invitation) await queueInvitationEmail(tx, invitation);
    return !!invitation;
  });
  if (!resent) {
    await explainAnswered(therapistId, invitationId, {
      accepted: "This invitation was already accepted, so there is nothing to send again.",
      revoked: "This invitation was revoked. Invite the client again to send a new one.",
    });
  }
  return { invitationId, expiresAt, resent: true };
}

const queueInvitationEmail = (tx: Tx, invitation: { id: string; email: string }) =>
  queueEmail(tx, {
    to: invitation.email,
    message: { kind: "invitation", invitationId: invitation.id },
  });

/**
 * The accept link for the invitation email about to be sent: a new token, whose hash replaces the
 * last one (so only the newest email's link works, and no usable token is ever stored). Null when
 * the invitation was accepted, revoked or has expired since the email was queued.
 */
export async function issueInvitationLink(invitationId: string, now = new Date()) {
  const { token, tokenHash } = newInvitationToken();
  const [invitation] = await db.invitation.updateManyAndReturn({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { tokenHash },
    select: { name: true, expiresAt: true, therapist: { select: { name: true, timeZone: true } } },
  });
  if (!invitation) return null;
  return {
    acceptUrl: appUrl(`/invite/${token}`),
    clientName: invitation.name,
    therapistName: invitation.therapist.name,
    therapistTimeZone: invitation.therapist.timeZone,
    expiresAt: invitation.expiresAt,
  };
}

export async function revokeInvitation(
  therapistId: string,
  invitationId: string,
  now = new Date(),
) {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, therapistId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) {
    await explainAnswered(therapistId, invitationId, {
      accepted: "This invitation was already accepted, so there is nothing to revoke.",
      revoked: "This invitation was already revoked.",
    });
  }
}

/** Nothing changed: says why, if the invitation is this therapist's at all. Always throws. */
async function explainAnswered(
  therapistId: string,
  invitationId: string,
  messages: { accepted: string; revoked: string },
): Promise<never> {
  const found = await db.invitation.findFirst({
    where: { id: invitationId, therapistId },
    select: { acceptedAt: true, revokedAt: true },
  });
  if (found?.acceptedAt) throw new AppError("CONFLICT", { userMessage: messages.accepted });
  if (found?.revokedAt) throw new AppError("CONFLICT", { userMessage: messages.revoked });
  throw notFound("pending invitation");
}

type Tx = Prisma.TransactionClient;

/** Claims a usable invitation inside the transaction; a second, racing accept finds nothing. */
async function claimInvitation(tx: Tx, token: string, userId: string, now: Date) {
  const tokenHash = hashInvitationToken(token);
  const { count } = await tx.invitation.updateMany({
    where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedUserId: userId },
  });
  if (count === 0) throw UNUSABLE;
  return tx.invitation.findUniqueOrThrow({
    where: { tokenHash },
    select: { therapistId: true, email: true },
  });
}

async function activateLink(tx: Tx, therapistId: string, clientId: string) {
  await tx.careLink.upsert({
    where: { therapistId_clientId: { therapistId, clientId } },
    create: { therapistId, clientId, status: "ACTIVE" },
    update: { status: "ACTIVE", archivedAt: null, endedAt: null },
  });
}

const EXISTING_ACCOUNT = new AppError("CONFLICT", {
  userMessage: "An account with this email already exists. Sign in to accept the invitation.",
});

const THERAPIST_EMAIL = new AppError("FORBIDDEN", {
  userMessage:
    "This email belongs to a therapist account, which cannot also be a client. Ask your therapist to invite another email address.",
});

/** New-account acceptances from one address in an hour. */
const ACCEPTS_PER_IP = 20;

/**
 * A new client account, its care link and the used invitation, all or nothing, and a one-time
 * sign-in token for the browser that accepted (it just proved it holds the emailed link), so a
 * client without a password is signed in too. Only the holder of the emailed link learns that the
 * address has an account already.
 */
export async function acceptInvitationAsNewClient(
  input: TAcceptInvitationRequest,
  ip: string,
  now = new Date(),
): Promise<{ email: string; signInToken: string }> {
  await requireWithinLimit(`invitation-accept:ip:${ip}`, ACCEPTS_PER_IP, 60 * 60);
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(input.token) },
    select: { email: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!invitation || invitationStatus(invitation, now) !== "pending") throw UNUSABLE;
  // Hashing is slow on purpose; keep it outside the transaction.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: invitation.email },
        select: { role: true },
      });
      if (existing?.role === "THERAPIST") throw THERAPIST_EMAIL;
      if (existing) throw EXISTING_ACCOUNT;
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          role: "CLIENT",
          timeZone: input.timeZone,
          passwordHash,
        },
        select: { id: true },
      });
      await tx.consent.create({
        data: { userId: user.id, document: "PRIVACY_NOTICE", version: PRIVACY_NOTICE.version },
      });
      const claimed = await claimInvitation(tx, input.token, user.id, now);
      await activateLink(tx, claimed.therapistId, user.id);
      const signInToken = await mintLinkToken(
        tx,
        { purpose: "SIGN_IN", userId: user.id, targetPath: "/portal" },
        now,
      );
      return { email: invitation.email, signInToken };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw EXISTING_ACCOUNT;
    }
    throw error;
  }
}

/** A signed-in client accepts an invitation sent to their own email: link, never a new account. */
export async function acceptInvitationAsClient(
  actor: Pick<TClientActor, "userId" | "email">,
  token: string,
  now = new Date(),
): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
      select: { email: true },
    });
    if (!invitation) throw UNUSABLE;
    if (invitation.email !== actor.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", {
        userMessage:
          "This invitation was sent to a different email address. Sign out and sign in with the invited email.",
      });
    }
    const claimed = await claimInvitation(tx, token, actor.userId, now);
    await activateLink(tx, claimed.therapistId, actor.userId);
    return { email: invitation.email };
  });
}
