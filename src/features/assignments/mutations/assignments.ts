import "server-only";
import type { TTherapistActor } from "~/server/auth/actor";
import { db, Prisma } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { lockAssignment, lockPlanning, lockPlanningOfLink } from "~/server/locks";
import { assignmentWhereFor, linkedClientWhere, usableTemplateWhere } from "~/server/scope";
import { ZLadderBodySchema, type TLadderBody } from "~/features/templates/schema";
import {
  haveSameDueTimes,
  scheduleEnd,
  scheduleStartDate,
  zonedWallTimeToUtc,
  ZScheduleSchema,
  type TSchedule,
} from "../recurrence";
import type { TCreateAssignmentRequest, TUpdateAssignmentRequest } from "../schema";
import { planOccurrences, replanOccurrences } from "./planning";
import { planRemindersFor } from "./reminders";
import { reminderColumns } from "../reminders";

type Tx = Prisma.TransactionClient;

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

/** When the portal starts listing the homework: the start date's first minute, or now. */
function startsAtFor(schedule: TSchedule | null, timeZone: string, now: Date): Date {
  const startDate = schedule && scheduleStartDate(schedule);
  return startDate ? zonedWallTimeToUtc(startDate, "00:00", timeZone) : now;
}

/** Completed or ended homework stays as it was: the therapist sees why nothing changed. */
function assertActive(status: "ACTIVE" | "COMPLETED" | "ENDED") {
  if (status === "COMPLETED") {
    throw new AppError("CONFLICT", { userMessage: "This homework is already finished." });
  }
  if (status === "ENDED") {
    throw new AppError("CONFLICT", { userMessage: "This homework has already ended." });
  }
}

/**
 * A ladder edit may reword, reorder and add steps, but not remove one the client has practised
 * or mastered: its attempts and feedback would vanish from both views. Runs under the ladder's
 * row lock, the one attempts and mastery take, so none can slip in meanwhile.
 */
async function assertPractisedStepsKept(
  tx: Tx,
  assignment: { id: string; content: Prisma.JsonValue },
  next: TLadderBody,
) {
  const kept = new Set(next.steps.map((s) => s.id));
  const removed = ZLadderBodySchema.parse(assignment.content).steps.filter((s) => !kept.has(s.id));
  if (removed.length === 0) return;
  const stepIds = removed.map((s) => s.id);
  const where = { assignmentId: assignment.id, stepId: { in: stepIds } };
  const attempted = await tx.stepAttempt.findMany({
    where,
    select: { stepId: true },
    distinct: ["stepId"],
  });
  const mastered = await tx.masteredStep.findMany({ where, select: { stepId: true } });
  const practised = new Set([...attempted, ...mastered].map((r) => r.stepId));
  const titles = removed.filter((s) => practised.has(s.id)).map((s) => `"${s.title}"`);
  if (titles.length === 0) return;
  const message =
    `The client has already worked on ${titles.join(" and ")}, so ` +
    `${titles.length === 1 ? "it" : "they"} can't be removed: their attempts would be lost. ` +
    "Keep the step; you can still reword it or change its place.";
  throw new AppError("BAD_REQUEST", {
    userMessage:
      "A step the client has worked on can't be removed. The message is above the steps.",
    fieldErrors: { content: [message] },
  });
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
      select: { id: true, kind: true, title: true, version: true, whyItHelps: true },
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
        whyItHelps: template.whyItHelps,
        timeZone: client.timeZone,
        startsAt: startsAtFor(input.schedule, client.timeZone, now),
        schedule: jsonSchedule(input.schedule),
        ...reminderColumns(input.reminders),
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
    await planRemindersFor(tx, { assignmentIds: [assignment.id] }, now);
    return { assignmentId: assignment.id };
  });
}

/**
 * Changes reach the future only. Content and instructions apply at once (a started worksheet
 * keeps the questions its draft was written against). Only new due times re-plan, and then
 * without deleting anything: see replanOccurrences.
 */
