import "server-only";
import type { TTherapistActor } from "~/server/auth/actor";
import { db } from "~/server/db";
import { notFound } from "~/server/errors";
import { flagWhereFor, linkedClientWhere } from "~/server/scope";
import {
  OPEN_FLAGS_SHOWN,
  type TFlag,
  type TListOpenFlagsRequest,
  type TListOpenFlagsResponse,
} from "./schema";

/** Where the therapist reads more about the event: the ladder step's history or the worksheet. */
function hrefOf(flag: {
  attempt: { assignmentId: string; stepId: string } | null;
  submissionId: string | null;
}): string | null {
  if (flag.attempt) {
    return `/therapist/ladders/${flag.attempt.assignmentId}/steps/${encodeURIComponent(flag.attempt.stepId)}`;
  }
  if (flag.submissionId) return `/therapist/submissions/${flag.submissionId}`;
  return null;
}

/** This therapist's open flags for one linked client, newest first (one query). */
export async function listOpenFlags(
  therapist: TTherapistActor,
  { clientId }: TListOpenFlagsRequest,
): Promise<TListOpenFlagsResponse> {
  const client = await db.user.findFirst({
    where: linkedClientWhere(therapist.userId, clientId),
    select: {
      flagsAbout: {
        where: { ...flagWhereFor(therapist), acknowledgedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: OPEN_FLAGS_SHOWN + 1,
        select: {
          id: true,
          kind: true,
          reason: true,
          createdAt: true,
          submissionId: true,
          attempt: { select: { assignmentId: true, stepId: true } },
        },
      },
    },
  });
  if (!client) throw notFound("client");
  const flags: TFlag[] = client.flagsAbout.slice(0, OPEN_FLAGS_SHOWN).map((f) => ({
    id: f.id,
    kind: f.kind,
    reason: f.reason,
    createdAt: f.createdAt,
    href: hrefOf(f),
  }));
  return { flags, more: client.flagsAbout.length > OPEN_FLAGS_SHOWN };
}
