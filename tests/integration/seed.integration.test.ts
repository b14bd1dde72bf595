import { beforeAll, describe, expect, test } from "vitest";
import { DEMO_CLIENT, DEMO_LADDER_ID, DEMO_THERAPIST, seedDemoData } from "../../prisma/seed/demo";
import { HISTORY_ATTEMPTS, HISTORY_LADDER_ID } from "../../prisma/seed/history-data";
import { HISTORY_WORKSHEETS } from "../../prisma/seed/history-worksheet-data";
import { expandSchedule, ZScheduleSchema } from "~/features/assignments/recurrence";
import { listCaseload } from "~/features/clients/data";
import { ladderState } from "~/features/ladder/policy";
import { getClientProgress } from "~/features/progress/data/charts";
import {
  ladderOrderWarnings,
  ZLadderBodySchema,
  ZWorksheetBodySchema,
} from "~/features/templates/schema";
import { buildAnswersSchema } from "~/features/worksheets/answers";
import { localDateOf, zonedWallTimeToUtc } from "~/lib/dates";
import { db, Prisma } from "~/server/db";

const now = new Date();
// null entries are past occurrences the client missed.
const MISSED = HISTORY_WORKSHEETS.flatMap((p) => p.entries).filter((e) => e === null).length;
const SUBMITTED = HISTORY_WORKSHEETS.flatMap((p) => p.entries).filter((e) => e !== null).length;

async function tableCounts() {
  const [users, assignments, occurrences, submissions, attempts, mastered, feedback] =
    await Promise.all([
      db.user.count(),
      db.assignment.count(),
      db.occurrence.count(),
      db.submission.count(),
      db.stepAttempt.count(),
      db.masteredStep.count(),
      db.feedback.count(),
    ]);
  return { users, assignments, occurrences, submissions, attempts, mastered, feedback };
}

let clientId: string;
let countsAfterFirstRun: Awaited<ReturnType<typeof tableCounts>>;

beforeAll(async () => {
  // On a fresh database, as `npm run db:seed` meets it: the seed brings the built-ins itself.
  await seedDemoData(now);
  countsAfterFirstRun = await tableCounts();
  await seedDemoData(now);
  clientId = (await db.user.findUniqueOrThrow({ where: { email: DEMO_CLIENT.email } })).id;
});

