import { flagDay, flagReason } from "~/features/safety/policy";
import { getBuiltinTemplate } from "~/features/templates/builtins";
import type { Prisma } from "~/server/db";
import { PRIVACY_NOTICE } from "~/lib/notices";

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

/**
 * More clients on the demo therapist's caseload, so the dashboard shows its order: one flagged
 * for missed due dates, one with work waiting for review, one doing
 * well. They have no password: the demo signs in as Sam, the full history. Runs once.
 */
const CLIENTS = [
  {
    email: "jordan@example.com",
    name: "Jordan Lee",
    timeZone: "America/New_York",
    // due dates over the last two weeks: done (true) or missed (false), oldest first
    days: [13, 11, 9, 7, 5, 3, 1],
    done: [true, true, false, false, false, false, false],
    quiet: true,
  },
  {
    email: "riley@example.com",
    name: "Riley Chen",
    timeZone: "Europe/Berlin",
    days: [12, 10, 8, 6, 4, 2],
    done: [true, true, true, true, true, false],
    quiet: false,
  },
  {
    email: "alex@example.com",
    name: "Alex Morgan",
    timeZone: "Europe/London",
    days: [20, 13, 6],
    done: [true, true, true],
    quiet: false,
  },
] as const;

export async function seedDemoCaseload(tx: Tx, therapistId: string, now: Date): Promise<void> {
  const journal = getBuiltinTemplate("small-victories")!;
  for (const c of CLIENTS) {
    if (await tx.user.findUnique({ where: { email: c.email }, select: { id: true } })) continue;
    const client = await tx.user.create({
      data: {
        email: c.email,
        name: c.name,
        role: "CLIENT",
        timeZone: c.timeZone,
        consents: { create: { document: "PRIVACY_NOTICE", version: PRIVACY_NOTICE.version } },
      },
    });
    const linkedAt = new Date(now.getTime() - 30 * DAY_MS);
    await tx.careLink.create({ data: { therapistId, clientId: client.id, createdAt: linkedAt } });
    const assignment = await tx.assignment.create({
      data: {
        therapistId,
        clientId: client.id,
        kind: "WORKSHEET",
        title: journal.title,
        content: journal.body,
        whyItHelps: journal.whyItHelps,
        templateVersion: 1,
        timeZone: c.timeZone,
        startsAt: linkedAt,
        createdAt: linkedAt,
      },
    });
    for (const [i, daysAgo] of c.days.entries()) {
      const dueAt = new Date(now.getTime() - daysAgo * DAY_MS);
      const done = c.done[i];
      const occurrence = await tx.occurrence.create({
        data: { assignmentId: assignment.id, dueAt, status: done ? "DONE" : "OPEN" },
      });
      if (!done) continue;
      const submittedAt = new Date(dueAt.getTime() - 2 * 3_600_000);
      await tx.submission.create({
        data: {
          occurrenceId: occurrence.id,
          clientId: client.id,
          content: journal.body,
          answers: {
            what_i_did: "Asked a colleague to check my work and let them do it their way.",
            why_it_mattered: "I usually redo everything myself.",
            celebrate: "I let it go.",
          },
          status: "SUBMITTED",
          submittedAt,
          updatedAt: submittedAt,
          createdAt: submittedAt,
          // Alex's entries have been seen to; Riley's wait for the therapist.
          reviewedAt:
            c.email === "alex@example.com" ? new Date(submittedAt.getTime() + DAY_MS) : null,
        },
      });
    }
    if (c.quiet) {
      // As the daily check words it: the last due dates all passed with nothing done.
      const lastDue = new Date(now.getTime() - c.days.at(-1)! * DAY_MS);
      await tx.flag.create({
        data: {
          clientId: client.id,
          therapistId,
          kind: "MISSED",
          reason: flagReason(
            { kind: "missed", lastDay: flagDay(lastDue, c.timeZone) },
            "their homework",
            flagDay(now, c.timeZone),
          ),
          createdAt: new Date(lastDue.getTime() + 3_600_000),
        },
      });
    }
  }
}
