import "server-only";
import type { TTherapistActor } from "~/server/auth/actor";
import { db, Prisma } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { assignmentWhereFor, linkedClientWhere, usableTemplateWhere } from "~/server/scope";
import { scheduleEnd, zonedWallTimeToUtc, type TSchedule } from "../recurrence";
import type { TCreateAssignmentRequest, TUpdateAssignmentRequest } from "../schema";
import { planOccurrences } from "./planning";

type Actor = Pick<TTherapistActor, "userId" | "role">;

const kindMismatch = () =>
  new AppError("BAD_REQUEST", {
    userMessage: "The homework content does not match its kind. Reload the page and try again.",
    fieldErrors: { content: ["The content does not match this kind of homework."] },
  });

/** Refuses schedules that are already over: homework nobody could do in time. */
function assertNotOver(schedule: TSchedule | null, timeZone: string, now: Date) {
  if (schedule && scheduleEnd(schedule, timeZone) <= now) {
    const message =
      schedule.kind === "once"
        ? "This due time has already passed. Choose a later one."
        : "This schedule has already ended. Choose a later end.";
    throw new AppError("BAD_REQUEST", {
      userMessage: message,
      fieldErrors: { schedule: [message] },
    });
  }
}

/** When the homework becomes visible: the start date's first minute, or now. */
function startsAtFor(schedule: TSchedule | null, timeZone: string, now: Date): Date {
  if (!schedule || schedule.kind === "once") return now;
  return zonedWallTimeToUtc(schedule.startDate, "00:00", timeZone);
}

const jsonSchedule = (schedule: TSchedule | null) => schedule ?? Prisma.DbNull;

/**
 * Gives homework to a linked client: a frozen copy of the customised content (later template
 * edits never reach it), due times in the client's zone, and the first 14 days of occurrences.
 */
export async function createAssignment(
  actor: Actor,
  input: TCreateAssignmentRequest,
  now = new Date(),
): Promise<{ assignmentId: string }> {
  const [client, template] = await Promise.all([
    db.user.findFirst({
      where: linkedClientWhere(actor.userId, input.clientId),
      select: { id: true, timeZone: true },
    }),
    db.template.findFirst({
      where: { id: input.templateId, ...usableTemplateWhere(actor.userId) },
      select: { id: true, kind: true, title: true, version: true },
    }),
  ]);
  if (!client) throw notFound("client");
  if (!template) throw notFound("template");
  if (template.kind !== input.content.kind) throw kindMismatch();
  assertNotOver(input.schedule, client.timeZone, now);

  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.create({
      data: {
        therapistId: actor.userId,
        clientId: client.id,
        templateId: template.id,
        templateVersion: template.version,
        kind: template.kind,
        title: template.title,
        content: input.content.body,
        instructions: input.instructions,
        timeZone: client.timeZone,
        startsAt: startsAtFor(input.schedule, client.timeZone, now),
        schedule: jsonSchedule(input.schedule),
        reminderOffsets: input.reminderOffsets,
      },
      select: { id: true },
    });
    await planOccurrences(
      tx,
      {
        id: assignment.id,
        schedule: input.schedule,
        timeZone: client.timeZone,
        plannedUntil: null,
      },
      now,
    );
    return { assignmentId: assignment.id };
  });
}

/**
 * Changes reach the future only: past occurrences and any with a submission (even a draft) stay;
 * future open ones are replaced by the new schedule's.
 */
export async function updateAssignment(
  actor: Actor,
  input: TUpdateAssignmentRequest,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await tx.assignment.findFirst({
      where: { id: input.assignmentId, status: "ACTIVE", ...assignmentWhereFor(actor) },
      select: { id: true, kind: true, timeZone: true },
    });
    if (!existing) throw notFound("active assignment");
    if (existing.kind !== input.content.kind) throw kindMismatch();
    assertNotOver(input.schedule, existing.timeZone, now);

    await tx.occurrence.deleteMany({
      where: {
        assignmentId: existing.id,
        status: "OPEN",
        dueAt: { gt: now },
        submission: { is: null },
      },
    });
    await tx.assignment.update({
      where: { id: existing.id },
      data: {
        content: input.content.body,
        instructions: input.instructions,
        schedule: jsonSchedule(input.schedule),
        reminderOffsets: input.reminderOffsets,
        plannedUntil: now,
      },
    });
    await planOccurrences(
      tx,
      { id: existing.id, schedule: input.schedule, timeZone: existing.timeZone, plannedUntil: now },
      now,
    );
  });
}

/**
 * Ends the homework: nothing more is due; what was done stays visible. Occurrences are written
 * before the assignment row, the lock order of submits (see completeIfFinished), so a submit at
 * the same moment waits instead of deadlocking.
 */
export async function endAssignment(actor: Actor, assignmentId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const owned = await tx.assignment.findFirst({
      where: { id: assignmentId, status: "ACTIVE", ...assignmentWhereFor(actor) },
      select: { id: true },
    });
    if (!owned) throw notFound("active assignment");
    await tx.occurrence.updateMany({
      where: { assignmentId, status: "OPEN", dueAt: { gt: now } },
      data: { status: "CANCELLED" },
    });
    // The status in the where: completed (or ended) meanwhile means there is nothing to end.
    const { count } = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: now },
    });
    if (count === 0) throw notFound("active assignment");
  });
}
