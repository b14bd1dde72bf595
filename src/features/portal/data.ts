import "server-only";
import { listNewFeedback } from "~/features/feedback/data";
import { ladderState } from "~/features/ladder/policy";
import { ZLadderBodySchema } from "~/features/templates/schema";
import type { TClientActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import {
  assignmentWhereFor,
  attemptWhereFor,
  occurrenceWhereFor,
  submissionWhereFor,
} from "~/server/scope";
import {
  dueSectionRange,
  dueWindows,
  type TDueSection,
  type TDueWindows,
} from "~/features/assignments/due-windows";
import type { TCursor } from "~/lib/cursor";
import { byTime } from "~/server/paging";
import {
  type TPortalDoneItem,
  type TPortalDonePage,
  type TPortalHome,
  type TPortalLadder,
  type TPortalLadderPage,
  type TPortalTask,
  type TPortalTaskPage,
} from "./schema";
import { PORTAL_PAGE_SIZE } from "./page-size";

type TPageRequest = { cursor?: TCursor; limit?: number };

const taskSelect = {
  id: true,
  dueAt: true,
  assignment: { select: { id: true, kind: true, title: true } },
  submission: { select: { status: true } },
} satisfies Prisma.OccurrenceSelect;

type TTaskRow = Prisma.OccurrenceGetPayload<{ select: typeof taskSelect }>;

const toTask = (o: TTaskRow): TPortalTask => ({
  occurrenceId: o.id,
  kind: o.assignment.kind,
  title: o.assignment.title,
  href:
    o.assignment.kind === "LADDER"
      ? `/portal/ladders/${o.assignment.id}`
      : `/portal/worksheets/${o.id}`,
  dueAt: o.dueAt,
  hasDraft: o.submission?.status === "DRAFT",
});

/** Open homework of one section: worksheets and scheduled ladder practice alike. */
async function listOpenTasks(
  client: TClientActor,
  section: TDueSection,
  w: TDueWindows,
  { cursor, limit = PORTAL_PAGE_SIZE }: TPageRequest,
): Promise<TPortalTaskPage> {
  const { range, direction } = dueSectionRange(section, w);
  const order = byTime("dueAt", direction);
  const rows = await db.occurrence.findMany({
    where: {
      AND: [
        occurrenceWhereFor(client),
        // Ended homework is no longer asked for; homework shows from its start date on.
        { assignment: { status: "ACTIVE", startsAt: { lte: w.now } } },
        { status: "OPEN", dueAt: range },
        order.after(cursor),
      ],
    },
    select: taskSelect,
    orderBy: order.orderBy,
    take: limit + 1,
  });
  return order.toPage(rows, limit, toTask);
}

const doneSubmissionSelect = {
  id: true,
  submittedAt: true,
  occurrence: { select: { id: true, assignment: { select: { title: true } } } },
} satisfies Prisma.SubmissionSelect;

const doneAttemptSelect = {
  id: true,
  stepId: true,
  completedAt: true,
  assignment: { select: { id: true, title: true, content: true } },
} satisfies Prisma.StepAttemptSelect;

/**
 * Step titles by ladder, each ladder's content parsed once however many of its attempts a page
 * holds (step ids are unique within a ladder, so a map is the same as finding the step).
 */
function stepTitleFinder() {
  const byLadder = new Map<string, Map<string, string>>();
  return (ladder: { id: string; content: Prisma.JsonValue }, stepId: string): string | null => {
    let titles = byLadder.get(ladder.id);
    if (!titles) {
      const body = ZLadderBodySchema.safeParse(ladder.content);
      titles = new Map(body.success ? body.data.steps.map((s) => [s.id, s.title]) : []);
      byLadder.set(ladder.id, titles);
    }
    return titles.get(stepId) ?? null;
  };
}

// "Recently done" pages its merged items by doneAt; each kind of row is read by its own column.
const doneOrder = byTime("doneAt", "desc");
const submittedOrder = byTime("submittedAt", "desc");
const completedOrder = byTime("completedAt", "desc");
const newestDoneFirst = (a: TPortalDoneItem, b: TPortalDoneItem) =>
  b.doneAt.getTime() - a.doneAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Worksheets submitted and ladder practice finished in the last week, newest first, as one list.
 * Both are read past the same cursor, `limit + 1` each, and merged: the page's rows are among
 * them whatever the mix, so it is two queries per page however much was done.
 */
export async function listRecentlyDone(
  client: TClientActor,
  { cursor, limit = PORTAL_PAGE_SIZE }: TPageRequest,
  now = new Date(),
): Promise<TPortalDonePage> {
  const { recentlyDoneSince } = dueWindows(now, client.timeZone);
  const [submissions, attempts] = await Promise.all([
    db.submission.findMany({
      where: {
        AND: [
          submissionWhereFor(client),
          // The client's own column too, so the [clientId, status, submittedAt] index serves it.
          {
            clientId: client.userId,
            status: "SUBMITTED",
            submittedAt: { gte: recentlyDoneSince },
          },
          submittedOrder.after(cursor),
        ],
      },
      select: doneSubmissionSelect,
      orderBy: submittedOrder.orderBy,
      take: limit + 1,
    }),
    db.stepAttempt.findMany({
      where: {
        AND: [
          attemptWhereFor(client),
          { clientId: client.userId, completedAt: { gte: recentlyDoneSince } },
          completedOrder.after(cursor),
        ],
      },
      select: doneAttemptSelect,
      orderBy: completedOrder.orderBy,
      take: limit + 1,
    }),
  ]);
  const stepTitleOf = stepTitleFinder();
  const done: TPortalDoneItem[] = [
    // submittedAt and completedAt are set on these rows (the wheres above); `?? now` never runs.
    ...submissions.map((s) => ({
      id: s.id,
      kind: "WORKSHEET" as const,
      title: s.occurrence.assignment.title,
      occurrenceId: s.occurrence.id,
      stepTitle: null,
      href: `/portal/worksheets/${s.occurrence.id}`,
      doneAt: s.submittedAt ?? now,
    })),
    ...attempts.map((a) => ({
      id: a.id,
      kind: "LADDER" as const,
      title: a.assignment.title,
      occurrenceId: null,
      stepTitle: stepTitleOf(a.assignment, a.stepId),
      href: `/portal/ladders/${a.assignment.id}`,
      doneAt: a.completedAt ?? now,
    })),
  ].sort(newestDoneFirst);
  return doneOrder.toPage(done, limit, (d) => d);
}

/** One page of one open-homework section, continuing after `cursor`. */
export function listPortalSection(
  client: TClientActor,
  section: TDueSection,
  page: TPageRequest,
  now = new Date(),
): Promise<TPortalTaskPage> {
  return listOpenTasks(client, section, dueWindows(now, client.timeZone), page);
}

const ladderSelect = {
  id: true,
  title: true,
  status: true,
  content: true,
  createdAt: true,
  // A ladder has at most 20 steps; records of steps since removed are few.
  masteredSteps: { select: { stepId: true }, take: 100 },
} satisfies Prisma.AssignmentSelect;

function toPortalLadder(
  row: Prisma.AssignmentGetPayload<{ select: typeof ladderSelect }>,
): TPortalLadder {
  const body = ZLadderBodySchema.safeParse(row.content);
  const steps = body.success ? body.data.steps : [];
  const state = ladderState({
    steps,
    attempts: [],
    masteredStepIds: row.masteredSteps.map((m) => m.stepId),
    targetDistress: null,
  });
  const index = steps.findIndex((s) => s.id === state.currentStepId);
  return {
    assignmentId: row.id,
    title: row.title,
    finished: row.status === "COMPLETED",
    stepCount: steps.length,
    currentStep: index === -1 ? null : { number: index + 1, title: steps[index]!.title },
  };
}

const newestLadderFirst = byTime("createdAt", "desc");

/** The client's ladders, newest first, each with where they are on it: one query per page. */
export async function listPortalLadders(
  client: TClientActor,
  { cursor, limit = PORTAL_PAGE_SIZE }: TPageRequest,
): Promise<TPortalLadderPage> {
  const rows = await db.assignment.findMany({
    where: {
      AND: [
        assignmentWhereFor(client),
        // A finished ladder stays: its steps can still be practised.
        { kind: "LADDER", status: { in: ["ACTIVE", "COMPLETED"] } },
        newestLadderFirst.after(cursor),
      ],
    },
    select: ladderSelect,
    orderBy: newestLadderFirst.orderBy,
    take: limit + 1,
  });
  return newestLadderFirst.toPage(rows, limit, toPortalLadder);
}

/**
 * Seven queries whatever the amount of homework: one per open section, two for recently done,
 * the ladders, new feedback.
 */
export async function getPortalHome(client: TClientActor, now = new Date()): Promise<TPortalHome> {
  const w = dueWindows(now, client.timeZone);
  const [today, overdue, upcoming, done, ladders, newFeedback] = await Promise.all([
    listOpenTasks(client, "today", w, {}),
    listOpenTasks(client, "overdue", w, {}),
    listOpenTasks(client, "upcoming", w, {}),
    listRecentlyDone(client, {}, now),
    listPortalLadders(client, {}),
    listNewFeedback(client, { limit: PORTAL_PAGE_SIZE }),
  ]);
  return { timeZone: client.timeZone, today, overdue, upcoming, done, ladders, newFeedback };
}
