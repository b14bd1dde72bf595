import "server-only";
import { db, Prisma } from "~/server/db";
import { lockFutureOccurrences, lockPlanning, tryLockPlanning } from "~/server/locks";
import {
  dueTimesToPlan,
  planningHorizon,
  replanFuture,
  topUpThreshold,
  type TPlannable,
} from "../planning";
import { isLongOver } from "../completion";
import { planRemindersFor } from "./reminders";
import { expandSchedule, ZScheduleSchema, type TSchedule } from "../recurrence";

type Tx = Prisma.TransactionClient;

/**
 * Creates the occurrences of one assignment due in the not-yet-planned part of the next 14 days
 * and moves plannedUntil. Duplicates (same due instant) are skipped, so re-running is harmless.
 */
export async function planOccurrences(
  tx: Tx,
  assignment: TPlannable & { id: string },
  now: Date,
): Promise<number> {
  const { dueAts, plannedUntil } = dueTimesToPlan(assignment, now);
  if (plannedUntil === assignment.plannedUntil) return 0;
  const { count } = dueAts.length
    ? await tx.occurrence.createMany({
        data: dueAts.map((dueAt) => ({ assignmentId: assignment.id, dueAt })),
        skipDuplicates: true,
      })
    : { count: 0 };
  await tx.assignment.update({ where: { id: assignment.id }, data: { plannedUntil } });
  return count;
}

/**
 * Makes the occurrences due after now follow a changed schedule (see replanFuture): nothing is
 * deleted, started ones keep their id and draft. A once schedule's occurrence is the homework
 * itself, so one that is overdue and still open follows a new due date too (instead of staying
 * behind as a second copy the client sees twice); past days of a recurring schedule stay as they
 * were. These occurrences are locked before they are read, so a draft saved at this moment is
 * either seen here or finds its occurrence already cancelled. Returns the new planning horizon
 * (null: nothing to plan).
 */
export async function replanOccurrences(
  tx: Tx,
  assignment: { id: string; timeZone: string },
  change: { before: TSchedule | null; after: TSchedule | null },
  now: Date,
): Promise<Date | null> {
  const { after: schedule } = change;
  const overdueToo = change.before?.kind === "once";
  await lockFutureOccurrences(tx, assignment.id, { after: now, openToo: overdueToo });
  const replanned = await tx.occurrence.findMany({
    where: {
      assignmentId: assignment.id,
      OR: [{ dueAt: { gt: now } }, ...(overdueToo ? [{ status: "OPEN" as const }] : [])],
    },
    select: { id: true, dueAt: true, status: true, submission: { select: { id: true } } },
  });
  const horizon = planningHorizon(now);
  const wanted = schedule
    ? expandSchedule(schedule, assignment.timeZone, { from: now, to: horizon }).filter(
        (d) => d > now,
      )
    : [];
  const plan = replanFuture(
    replanned.map((o) => ({ id: o.id, dueAt: o.dueAt, status: o.status, started: !!o.submission })),
    wanted,
    { timeZone: assignment.timeZone, once: schedule?.kind === "once" },
  );
  if (plan.cancel.length) {
    await tx.occurrence.updateMany({
      where: { id: { in: plan.cancel } },
      data: { status: "CANCELLED" },
    });
  }
  if (plan.reopen.length) {
    await tx.occurrence.updateMany({
      where: { id: { in: plan.reopen } },
      data: { status: "OPEN" },
    });
  }
  // At most one per day of the 14-day window.
  for (const { id, dueAt } of plan.move) {
    await tx.occurrence.update({ where: { id }, data: { dueAt } });
  }
  if (plan.create.length) {
    await tx.occurrence.createMany({
      data: plan.create.map((dueAt) => ({ assignmentId: assignment.id, dueAt })),
    });
  }
  return schedule ? horizon : null;
}

const TOP_UP_BATCH = 100;

/** ACTIVE scheduled homework whose occurrences end before the top-up threshold. */
const lagging = (now: Date) =>
  ({
    status: "ACTIVE",
    schedule: { not: Prisma.DbNull },
    OR: [{ plannedUntil: null }, { plannedUntil: { lt: topUpThreshold(now) } }],
  }) satisfies Prisma.AssignmentWhereInput;

type TTopUp = { assignments: number; occurrences: number; completed: number };

/**
 * Plans ahead for every ACTIVE scheduled assignment that lags behind the 14-day horizon, a batch
 * at a time, and finishes the ones whose schedule is long over (see isLongOver). One read when
 * nothing lags. Only the planning timer and the launcher run it (pages and queries never write;
 * `scope` keeps a test to its own client). Safe to run on several instances at once: each
 * assignment is planned under its planning lock, and a duplicate due instant is refused by the
 * (assignmentId, dueAt) unique index.
 */