describe("the demo seed", () => {
  test("is idempotent: a second run adds nothing", async () => {
    expect(await tableCounts()).toEqual(countsAfterFirstRun);
    expect(countsAfterFirstRun).toMatchObject({
      // Dana, Sam, and three more clients on Dana's caseload (prisma/seed/caseload.ts)
      users: 5,
      // small victories, the untouched demo ladder, the history ladder, three recurring
      // worksheets; a journal for each of the three others
      assignments: 9,
      // and the prediction log's next one, with only its prediction in so far; 10 of the others'
      submissions: SUBMITTED + 1 + 10,
      attempts: HISTORY_ATTEMPTS.length,
      mastered: 2,
      feedback: 4,
    });
  });

  test("leaves the e2e ladder untouched and puts the history ladder on step 3", async () => {
    expect(await db.stepAttempt.count({ where: { assignmentId: DEMO_LADDER_ID } })).toBe(0);
    expect(await db.masteredStep.count({ where: { assignmentId: DEMO_LADDER_ID } })).toBe(0);

    const ladder = await db.assignment.findUniqueOrThrow({
      where: { id: HISTORY_LADDER_ID },
      include: { stepAttempts: { orderBy: { startedAt: "asc" } }, masteredSteps: true },
    });
    const body = ZLadderBodySchema.parse(ladder.content);
    expect(ladderOrderWarnings(body.steps)).toEqual([]);
    const state = ladderState({
      steps: body.steps,
      attempts: ladder.stepAttempts,
      masteredStepIds: ladder.masteredSteps.map((m) => m.stepId),
      targetDistress: body.targetDistress,
      masteryStreak: body.masteryStreak,
    });
    expect(state.steps.slice(0, 3).map((s) => s.status)).toEqual(["done", "done", "current"]);
    expect(state.currentStepId).toBe(body.steps[2]!.id);
    // Two recorded on step 3 and one the client stopped; nothing left open.
    expect(state.steps[2]).toMatchObject({
      attempts: 3,
      completedAttempts: 2,
      openAttemptId: null,
    });
    expect(
      ladder.stepAttempts.every(
        (a) => (a.completedAt ?? a.stoppedAt) && (a.completedAt ?? a.stoppedAt)! < now,
      ),
    ).toBe(true);
    expect(ladder.stepAttempts.filter((a) => a.stoppedAt !== null)).toHaveLength(1);

    const stepOneAfter = ladder.stepAttempts
      .filter((a) => a.stepId === body.steps[0]!.id)
      .map((a) => a.afterDistress!);
    expect(stepOneAfter.length).toBeGreaterThanOrEqual(3);
    stepOneAfter.slice(1).forEach((after, i) => expect(after).toBeLessThan(stepOneAfter[i]!));
    expect(new Set(ladder.stepAttempts.map((a) => a.fearedOutcome))).toEqual(
      new Set(["NO", "PARTLY", null]),
    );
  });

  test("the distress that stayed high has its open flag; the old one was acknowledged", async () => {
    const flags = await db.flag.findMany({
      where: { clientId },
      orderBy: { createdAt: "asc" },
      include: { attempt: true },
    });
    expect(flags.map((f) => [f.attempt?.afterDistress, f.acknowledgedAt === null])).toEqual([
      [60, false],
      [75, true],
    ]);
    expect(flags[1]!.reason).toMatch(/^distress stayed at 75 after step 3 on \d{1,2} \w{3}$/);
  });

  test("the prediction log is two-part: past ones in two steps, the next one's prediction made", async () => {
    const logs = await db.submission.findMany({
      where: { clientId, occurrence: { assignment: { title: "Prediction vs outcome log" } } },
      orderBy: { createdAt: "asc" },
    });
    expect(logs.map((s) => s.status)).toEqual(["SUBMITTED", "SUBMITTED", "DRAFT"]);
    expect(logs.every((s) => s.beforeSubmittedAt !== null)).toBe(true);
    expect(logs[2]!.answers).toEqual(
      expect.objectContaining({ situation: "Asking Jordan to cover my shift on Monday" }),
    );
  });

  test("the client has a safety plan, with one suggestion of the therapist's to decide on", async () => {
    const plan = await db.safetyPlan.findUniqueOrThrow({ where: { clientId } });
    expect(plan.calmingThings.split("\n")).toHaveLength(3);
    expect(await db.safetyPlanSuggestion.count({ where: { clientId, resolvedAt: null } })).toBe(1);
  });

  test("every seeded submission passes the submit-mode answers check", async () => {
    const submissions = await db.submission.findMany({ where: { clientId, status: "SUBMITTED" } });
    expect(submissions).toHaveLength(SUBMITTED);
    for (const s of submissions) {
      expect(s.status).toBe("SUBMITTED");
      expect(s.submittedAt!.getTime()).toBeLessThan(now.getTime());
      const body = ZWorksheetBodySchema.parse(s.content);
      const result = buildAnswersSchema(body, "submit").safeParse(s.answers);
      expect(result.error?.issues ?? []).toEqual([]);
    }
    expect(new Set(submissions.map((s) => s.idempotencyKey)).size).toBe(SUBMITTED);
  });

  test("past occurrences are done or missed; the next days are open", async () => {
    const startOfToday = zonedWallTimeToUtc(
      localDateOf(now, DEMO_CLIENT.timeZone),
      "00:00",
      DEMO_CLIENT.timeZone,
    );
    const where = { assignment: { clientId, kind: "WORKSHEET" as const } };
    expect(
      await db.occurrence.count({
        where: { ...where, status: "OPEN", dueAt: { lt: startOfToday } },
      }),
    ).toBe(MISSED);
    expect(MISSED).toBe(2);
    expect(await db.occurrence.count({ where: { ...where, status: "DONE" } })).toBe(SUBMITTED);
    expect(
      await db.occurrence.count({
        where: { ...where, status: "DONE", dueAt: { gte: startOfToday } },
      }),
    ).toBe(0);
    const week = new Date(startOfToday.getTime() + 8 * 86_400_000);
    expect(
      await db.occurrence.count({
        where: { ...where, status: "OPEN", dueAt: { gte: startOfToday, lt: week } },
      }),
    ).toBeGreaterThanOrEqual(4);
  });

  test("scheduled worksheets hold exactly the due instants their schedules produce", async () => {
    const scheduled = await db.assignment.findMany({
      where: { clientId, kind: "WORKSHEET", schedule: { not: Prisma.DbNull } },
      include: { occurrences: { orderBy: { dueAt: "asc" } } },
    });
    // the three recurring ones and tonight's one-off "Small victories"
    expect(scheduled).toHaveLength(HISTORY_WORKSHEETS.length + 1);
    for (const a of scheduled) {
      const schedule = ZScheduleSchema.parse(a.schedule);
      const expected = expandSchedule(schedule, a.timeZone, {
        from: a.startsAt,
        to: a.plannedUntil!,
      });
      expect(a.occurrences.map((o) => o.dueAt)).toEqual(expected);
      if (schedule.kind === "weekdays") {
        expect(a.startsAt.getTime()).toBeLessThan(now.getTime() - 20 * 86_400_000);
      }
    }
  });

  test("the therapist's feedback is read, and one note has the client's reply", async () => {
    const feedback = await db.feedback.findMany();
    expect(feedback).toHaveLength(4);
    // worksheets.spec.ts expects "New feedback" to be empty once it read its own note.
    expect(feedback.every((f) => f.seenAt !== null && f.createdAt < now)).toBe(true);
    expect(feedback.filter((f) => f.reply !== null && f.repliedAt !== null)).toHaveLength(1);
    expect(feedback.filter((f) => f.attemptId !== null)).toHaveLength(2);
  });
});

