import "server-only";
import { listNewFeedback } from "~/features/feedback/data";
import type { TClientActor } from "~/server/auth/actor";
import { db } from "~/server/db";
import { assignmentWhereFor, occurrenceWhereFor } from "~/server/scope";
import { bucketOf, portalWindows } from "./buckets";
import type { TPortalHome, TPortalTask } from "./schema";

// Each section is capped: the home page is a glance, not an archive.
const OPEN_LIMIT = 60;
const SECTION_LIMIT = 20;
// Older open items are left to the therapist to cancel or re-plan.
const OVERDUE_LOOKBACK_DAYS = 30;

/** Four queries whatever the amount of homework: open, recently done, ladders, new feedback. */
export async function getPortalHome(client: TClientActor, now = new Date()): Promise<TPortalHome> {
  const w = portalWindows(now, client.timeZone);
  const activeWorksheet = { assignment: { kind: "WORKSHEET", status: "ACTIVE" } } as const;
  const [open, done, ladders, feedback] = await Promise.all([
    db.occurrence.findMany({
      where: {
        AND: [occurrenceWhereFor(client), activeWorksheet],
        status: "OPEN",
        dueAt: {
          gte: new Date(w.startOfToday.getTime() - OVERDUE_LOOKBACK_DAYS * 86_400_000),
          lt: w.endOfUpcoming,
        },
      },
      select: {
        id: true,
        dueAt: true,
        assignment: { select: { title: true } },
        submission: { select: { status: true } },
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: OPEN_LIMIT,
    }),
    db.occurrence.findMany({
      where: {
        AND: [occurrenceWhereFor(client), { assignment: { kind: "WORKSHEET" } }],
        status: "DONE",
        submission: { status: "SUBMITTED", submittedAt: { gte: w.recentlyDoneSince } },
      },
      select: {
        id: true,
        dueAt: true,
        assignment: { select: { title: true } },
        submission: { select: { submittedAt: true } },
      },
      orderBy: [{ dueAt: "desc" }, { id: "desc" }],
      take: SECTION_LIMIT,
    }),
    db.assignment.findMany({
      // A finished ladder stays: its steps can still be practised.
      where: {
        AND: [
          assignmentWhereFor(client),
          { kind: "LADDER", status: { in: ["ACTIVE", "COMPLETED"] } },
        ],
      },
      select: { id: true, title: true, status: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SECTION_LIMIT,
    }),
    listNewFeedback(client, { limit: SECTION_LIMIT }),
  ]);

  const sections: Record<"overdue" | "today" | "upcoming", TPortalTask[]> = {
    overdue: [],
    today: [],
    upcoming: [],
  };
  for (const o of open) {
    const bucket = bucketOf(o.dueAt, w);
    if (bucket === "later") continue;
    sections[bucket].push({
      occurrenceId: o.id,
      title: o.assignment.title,
      dueAt: o.dueAt,
      hasDraft: o.submission?.status === "DRAFT",
    });
  }
  return {
    timeZone: client.timeZone,
    dueToday: sections.today.slice(0, SECTION_LIMIT),
    // Most recent first: the oldest misses matter least.
    overdue: sections.overdue.reverse().slice(0, SECTION_LIMIT),
    upcoming: sections.upcoming.slice(0, SECTION_LIMIT),
    recentlyDone: done.map((o) => ({
      occurrenceId: o.id,
      title: o.assignment.title,
      dueAt: o.dueAt,
      submittedAt: o.submission?.submittedAt ?? o.dueAt,
    })),
    ladders: ladders.map((a) => ({
      assignmentId: a.id,
      title: a.title,
      finished: a.status === "COMPLETED",
    })),
    newFeedback: feedback.items,
  };
}