export async function topUpOccurrences(
  now: Date,
  scope: { clientId?: string } = {},
): Promise<TTopUp> {
  const total: TTopUp = { assignments: 0, occurrences: 0, completed: 0 };
  let after: string | undefined;
  for (;;) {
    const batch = await db.assignment.findMany({
      where: { ...lagging(now), ...scope, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: TOP_UP_BATCH,
    });
    if (batch.length === 0) return total;
    const done = await topUpBatch(
      batch.map((a) => a.id),
      now,
    );
    total.assignments += done.assignments;
    total.occurrences += done.occurrences;
    total.completed += done.completed;
    if (batch.length < TOP_UP_BATCH) return total;
    after = batch.at(-1)!.id;
  }
}

/**
 * One batch in one transaction. An assignment whose planning lock is taken (an edit or another
 * instance at work) is skipped: whoever holds it plans it, or the next run does. The rows are
 * read after locking, so another instance's finished work is seen and not repeated.
 */
async function topUpBatch(ids: string[], now: Date): Promise<TTopUp> {
  return db.$transaction(async (tx) => {
    const locked = await tryLockPlanning(tx, ids);
    const rows = await tx.assignment.findMany({
      where: { id: { in: locked }, ...lagging(now) },
      select: { id: true, schedule: true, timeZone: true, plannedUntil: true },
    });
    const finished: string[] = [];
    const planned: { id: string; dueAts: Date[] }[] = [];
    for (const row of rows) {
      const schedule = ZScheduleSchema.safeParse(row.schedule);
      if (!schedule.success) continue;
      if (isLongOver(schedule.data, row.timeZone, now)) {
        finished.push(row.id);
        continue;
      }
      const plan = dueTimesToPlan({ ...row, schedule: schedule.data }, now);
      if (plan.plannedUntil !== row.plannedUntil) planned.push({ id: row.id, dueAts: plan.dueAts });
    }
    const result: TTopUp = { assignments: planned.length, occurrences: 0, completed: 0 };
    if (planned.length > 0) {
      ({ count: result.occurrences } = await tx.occurrence.createMany({
        data: planned.flatMap((p) => p.dueAts.map((dueAt) => ({ assignmentId: p.id, dueAt }))),
        skipDuplicates: true,
      }));
      // Every window planned here ends at the same instant.
      await tx.assignment.updateMany({
        where: { id: { in: planned.map((p) => p.id) } },
        data: { plannedUntil: planningHorizon(now) },
      });
      await planRemindersFor(tx, { assignmentIds: planned.map((p) => p.id) }, now);
    }
    if (finished.length > 0) {
      // What is still open stays as it is: the therapist sees it as missed.
      ({ count: result.completed } = await tx.assignment.updateMany({
        where: { id: { in: finished }, status: "ACTIVE" },
        data: { status: "COMPLETED", completedAt: now },
      }));
    }
    return result;
  });
}

/**
 * After a client changed their time zone: each of their ACTIVE homework with a schedule that
 * still follows the old zone is moved to the new one. Due dates ahead are re-planned at the same
 * wall-clock times there (started ones keep their draft), with their reminders; past ones keep the
 * zone they were due in. Each assignment under its planning lock; running it twice changes nothing.
 */
export async function followClientTimeZone(clientId: string, now: Date): Promise<number> {
  const client = await db.user.findUnique({ where: { id: clientId }, select: { timeZone: true } });
  if (!client) return 0;
  const stale = await db.assignment.findMany({
    where: { clientId, status: "ACTIVE", timeZone: { not: client.timeZone } },
    select: { id: true, therapistId: true },
  });
  for (const { id, therapistId } of stale) {
    await db.$transaction(async (tx) => {
      await lockPlanning(tx, { id, therapistId });
      const assignment = await tx.assignment.findFirst({
        where: { id, status: "ACTIVE", timeZone: { not: client.timeZone } },
        select: { schedule: true },
      });
      if (!assignment) return;
      const schedule =
        assignment.schedule === null ? null : ZScheduleSchema.parse(assignment.schedule);
      const moved = { id, timeZone: client.timeZone };
      const plannedUntil = schedule
        ? // `before: null`: an overdue one-off stays where it was due, like every past due date.
          await replanOccurrences(tx, moved, { before: null, after: schedule }, now)
        : null;
      await tx.assignment.update({
        where: { id },
        data: { timeZone: client.timeZone, ...(schedule ? { plannedUntil } : {}) },
      });
      await planRemindersFor(tx, { assignmentIds: [id] }, now);
    });
  }
  return stale.length;
}