describe("the demo's dashboard and charts", () => {
  test("the caseload opens with two flagged clients (most waiting first), then work waiting", async () => {
    const therapist = await db.user.findUniqueOrThrow({ where: { email: DEMO_THERAPIST.email } });
    const page = await listCaseload(therapist.id, { flaggedOnly: false });
    expect(page.items.map((c) => [c.name, c.openFlags > 0])).toEqual([
      [DEMO_CLIENT.name, true],
      ["Jordan Lee", true],
      ["Riley Chen", false],
      ["Alex Morgan", false],
    ]);
    expect(page.items[1]!.latestFlagReason).toMatch(/^missed 3 due dates in a row/);
    // Sam's row shows the ladder Sam practises (step 3), not the newer one not yet started.
    expect(page.items[0]!.ladder).toMatchObject({
      assignmentId: HISTORY_LADDER_ID,
      currentStep: 3,
    });
    expect(page.items[2]!.waiting).toBe(5);
  });

  test("every chart of Sam's progress page has something to show", async () => {
    const therapist = await db.user.findUniqueOrThrow({ where: { email: DEMO_THERAPIST.email } });
    const p = await getClientProgress(
      { userId: therapist.id, timeZone: "Europe/London" },
      { clientId, weekStartsOn: 1 },
      now,
    );
    expect(p.ladders.flatMap((l) => l.steps).filter((s) => s.attempts.length > 0).length).toBe(3);
    expect(p.predictions.weeks.some((w) => w.no + w.partly + w.yes > 0)).toBe(true);
    expect(p.predictions.weeks.some((w) => w.stopped > 0)).toBe(true);
    expect(p.predictions.pairs.length).toBeGreaterThan(0);
    expect(p.homework.some((w) => w.done > 0) && p.homework.some((w) => w.missed > 0)).toBe(true);
    expect(p.scales.some((s) => s.points.length >= 3)).toBe(true);
  });
});
