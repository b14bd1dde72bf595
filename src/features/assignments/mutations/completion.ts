import "server-only";
import { ZLadderBodySchema } from "~/features/templates/schema";
import type { Prisma } from "~/server/db";
import { lockAssignment } from "~/server/locks";
import { isLadderFinished, isScheduleFinished } from "../completion";
import { ZScheduleSchema } from "../recurrence";

type Tx = Prisma.TransactionClient;

/**
 * Marks an ACTIVE assignment COMPLETED when nothing is left to do (see ../completion.ts). Call it
 * inside the transaction that just changed an occurrence or a mastered step, after that change.
 *
 * The row lock makes two transactions finishing the last two occurrences at once run this one
 * after the other, so the second sees the first's DONE and completes the assignment. It is the
 * last lock in the order (server/locks.ts), so callers may already hold occurrence locks.
 */
export async function completeIfFinished(
  tx: Tx,
  assignmentId: string,
  now: Date,
): Promise<boolean> {
  await lockAssignment(tx, assignmentId);
  const a = await tx.assignment.findFirst({
    where: { id: assignmentId, status: "ACTIVE" },
    select: {
      kind: true,
      content: true,
      schedule: true,
      timeZone: true,
      plannedUntil: true,
      masteredSteps: { select: { stepId: true } },
      _count: { select: { occurrences: { where: { status: "OPEN" } } } },
    },
  });
  if (!a) return false;
  let finished = false;
  if (a.schedule !== null) {
    const schedule = ZScheduleSchema.safeParse(a.schedule);
    finished =
      schedule.success &&
      isScheduleFinished(
        {
          schedule: schedule.data,
          timeZone: a.timeZone,
          plannedUntil: a.plannedUntil,
          openOccurrences: a._count.occurrences,
        },
        now,
      );
  } else if (a.kind === "LADDER") {
    const body = ZLadderBodySchema.safeParse(a.content);
    finished =
      body.success &&
      isLadderFinished(
        body.data.steps,
        a.masteredSteps.map((m) => m.stepId),
      );
  }
  if (!finished) return false;
  await tx.assignment.update({
    where: { id: assignmentId },
    data: { status: "COMPLETED", completedAt: now },
  });
  return true;
}
