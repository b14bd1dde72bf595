import "server-only";
import type { TTherapistActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { flagWhereFor } from "~/server/scope";
import { flagDay, flagReason, type TDistressConcern } from "./policy";
import type { TAcknowledgeFlagRequest, TFlagKind } from "./schema";

type TTx = Prisma.TransactionClient;

/** What the flag is about: one of the client's attempts or submissions, in one therapist's homework. */
export type TFlagSource = {
  clientId: string;
  therapistId: string;
  clientTimeZone: string;
  at: Date;
  /** How the therapist knows the homework: "step 4", or a worksheet's title in quotes. */
  where: string;
} & ({ attemptId: string } | { submissionId: string });

/**
 * Raises a flag in the caller's transaction, so the flag exists exactly when the attempt or
 * submission that caused it does. Each event raises its own flag; an old one is never reopened.
 */
export async function raiseFlag(
  tx: TTx,
  kind: TFlagKind,
  concern: TDistressConcern,
  source: TFlagSource,
): Promise<{ id: string }> {
  return tx.flag.create({
    data: {
      kind,
      clientId: source.clientId,
      therapistId: source.therapistId,
      reason: flagReason(concern, source.where, flagDay(source.at, source.clientTimeZone)),
      attemptId: "attemptId" in source ? source.attemptId : null,
      submissionId: "submissionId" in source ? source.submissionId : null,
      createdAt: source.at,
    },
    select: { id: true },
  });
}

/**
 * The therapist has seen it. The row stays, with who and when; acknowledging twice keeps the
 * first time (the guard on acknowledgedAt) and still succeeds.
 */
export async function acknowledgeFlag(
  therapist: TTherapistActor,
  { flagId }: TAcknowledgeFlagRequest,
): Promise<{ acknowledgedAt: Date }> {
  const where = { id: flagId, ...flagWhereFor(therapist) };
  await db.flag.updateMany({
    where: { ...where, acknowledgedAt: null },
    data: { acknowledgedAt: new Date(), acknowledgedById: therapist.userId },
  });
  const flag = await db.flag.findFirst({ where, select: { acknowledgedAt: true } });
  if (!flag?.acknowledgedAt) throw notFound("flag");
  return { acknowledgedAt: flag.acknowledgedAt };
}
