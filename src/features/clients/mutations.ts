import "server-only";
import { endHomeworkOfLink } from "~/features/assignments/mutations/assignments";
import { db } from "~/server/db";
import { AppError, notFound } from "~/server/errors";

/**
 * The therapist closes a client's case: the link becomes ARCHIVED, all of this therapist's
 * homework for them ends (future due dates and their reminders go), and the history stays
 * readable to both, read-only for the therapist. Archiving twice changes nothing.
 */
export async function archiveClient(therapistId: string, clientId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.careLink.updateMany({
      where: { therapistId, clientId, status: "ACTIVE" },
      data: { status: "ARCHIVED", archivedAt: now },
    });
    if (count === 0) {
      const link = await tx.careLink.findUnique({
        where: { therapistId_clientId: { therapistId, clientId } },
        select: { status: true },
      });
      if (link?.status === "ARCHIVED") return;
      throw notFound("client");
    }
    await endHomeworkOfLink(tx, { therapistId, clientId }, now);
  });
}

/**
 * Back on the caseload: an ARCHIVED link becomes ACTIVE again (ended homework stays ended). A link
 * the client ended is theirs to renew, by accepting a new invitation.
 */
export async function restoreClient(therapistId: string, clientId: string) {
  const { count } = await db.careLink.updateMany({
    where: { therapistId, clientId, status: "ARCHIVED" },
    data: { status: "ACTIVE", archivedAt: null },
  });
  if (count > 0) return;
  const link = await db.careLink.findUnique({
    where: { therapistId_clientId: { therapistId, clientId } },
    select: { status: true, client: { select: { name: true } } },
  });
  if (!link) throw notFound("client");
  if (link.status === "ENDED") {
    throw new AppError("CONFLICT", {
      userMessage: `${link.client.name} ended your access, so only they can renew it: invite them again, and it is renewed when they accept.`,
    });
  }
}

/**
 * The client ends a therapist's access: the link becomes ENDED, the therapist's homework for them
 * ends, and the therapist keeps reading only what was shared before now. Ending twice changes
 * nothing.
 */
export async function endTherapistAccess(clientId: string, therapistId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.careLink.updateMany({
      where: { therapistId, clientId, status: { in: ["ACTIVE", "ARCHIVED"] } },
      data: { status: "ENDED", endedAt: now },
    });
    if (count === 0) {
      const link = await tx.careLink.findUnique({
        where: { therapistId_clientId: { therapistId, clientId } },
        select: { status: true },
      });
      if (link?.status === "ENDED") return;
      throw notFound("therapist");
    }
    await endHomeworkOfLink(tx, { therapistId, clientId }, now);
  });
}
