import "server-only";
import type { TClientActor, TTherapistActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { lockSafetyPlan } from "~/server/locks";
import { flagWhereFor, linkedClientWhere } from "~/server/scope";
import { SECTION_KEYS, storedSection } from "./data";
import { flagDay, flagReason, type TFlagCause } from "./policy";
import type {
  TAcknowledgeFlagRequest,
  TFlagKind,
  TResolveSuggestionRequest,
  TSaveSafetyPlanRequest,
  TSuggestSafetyPlanRequest,
} from "./schema";

type TTx = Prisma.TransactionClient;

/**
 * What the flag is about: one of the client's attempts or submissions in one therapist's
 * homework, or (the daily check) the client's homework from that therapist as a whole.
 */
export type TFlagSource = {
  clientId: string;
  therapistId: string;
  clientTimeZone: string;
  at: Date;
  /** How the therapist knows the homework: "step 4", or a worksheet's title in quotes. */
  where: string;
  attemptId?: string;
  submissionId?: string;
};

/**
 * Raises a flag in the caller's transaction, so the flag exists exactly when the attempt or
 * submission that caused it does. Each event raises its own flag; an old one is never reopened.
 */
export async function raiseFlag(
  tx: TTx,
  kind: TFlagKind,
  concern: TFlagCause,
  source: TFlagSource,
): Promise<{ id: string }> {
  return tx.flag.create({
    data: {
      kind,
      clientId: source.clientId,
      therapistId: source.therapistId,
      reason: flagReason(concern, source.where, flagDay(source.at, source.clientTimeZone)),
      attemptId: source.attemptId ?? null,
      submissionId: source.submissionId ?? null,
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

const STALE_PLAN =
  "Your plan was changed in another tab or on another device after this page opened, so this was not saved. Copy what you wrote, reload the page, and add it again.";

/**
 * The client's plan row, created empty if this is their first write, and locked: every write
 * reads and writes it under the lock, so a save and an added suggestion never lose each other's
 * words.
 */
async function lockedPlan(tx: TTx, clientId: string) {
  await tx.safetyPlan.createMany({ data: [{ clientId }], skipDuplicates: true });
  await lockSafetyPlan(tx, clientId);
  return tx.safetyPlan.findUniqueOrThrow({ where: { clientId } });
}

/** The client saves their whole plan; a copy older than the stored one is refused, not merged. */
export async function saveSafetyPlan(
  client: TClientActor,
  { baseRevision, ...content }: TSaveSafetyPlanRequest,
): Promise<{ revision: number; updatedAt: Date }> {
  return db.$transaction(async (tx) => {
    const plan = await lockedPlan(tx, client.userId);
    if (plan.revision !== baseRevision) throw new AppError("CONFLICT", { userMessage: STALE_PLAN });
    return tx.safetyPlan.update({
      where: { clientId: client.userId },
      data: { ...content, revision: { increment: 1 } },
      select: { revision: true, updatedAt: true },
    });
  });
}

/** A therapist suggests an addition to a linked client's plan; only the client can add it. */
export async function suggestSafetyPlanEdit(
  therapist: TTherapistActor,
  { clientId, section, body }: TSuggestSafetyPlanRequest,
): Promise<{ id: string }> {
  const client = await db.user.findFirst({
    where: linkedClientWhere(therapist.userId, clientId),
    select: { id: true },
  });
  if (!client) throw notFound("client");
  return db.safetyPlanSuggestion.create({
    data: {
      clientId: client.id,
      therapistId: therapist.userId,
      section: storedSection(section),
      body,
    },
    select: { id: true },
  });
}

/** The client adds a suggestion to its section (a new line) or declines it; once only. */
export async function resolveSafetyPlanSuggestion(
  client: TClientActor,
  { suggestionId, add }: TResolveSuggestionRequest,
): Promise<{ revision: number }> {
  return db.$transaction(async (tx) => {
    const plan = await lockedPlan(tx, client.userId);
    const suggestion = await tx.safetyPlanSuggestion.findFirst({
      where: { id: suggestionId, clientId: client.userId },
      select: { section: true, body: true, resolvedAt: true },
    });
    if (!suggestion) throw notFound("suggestion");
    if (suggestion.resolvedAt) {
      throw new AppError("CONFLICT", { userMessage: "You have already answered this suggestion." });
    }
    await tx.safetyPlanSuggestion.update({
      where: { id: suggestionId },
      data: { resolvedAt: new Date(), added: add },
    });
    if (!add) return { revision: plan.revision };
    const key = SECTION_KEYS[suggestion.section];
    const current = plan[key];
    const updated = await tx.safetyPlan.update({
      where: { clientId: client.userId },
      data: {
        [key]: current.trim() === "" ? suggestion.body : `${current}\n${suggestion.body}`,
        revision: { increment: 1 },
      },
      select: { revision: true },
    });
    return updated;
  });
}
