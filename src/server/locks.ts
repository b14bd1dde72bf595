import "server-only";
import type { Prisma } from "./db";

/**
 * Every lock a transaction of the app takes, each held until that transaction ends.
 *
 * Lock order. A transaction that takes more than one kind takes them in this order, and once it
 * holds a later kind it never waits for an earlier one. Then two transactions may wait for each
 * other, but never in a circle, so they never deadlock:
 *   1. an assignment's planning lock (lockPlanning, tryLockPlanning);
 *   2. occurrence rows (lockClientOccurrence, lockFutureOccurrences);
 *   3. the assignment row (lockAssignment).
 * A plain UPDATE of an occurrence or an assignment takes that row's lock too, so it counts at its
 * place in the order. A client's safety plan (lockSafetyPlan) is locked alone, never with these. locks.integration.test.ts shows the order holding and breaking it.
 *
 * Nobody holds, or waits for, a lock on someone else's row. The functions given a person's id
 * put that person into the locking statement, for callers that lock before they read; the rest
 * take ids the caller has just read through its scope (server/scope.ts) in the same transaction,
 * or the planning timer's own.
 *
 * The migrations' advisory lock (server/db/migrate.ts) is not one of these: the migration runner
 * holds it on its own connection before the app serves, its key is the one `prisma migrate`
 * uses, and a single bigint key never meets the (int, int) keys below.
 */

type Tx = Prisma.TransactionClient;

/** Key space of the planning locks: pg_advisory_xact_lock(PLANNING, hashtext(assignment id)). */
const PLANNING = 7270;

/**
 * 1. Serialises the writers that decide which occurrences an assignment has: a schedule edit,
 * ending it, and the planning timer. Taken before the assignment is read, so the schedule read
 * is the one being replaced. Only the therapist who gave the homework gets it: false (nothing
 * held, nothing waited for) for anyone else. Two ids may share a hash; then one edit waits for
 * the other, no more.
 */
export async function lockPlanning(
  tx: Tx,
  assignment: { id: string; therapistId: string },
): Promise<boolean> {
  const locked = await tx.$queryRaw<unknown[]>`
    SELECT pg_advisory_xact_lock(${PLANNING}::int4, hashtext(id))::text AS locked
    FROM "Assignment" WHERE id = ${assignment.id} AND "therapistId" = ${assignment.therapistId}`;
  return locked.length > 0;
}

/**
 * 1, for ending all of one care link's ACTIVE homework at once (archiving a client, a client
 * ending a therapist's access): every one's planning lock, in id order, so two such calls never
 * deadlock. Returns the assignments locked.
 */
export async function lockPlanningOfLink(
  tx: Tx,
  link: { therapistId: string; clientId: string },
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id, pg_advisory_xact_lock(${PLANNING}::int4, hashtext(id))::text AS locked
    FROM (
      SELECT id FROM "Assignment"
      WHERE "therapistId" = ${link.therapistId} AND "clientId" = ${link.clientId}
        AND status = 'ACTIVE'
      ORDER BY id
    ) a`;
  return rows.map((r) => r.id);
}

/**
 * 1, for the planning timer: the planning locks of those assignments that are free now. A busy
 * one is left out (its holder plans it, or the next run does), so the timer never waits.
 */
export async function tryLockPlanning(tx: Tx, assignmentIds: string[]): Promise<string[]> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM unnest(${assignmentIds}::text[]) AS t(id)
    WHERE pg_try_advisory_xact_lock(${PLANNING}::int4, hashtext(id))`;
  return locked.map((r) => r.id);
}

/**
 * 2. One occurrence of a client's homework of `kind`, with the client and kind in the locking
 * statement. False when there is no such occurrence of theirs.
 */
export async function lockClientOccurrence(
  tx: Tx,
  occurrence: { id: string; clientId: string; kind: "WORKSHEET" | "LADDER" },
): Promise<boolean> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Occurrence" o JOIN "Assignment" a ON a.id = o."assignmentId"
    WHERE o.id = ${occurrence.id} AND a."clientId" = ${occurrence.clientId}
      AND a.kind = ${occurrence.kind}::"TemplateKind"
    FOR UPDATE OF o`;
  return locked.length > 0;
}

/**
 * 2. An assignment's occurrences due after `after` and, with `openToo`, every one still open:
 * those a schedule change may move, cancel or reopen.
 */
export async function lockFutureOccurrences(
  tx: Tx,
  assignmentId: string,
  { after, openToo }: { after: Date; openToo: boolean },
): Promise<void> {
  await tx.$queryRaw`
    SELECT id FROM "Occurrence"
    WHERE "assignmentId" = ${assignmentId} AND ("dueAt" > ${after} OR (${openToo} AND status = 'OPEN'))
    FOR UPDATE`;
}

/** 3. The assignment row. False when it does not exist. */
export async function lockAssignment(tx: Tx, assignmentId: string): Promise<boolean> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Assignment" WHERE id = ${assignmentId} FOR UPDATE`;
  return locked.length > 0;
}

/** A client's safety plan row, for a read-then-write of their words; only ever locked alone. */
export async function lockSafetyPlan(tx: Tx, clientId: string): Promise<boolean> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "SafetyPlan" WHERE "clientId" = ${clientId} FOR UPDATE`;
  return locked.length > 0;
}
