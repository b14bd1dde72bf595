import "server-only";
import { db, Prisma } from "~/server/db";
import { dueTimesToPlan, topUpThreshold, type TPlannable } from "../planning";
import { ZScheduleSchema } from "../recurrence";

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
