import { randomUUID } from "node:crypto";
import { planningHorizon } from "~/features/assignments/planning";
import { expandSchedule, ZScheduleSchema } from "~/features/assignments/recurrence";
import { raiseFlag } from "~/features/safety/mutations";
import { attemptDistressConcern } from "~/features/safety/policy";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import {
  worksheetParts,
  ZLadderBodySchema,
  ZWorksheetBodySchema,
} from "~/features/templates/schema";
import { buildAnswersSchema } from "~/features/worksheets/answers";
import { addDays, localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import type { Prisma } from "~/server/db";
import {
  HISTORY_ATTEMPTS,
  HISTORY_FEEDBACK,
  HISTORY_LADDER_BODY,
  HISTORY_LADDER_ID,
  HISTORY_LADDER_INSTRUCTIONS,
  HISTORY_LADDER_TITLE,
  HISTORY_MASTERED,
  HISTORY_SAFETY_PLAN,
  type TSeedFeedbackTarget,
} from "./history-data";
import {
  HISTORY_DAYS,
  HISTORY_SCHEDULE_WEEKS,
  HISTORY_WORKSHEETS,
  type TSeedWorksheetPlan,
} from "./history-worksheet-data";

type Tx = Prisma.TransactionClient;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Wall-clock helpers for one client's calendar, anchored at `now`. */
function clockFor(now: Date, timeZone: string) {
  const today = localDateOf(now, timeZone);
  return {
    today,
    at: (daysAgo: number, time: string) =>
      zonedWallTimeToUtc(addDays(today, -daysAgo), time, timeZone),
    startOfToday: zonedWallTimeToUtc(today, "00:00", timeZone),
    // Derived times (feedback read the next morning ...) must never land in the future.
    past: (d: Date) => (d < now ? d : new Date(now.getTime() - MINUTE_MS)),
  };
}
type TClock = ReturnType<typeof clockFor>;

/** What feedback can point at: the seeded attempts and submissions, with when they were done. */
type TTargets = {
  attempts: { id: string; doneAt: Date }[];
  submissions: Map<string, { id: string; doneAt: Date }>;
};
const submissionKey = (builtinKey: string, entry: number) => `${builtinKey}#${entry}`;

/**
 * About three weeks of the demo client's history, relative to `now` so it always looks current:
 * a second ladder with two steps mastered and the third under way, three recurring worksheets
 * with most past occurrences submitted and two missed, and the therapist's (read) feedback.
 * Runs once: the history ladder's fixed id marks it as done.
 */
export async function seedDemoHistory(
  tx: Tx,
  therapistId: string,
  clientId: string,
  now: Date,
): Promise<void> {
  const existing = await tx.assignment.findUnique({
    where: { id: HISTORY_LADDER_ID },
    select: { id: true },
  });
  if (existing) return;
  const { timeZone } = await tx.user.findUniqueOrThrow({
    where: { id: clientId },
    select: { timeZone: true },
  });
  const clock = clockFor(now, timeZone);
  const ids = { therapistId, clientId };
  const attempts = await seedHistoryLadder(tx, ids, timeZone, clock);
  const submissions = new Map<string, { id: string; doneAt: Date }>();
  for (const plan of HISTORY_WORKSHEETS) {
    await seedRecurringWorksheet(tx, ids, plan, timeZone, now, clock, submissions);
  }
  await seedFeedback(tx, ids, clock, { attempts, submissions });
  await seedSafetyPlan(tx, ids, clock);
  await markOlderWorkReviewed(tx, ids, now);
}

/**
 * Dana keeps up: work older than five days was seen to the day after (or when she wrote
 * feedback), so the caseload's "waiting" holds the last few days, as it would in practice.
 */
async function markOlderWorkReviewed(tx: Tx, ids: TIds, now: Date) {
  const before = new Date(now.getTime() - 5 * 24 * HOUR_MS);
  await tx.$executeRaw`UPDATE "Submission" s SET "reviewedAt" = coalesce(
      (SELECT min(f."createdAt") FROM "Feedback" f WHERE f."submissionId" = s.id),
      s."submittedAt" + interval '1 day')
    WHERE s."clientId" = ${ids.clientId} AND s.status = 'SUBMITTED' AND s."submittedAt" < ${before}`;
  await tx.$executeRaw`UPDATE "StepAttempt" t SET "reviewedAt" = coalesce(
      (SELECT min(f."createdAt") FROM "Feedback" f WHERE f."attemptId" = t.id),
      coalesce(t."completedAt", t."stoppedAt") + interval '1 day')
    WHERE t."clientId" = ${ids.clientId} AND coalesce(t."completedAt", t."stoppedAt") < ${before}`;
  // Newer work with feedback was seen to when the feedback was written.
  await tx.$executeRaw`UPDATE "Submission" s SET "reviewedAt" = f.first
    FROM (SELECT "submissionId", min("createdAt") AS first FROM "Feedback"
          WHERE "clientId" = ${ids.clientId} AND "submissionId" IS NOT NULL GROUP BY 1) f
    WHERE f."submissionId" = s.id AND s."reviewedAt" IS NULL`;
  await tx.$executeRaw`UPDATE "StepAttempt" t SET "reviewedAt" = f.first
    FROM (SELECT "attemptId", min("createdAt") AS first FROM "Feedback"
          WHERE "clientId" = ${ids.clientId} AND "attemptId" IS NOT NULL GROUP BY 1) f
    WHERE f."attemptId" = t.id AND t."reviewedAt" IS NULL`;
}

/** Sam's safety plan, written in the second week, and one suggestion of Dana's still open. */
async function seedSafetyPlan(tx: Tx, ids: TIds, clock: TClock) {
  const writtenAt = clock.at(HISTORY_DAYS - 8, "21:10");
  await tx.safetyPlan.create({
    data: {
      clientId: ids.clientId,
      ...HISTORY_SAFETY_PLAN,
      revision: 1,
      createdAt: writtenAt,
      updatedAt: writtenAt,
    },
  });
  await tx.safetyPlanSuggestion.create({
    data: {
      ...ids,
      section: "CALMING_THINGS",
      body: "Hold something cold, like an ice cube or a cold drink, and notice how it feels.",
      createdAt: clock.at(2, "09:30"),
    },
  });
}

type TIds = { therapistId: string; clientId: string };

async function seedHistoryLadder(tx: Tx, ids: TIds, timeZone: string, clock: TClock) {
  const builtin = getBuiltinTemplate("trust-ladder");
  const template = builtin
    ? await tx.template.findUnique({
        where: { builtinKey: builtin.key },
        select: { id: true, version: true },
      })
    : null;
  // Assigned last in that first session, so it heads the therapist's list of this homework.
  const assignedAt = clock.at(HISTORY_DAYS, "10:20");
  await tx.assignment.create({
    data: {
      id: HISTORY_LADDER_ID,
      ...ids,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? 1,
      kind: "LADDER",
      title: HISTORY_LADDER_TITLE,
      content: ZLadderBodySchema.parse(HISTORY_LADDER_BODY),
      instructions: HISTORY_LADDER_INSTRUCTIONS,
      whyItHelps: builtin?.whyItHelps ?? "",
      timeZone,
      startsAt: assignedAt,
      createdAt: assignedAt,
    },
  });

  const created: TTargets["attempts"] = [];
  const steps = HISTORY_LADDER_BODY.steps;
  for (const { daysAgo, time, minutes, ...attempt } of HISTORY_ATTEMPTS) {
    const startedAt = clock.at(daysAgo, time);
    const endedAt = clock.past(new Date(startedAt.getTime() + minutes * MINUTE_MS));
    const { stopped, ...fields } = { stopped: false, ...attempt };
    const row = await tx.stepAttempt.create({
      data: {
        ...fields,
        assignmentId: HISTORY_LADDER_ID,
        clientId: ids.clientId,
        startedAt,
        ...(stopped ? { stoppedAt: endedAt } : { completedAt: endedAt }),
      },
      select: { id: true },
    });
    created.push({ id: row.id, doneAt: endedAt });
    // As completing it in the app would: distress that stayed high flags it for the therapist.
    const index = steps.findIndex((s) => s.id === attempt.stepId);
    const concern =
      "peakDistress" in attempt
        ? attemptDistressConcern(attempt, steps[index]?.expectedDistress ?? 100)
        : null;
    if (concern) {
      const flag = await raiseFlag(tx, "HIGH_DISTRESS", concern, {
        ...ids,
        clientTimeZone: timeZone,
        at: endedAt,
        where: `step ${index + 1}`,
        attemptId: row.id,
      });
      // Flags from the first weeks were talked over in session; this week's is still open.
      if (daysAgo > 7) {
        await tx.flag.update({
          where: { id: flag.id },
          data: {
            acknowledgedById: ids.therapistId,
            acknowledgedAt: clock.past(new Date(endedAt.getTime() + 20 * HOUR_MS)),
          },
        });
      }
    }
  }
  await tx.masteredStep.createMany({
    data: HISTORY_MASTERED.map((m) => ({
      assignmentId: HISTORY_LADDER_ID,
      stepId: m.stepId,
      markedById: m.by === "client" ? ids.clientId : ids.therapistId,
      masteredAt: clock.at(m.daysAgo, m.time),
    })),
  });
  return created;
}

/**
 * One recurring worksheet with its occurrences from three weeks ago to the planning horizon,
 * exactly the due instants its schedule produces (so later top-ups never duplicate them).
 */
async function seedRecurringWorksheet(
  tx: Tx,
  ids: TIds,
  plan: TSeedWorksheetPlan,
  timeZone: string,
  now: Date,
  clock: TClock,
  submissions: TTargets["submissions"],
) {
  const template = await tx.template.findUniqueOrThrow({ where: { builtinKey: plan.builtinKey } });
  const body = ZWorksheetBodySchema.parse(template.body);
  const submitSchema = buildAnswersSchema(body, "submit");
  const startDate = addDays(clock.today, -HISTORY_DAYS);
  const schedule = ZScheduleSchema.parse({
    kind: "weekdays",
    startDate,
    dueTime: plan.dueTime,
    weekdays: plan.weekdays,
    end: { type: "weeks", weeks: HISTORY_SCHEDULE_WEEKS },
  });
  const startsAt = zonedWallTimeToUtc(startDate, "00:00", timeZone);
  const plannedUntil = planningHorizon(now);
  const assignedAt = clock.at(HISTORY_DAYS, "10:05");
  const { id: assignmentId } = await tx.assignment.create({
    data: {
      ...ids,
      templateId: template.id,
      templateVersion: template.version,
      kind: "WORKSHEET",
      title: template.title,
      content: body,
      instructions: plan.instructions,
      whyItHelps: template.whyItHelps,
      timeZone,
      startsAt,
      schedule,
      plannedUntil,
      remindHoursBefore: plan.hoursBefore,
      createdAt: assignedAt,
    },
    select: { id: true },
  });

  const dueAts = expandSchedule(schedule, timeZone, { from: startsAt, to: plannedUntil });
  const pastCount = dueAts.filter((d) => d < clock.startOfToday).length;
  const parts = worksheetParts(body);
  for (const [index, dueAt] of dueAts.entries()) {
    // Planned two weeks ahead, like the app does, but not before the homework was assigned.
    const plannedAt = new Date(Math.max(assignedAt.getTime(), dueAt.getTime() - 14 * 24 * HOUR_MS));
    const entry = index < pastCount ? plan.entries[index] : undefined;
    if (index === pastCount && parts && plan.nextBeforePart) {
      // The next one's prediction is made: the therapist sees it, the after part is open.
      const beforeSubmittedAt = clock.past(new Date(now.getTime() - 3 * HOUR_MS));
      await tx.occurrence.create({
        data: {
          assignmentId,
          dueAt,
          createdAt: clock.past(plannedAt),
          submission: {
            create: {
              clientId: ids.clientId,
              content: body,
              answers: buildAnswersSchema({ fields: parts.before }, "submit").parse(
                plan.nextBeforePart,
              ),
              beforeSubmittedAt,
              revision: 1,
              createdAt: new Date(beforeSubmittedAt.getTime() - 8 * MINUTE_MS),
            },
          },
        },
      });
      continue;
    }
    if (!entry) {
      await tx.occurrence.create({
        data: { assignmentId, dueAt, createdAt: clock.past(plannedAt) },
      });
      continue;
    }
    const dueDate = localDateOf(dueAt, timeZone);
    const dates = Object.fromEntries(
      Object.entries(entry.dates ?? {}).map(([fieldId, days]) => [fieldId, addDays(dueDate, days)]),
    );
    // Seeded answers go through the same check as a real submit.
    const answers = submitSchema.parse({ ...entry.answers, ...dates });
    const submittedAt = new Date(dueAt.getTime() + entry.minutesFromDue * MINUTE_MS);
    // A two-part worksheet's prediction went in the day before.
    const beforeSubmittedAt = parts ? new Date(submittedAt.getTime() - 26 * HOUR_MS) : null;
    const occurrence = await tx.occurrence.create({
      data: {
        assignmentId,
        dueAt,
        status: "DONE",
        createdAt: plannedAt,
        submission: {
          create: {
            clientId: ids.clientId,
            content: body,
            answers,
            status: "SUBMITTED",
            idempotencyKey: randomUUID(),
            submittedAt,
            beforeSubmittedAt,
            createdAt: new Date((beforeSubmittedAt ?? submittedAt).getTime() - 12 * MINUTE_MS),
          },
        },
      },
      select: { submission: { select: { id: true } } },
    });
    if (occurrence.submission) {
      submissions.set(submissionKey(plan.builtinKey, index), {
        id: occurrence.submission.id,
        doneAt: submittedAt,
      });
    }
  }
}

function findTarget(targets: TTargets, target: TSeedFeedbackTarget) {
  if ("attempt" in target) {
    const attempt = targets.attempts[target.attempt];
    return attempt && { attemptId: attempt.id, doneAt: attempt.doneAt };
  }
  const submission = targets.submissions.get(submissionKey(target.worksheet, target.entry));
  return submission && { submissionId: submission.id, doneAt: submission.doneAt };
}

async function seedFeedback(tx: Tx, ids: TIds, clock: TClock, targets: TTargets) {
  for (const { target, afterHours, body, reply } of HISTORY_FEEDBACK) {
    const found = findTarget(targets, target);
    if (!found) continue;
    const { doneAt, ...link } = found;
    const createdAt = clock.past(new Date(doneAt.getTime() + afterHours * HOUR_MS));
    // Already read: see HISTORY_FEEDBACK for why none is left unseen.
    const seenAt = clock.past(new Date(createdAt.getTime() + 3 * HOUR_MS));
    await tx.feedback.create({
      data: {
        ...link,
        authorId: ids.therapistId,
        clientId: ids.clientId,
        body,
        createdAt,
        seenAt,
        ...(reply
          ? { reply, repliedAt: clock.past(new Date(seenAt.getTime() + 10 * MINUTE_MS)) }
          : {}),
      },
    });
  }
}
