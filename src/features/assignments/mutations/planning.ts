import "server-only";
import { db, Prisma } from "~/server/db";
import {
  dueTimesToPlan,
  planningHorizon,
  replanFuture,
  topUpThreshold,
  type TPlannable,
} from "../planning";
import { expandSchedule, ZScheduleSchema, type TSchedule } from "../recurrence";

type Tx = Prisma.TransactionClient;
const TOP_UP_BATCH = 500;

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
 * were. These occurrences are locked first, the order submits keep, so a draft saved at this
 * moment is either seen here or finds its occurrence already cancelled. Returns the new
 * planning horizon (null: nothing to plan).
 */
export async function replanOccurrences(
  tx: Tx,
  assignment: { id: string; timeZone: string },
  change: { before: TSchedule | null; after: TSchedule | null },
  now: Date,
): Promise<Date | null> {
  const { after: schedule } = change;
  const overdueToo = change.before?.kind === "once";
  const overdue = overdueToo ? Prisma.sql`OR status = 'OPEN'` : Prisma.empty;
  await tx.$queryRaw`
    SELECT id FROM "Occurrence"
    WHERE "assignmentId" = ${assignment.id} AND ("dueAt" > ${now} ${overdue})
    FOR UPDATE`;
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

/**
 * Plans ahead for every ACTIVE scheduled assignment (of one client, if given) that lags behind
 * the 14-day horizon. Three queries whatever the number of assignments: read, insert, update.
 */
export async function topUpOccurrences(
  now: Date,
  options: { clientId?: string } = {},
): Promise<{ assignments: number; occurrences: number }> {
  const rows = await db.assignment.findMany({
    where: {
      status: "ACTIVE",
      ...(options.clientId ? { clientId: options.clientId } : {}),
      schedule: { not: Prisma.DbNull },
      OR: [{ plannedUntil: null }, { plannedUntil: { lt: topUpThreshold(now) } }],
    },
    select: { id: true, schedule: true, timeZone: true, plannedUntil: true },
    orderBy: { plannedUntil: { sort: "asc", nulls: "first" } },
    take: TOP_UP_BATCH,
  });
  const planned = rows.flatMap((row) => {
    const parsed = ZScheduleSchema.safeParse(row.schedule);
    if (!parsed.success) return [];
    const plan = dueTimesToPlan({ ...row, schedule: parsed.data }, now);
    return plan.plannedUntil === row.plannedUntil ? [] : [{ id: row.id, ...plan }];
  });
  if (planned.length === 0) return { assignments: 0, occurrences: 0 };
  // No completion check here: this only adds occurrences, and a missed (overdue OPEN) one keeps
  // its assignment ACTIVE because the client can still do it late.
  const horizon = planned[0]!.plannedUntil!;
  const [created] = await db.$transaction([
    db.occurrence.createMany({
      data: planned.flatMap((p) => p.dueAts.map((dueAt) => ({ assignmentId: p.id, dueAt }))),
      skipDuplicates: true,
    }),
    db.assignment.updateMany({
      where: { id: { in: planned.map((p) => p.id) } },
      data: { plannedUntil: horizon },
    }),
  ]);
  return { assignments: planned.length, occurrences: created.count };
}