export async function updateAssignment(
  actor: Actor,
  input: TUpdateAssignmentRequest,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    // Before anything is read: a top-up meanwhile would plan by the schedule being replaced.
    if (!(await lockPlanning(tx, { id: input.assignmentId, therapistId: actor.userId }))) {
      throw notFound("assignment");
    }
    const existing = await tx.assignment.findFirst({
      where: { id: input.assignmentId, ...assignmentWhereFor(actor) },
      select: { id: true, kind: true, status: true, timeZone: true, schedule: true },
    });
    if (!existing) throw notFound("assignment");
    assertActive(existing.status);
    if (existing.kind !== input.content.kind) throw kindMismatch();
    const before = existing.schedule === null ? null : ZScheduleSchema.parse(existing.schedule);
    const rescheduled = !haveSameDueTimes(before, input.schedule);
    // Overdue homework stays editable; only new due times must still lie ahead.
    if (rescheduled) assertNotOver(input.schedule, existing.timeZone, now);

    const plannedUntil = rescheduled
      ? await replanOccurrences(tx, existing, { before, after: input.schedule }, now)
      : undefined;
    // Read under the row lock: finished meanwhile is refused, and a ladder's steps are compared
    // as they are now.
    await lockAssignment(tx, existing.id);
    const { status, content } = await tx.assignment.findUniqueOrThrow({
      where: { id: existing.id },
      select: { status: true, content: true },
    });
    assertActive(status);
    if (input.content.kind === "LADDER") {
      await assertPractisedStepsKept(tx, { id: existing.id, content }, input.content.body);
    }
    await tx.assignment.update({
      where: { id: existing.id },
      data: {
        content: input.content.body,
        instructions: input.instructions,
        ...(input.reminders ? reminderColumns(input.reminders) : {}),
        schedule: jsonSchedule(input.schedule),
        startsAt: startsAtFor(input.schedule, existing.timeZone, now),
        ...(rescheduled ? { plannedUntil } : {}),
      },
    });
    // New due times or new rules: every open due date's reminders follow.
    await planRemindersFor(tx, { assignmentIds: [existing.id] }, now);
  });
}

/**
 * Ends the homework: nothing more is due; what was done stays visible. Its occurrences are
 * written before its row, in the lock order (server/locks.ts), so a submit at the same moment
 * waits instead of deadlocking.
 */
export async function endAssignment(actor: Actor, assignmentId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    // A top-up meanwhile would add open occurrences to homework that has just ended.
    if (!(await lockPlanning(tx, { id: assignmentId, therapistId: actor.userId }))) {
      throw notFound("assignment");
    }
    const owned = await tx.assignment.findFirst({
      where: { id: assignmentId, ...assignmentWhereFor(actor) },
      select: { id: true, status: true },
    });
    if (!owned) throw notFound("assignment");
    assertActive(owned.status);
    await tx.occurrence.updateMany({
      where: { assignmentId, status: "OPEN", dueAt: { gt: now } },
      data: { status: "CANCELLED" },
    });
    // The status in the where: completed (or ended) meanwhile means there is nothing to end.
    const { count } = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: now },
    });
    if (count === 0) {
      const { status } = await tx.assignment.findUniqueOrThrow({
        where: { id: assignmentId },
        select: { status: true },
      });
      assertActive(status);
    }
  });
}

/**
 * Ends all of one therapist's ACTIVE homework for a client, in the caller's transaction (archiving
 * the client, or the client ending the therapist's access): future open due dates are cancelled,
 * their reminders with them.
 */
export async function endHomeworkOfLink(
  tx: Tx,
  link: { therapistId: string; clientId: string },
  now: Date,
) {
  const ids = await lockPlanningOfLink(tx, link);
  if (ids.length === 0) return;
  await tx.occurrence.updateMany({
    where: { assignmentId: { in: ids }, status: "OPEN", dueAt: { gt: now } },
    data: { status: "CANCELLED" },
  });
  await tx.assignment.updateMany({
    where: { id: { in: ids }, status: "ACTIVE" },
    data: { status: "ENDED", endedAt: now },
  });
}
