import "server-only";
import type { TCursor } from "~/lib/cursor";
import type { TActor } from "~/server/auth/actor";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { byTime } from "~/server/paging";
import {
  assignmentWhereFor,
  linkedClientWhere,
  usableTemplateWhere,
  type TLinkAccess,
} from "~/server/scope";
import { occurrenceView } from "./completion";
import { ZScheduleSchema } from "./recurrence";
import { reminderRulesOf } from "./reminders";
import { planningHorizon } from "./planning";
import {
  contentOf,
  DUE_DATES_PAGE_SIZE,
  type TAssignDraft,
  type TAssignmentDetail,
  type TAssignmentListEntry,
  type TAssignmentStatusFilter,
  type TClientSummary,
  type TDueDates,
  type TOccurrenceEntry,
} from "./schema";

type Therapist = Pick<TActor, "userId" | "role">;
const PAGE_SIZE = 10;
/** Chips per assignment on the client page: the most recent ones up to the horizon. */
const OCCURRENCES_SHOWN = 21;

const clientSummarySelect = {
  id: true,
  name: true,
  email: true,
  timeZone: true,
} satisfies Prisma.UserSelect;

/**
 * A client of this therapist through an ACTIVE care link (any link, for "read"); NOT_FOUND
 * otherwise.
 */
export async function getLinkedClient(
  therapist: Therapist,
  clientId: string,
  access: TLinkAccess = "write",
): Promise<TClientSummary> {
  const client = await db.user.findFirst({
    where: linkedClientWhere(therapist.userId, clientId, access),
    select: clientSummarySelect,
  });
  if (!client) throw notFound("client");
  return client;
}

const scheduleOf = (json: unknown) => (json === null ? null : ZScheduleSchema.parse(json));

/** One due date as the therapist's chips and lists show it. */
const occurrenceEntrySelect = {
  id: true,
  dueAt: true,
  status: true,
  submission: { select: { id: true, status: true, beforeSubmittedAt: true } },
} satisfies Prisma.OccurrenceSelect;

function toOccurrenceEntry(
  o: Prisma.OccurrenceGetPayload<{ select: typeof occurrenceEntrySelect }>,
  assignmentStatus: "ACTIVE" | "COMPLETED" | "ENDED",
  now: Date,
): TOccurrenceEntry {
  const view = occurrenceView(o, assignmentStatus, now);
  // A two-part worksheet's first part is in: the therapist may read it.
  const predictionMade =
    o.submission?.status === "DRAFT" &&
    o.submission.beforeSubmittedAt !== null &&
    (view === "open" || view === "overdue");
  return {
    id: o.id,
    dueAt: o.dueAt,
    status: predictionMade ? "prediction made" : view,
    // Drafts stay private: only a handed-in worksheet (or its handed-in first part) is linked.
    submissionId:
      o.submission?.status === "SUBMITTED" || predictionMade ? (o.submission?.id ?? null) : null,
  };
}

const newestAssignmentFirst = byTime("createdAt", "desc");

/**
 * One page of a client's homework (of one status), each with its recent occurrences. `client`
 * comes from getLinkedClient; the read is scoped by the therapist again all the same.
 */
export async function listClientAssignments(
  therapist: Therapist,
  client: TClientSummary,
  options: { status: TAssignmentStatusFilter; cursor?: TCursor },
  now = new Date(),
): Promise<{ client: TClientSummary; items: TAssignmentListEntry[]; nextCursor: string | null }> {
  const rows = await db.assignment.findMany({
    where: {
      AND: [
        { ...assignmentWhereFor(therapist, "read"), clientId: client.id, status: options.status },
        newestAssignmentFirst.after(options.cursor),
      ],
    },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      schedule: true,
      timeZone: true,
      createdAt: true,
      completedAt: true,
      endedAt: true,
      _count: { select: { occurrences: true } },
      occurrences: {
        where: { dueAt: { lt: planningHorizon(now) } },
        orderBy: { dueAt: "desc" },
        take: OCCURRENCES_SHOWN,
        select: occurrenceEntrySelect,
      },
    },
    orderBy: newestAssignmentFirst.orderBy,
    take: PAGE_SIZE + 1,
  });
  const page = newestAssignmentFirst.toPage(rows, PAGE_SIZE, (a) => ({
    id: a.id,
    title: a.title,
    kind: a.kind,
    status: a.status,
    schedule: scheduleOf(a.schedule),
    timeZone: a.timeZone,
    createdAt: a.createdAt,
    completedAt: a.completedAt,
    endedAt: a.endedAt,
    occurrenceCount: a._count.occurrences,
    occurrences: a.occurrences.toReversed().map((o) => toOccurrenceEntry(o, a.status, now)),
  }));
  return { client, ...page };
}

/** One assignment as the edit form needs it. */
export async function getAssignment(
  therapist: Therapist,
  assignmentId: string,
): Promise<TAssignmentDetail> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentWhereFor(therapist) },
    select: {
      id: true,
      title: true,
      status: true,
      kind: true,
      content: true,
      instructions: true,
      schedule: true,
      remindMorningOf: true,
      remindHoursBefore: true,
      remindOverdue: true,
      timeZone: true,
      client: { select: clientSummarySelect },
    },
  });
  if (!a) throw notFound("assignment");
  return {
    id: a.id,
    client: a.client,
    title: a.title,
    status: a.status,
    content: contentOf(a.kind, a.content),
    instructions: a.instructions,
    schedule: scheduleOf(a.schedule),
    reminders: reminderRulesOf(a),
    timeZone: a.timeZone,
  };
}

/** What the assign form starts from: the client and the template's current content. */
export async function getAssignDraft(
  therapist: Therapist,
  clientId: string,
  templateId: string,
): Promise<TAssignDraft> {
  const [client, template] = await Promise.all([
    getLinkedClient(therapist, clientId),
    db.template.findFirst({
      where: { id: templateId, ...usableTemplateWhere(therapist.userId) },
      select: { id: true, title: true, kind: true, body: true },
    }),
  ]);
  if (!template) throw notFound("template");
  return {
    client,
    template: {
      id: template.id,
      title: template.title,
      content: contentOf(template.kind, template.body),
    },
  };
}

const latestDueFirst = byTime("dueAt", "desc");

/** Every due date of one assignment, latest first, a page at a time: the chips' full history. */
export async function listDueDates(
  therapist: Therapist,
  { assignmentId, cursor }: { assignmentId: string; cursor?: TCursor },
  now = new Date(),
): Promise<TDueDates> {
  const owned = { id: assignmentId, ...assignmentWhereFor(therapist, "read") };
  // Side by side: the page is scoped by the same where, and dropped when that finds nothing.
  const [assignment, rows] = await Promise.all([
    db.assignment.findFirst({
      where: owned,
      select: {
        id: true,
        title: true,
        status: true,
        timeZone: true,
        client: { select: { id: true, name: true } },
      },
    }),
    db.occurrence.findMany({
      where: { AND: [{ assignmentId, assignment: owned }, latestDueFirst.after(cursor)] },
      select: occurrenceEntrySelect,
      orderBy: latestDueFirst.orderBy,
      take: DUE_DATES_PAGE_SIZE + 1,
    }),
  ]);
  if (!assignment) throw notFound("assignment");
  const { status, ...summary } = assignment;
  return {
    assignment: summary,
    ...latestDueFirst.toPage(rows, DUE_DATES_PAGE_SIZE, (o) => toOccurrenceEntry(o, status, now)),
  };
}
