import "server-only";
import { ZLadderBodySchema } from "~/features/templates/ladder-body-schema";
import {
  ZWorksheetBodySchema,
  type TWorksheetField,
} from "~/features/templates/worksheet-body-schema";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { linkedClientWhere } from "~/server/scope";
import type { TClientExport, THomeworkExport } from "./schema";

const feedbackSelect = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: { body: true, createdAt: true, reply: true, author: { select: { name: true } } },
} satisfies Prisma.Submission$feedbackArgs;

type TFeedbackRow = {
  body: string;
  createdAt: Date;
  reply: string | null;
  author: { name: string };
};
const feedbackOf = (rows: TFeedbackRow[]) =>
  rows.map((f) => ({ from: f.author.name, at: f.createdAt, message: f.body, reply: f.reply }));

/** A choice's option ids as their labels; any other answer as it was given. */
function answerOf(field: TWorksheetField | undefined, value: unknown): unknown {
  if (!field || !("options" in field)) return value;
  const label = (id: unknown) => field.options.find((o) => o.id === id)?.label ?? id;
  return Array.isArray(value) ? value.map(label) : label(value);
}

function answersOf(content: unknown, answers: unknown) {
  const parsed = ZWorksheetBodySchema.safeParse(content);
  const fields = parsed.success ? parsed.data.fields : [];
  const given = (answers ?? {}) as Record<string, unknown>;
  const byId = new Map(fields.map((f) => [f.id, f]));
  // In the worksheet's order, then anything answered that the questions no longer hold.
  const ids = [...fields.map((f) => f.id), ...Object.keys(given).filter((id) => !byId.has(id))];
  return ids
    .filter((id) => given[id] !== undefined)
    .map((id) => ({
      question: byId.get(id)?.label ?? id,
      answer: answerOf(byId.get(id), given[id]),
    }));
}

function stepTitles(content: unknown): Map<string, string> {
  const parsed = ZLadderBodySchema.safeParse(content);
  return new Map(parsed.success ? parsed.data.steps.map((s) => [s.id, s.title]) : []);
}

/**
 * Everything of one client's: for the client, all of it; for a therapist (`therapistId`, with an
 * ACTIVE care link), their own homework for the client, entries kept "just for me" without their
 * answers, and no safety plan beyond what the therapist can already open. Four queries.
 */
export async function buildClientExport(
  clientId: string,
  therapistId?: string,
): Promise<TClientExport> {
  const client = await db.user.findFirst({
    where: therapistId
      ? linkedClientWhere(therapistId, clientId)
      : { id: clientId, role: "CLIENT" },
    select: { name: true, email: true, timeZone: true, createdAt: true },
  });
  if (!client) throw notFound("client");
  const [links, assignments, safetyPlan] = await Promise.all([
    db.careLink.findMany({
      where: { clientId, ...(therapistId ? { therapistId } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { status: true, therapist: { select: { name: true } } },
    }),
    db.assignment.findMany({
      where: { clientId, ...(therapistId ? { therapistId } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        title: true,
        kind: true,
        status: true,
        instructions: true,
        content: true,
        createdAt: true,
        therapist: { select: { name: true } },
        occurrences: {
          where: { submission: { isNot: null } },
          orderBy: [{ dueAt: "asc" }, { id: "asc" }],
          select: {
            dueAt: true,
            submission: {
              select: {
                status: true,
                content: true,
                answers: true,
                private: true,
                sharedAt: true,
                submittedAt: true,
                followUpNote: true,
                feedback: feedbackSelect,
              },
            },
          },
        },
        stepAttempts: {
          orderBy: [{ startedAt: "asc" }, { id: "asc" }],
          select: {
            stepId: true,
            startedAt: true,
            completedAt: true,
            stoppedAt: true,
            prediction: true,
            predictionConfidence: true,
            distressBefore: true,
            peakDistress: true,
            afterDistress: true,
            fearedOutcome: true,
            whatHappened: true,
            confidenceAfter: true,
            learned: true,
            note: true,
            feedback: feedbackSelect,
          },
        },
      },
    }),
    db.safetyPlan.findUnique({
      where: { clientId },
      select: { warningSigns: true, calmingThings: true, people: true, professionals: true },
    }),
  ]);

  const homework = assignments.map((a): THomeworkExport => {
    const steps = stepTitles(a.content);
    return {
      title: a.title,
      kind: a.kind === "LADDER" ? "ladder" : "worksheet",
      from: a.therapist.name,
      assignedAt: a.createdAt,
      status: a.status.toLowerCase(),
      instructions: a.instructions,
      entries: a.occurrences.flatMap(({ dueAt, submission: s }) => {
        // A therapist never sees a draft; the client's own copy holds every word.
        if (!s || (therapistId && s.status !== "SUBMITTED")) return [];
        const hidden = !!therapistId && s.private && !s.sharedAt;
        return [
          {
            dueAt,
            status: s.status.toLowerCase(),
            submittedAt: s.submittedAt,
            justForMe: s.private && !s.sharedAt,
            answers: hidden ? [] : answersOf(s.content, s.answers),
            followUpNote: hidden ? null : s.followUpNote,
            feedback: feedbackOf(s.feedback),
          },
        ];
      }),
      practice: a.stepAttempts.map((t) => ({
        step: steps.get(t.stepId) ?? t.stepId,
        startedAt: t.startedAt,
        completedAt: t.completedAt,
        stoppedAt: t.stoppedAt,
        prediction: t.prediction,
        howSureBefore: t.predictionConfidence,
        distressBefore: t.distressBefore,
        peakDistress: t.peakDistress,
        distressAfter: t.afterDistress,
        fearedOutcome: t.fearedOutcome?.toLowerCase() ?? null,
        whatHappened: t.whatHappened,
        howSureAfter: t.confidenceAfter,
        learned: t.learned,
        note: t.note,
        feedback: feedbackOf(t.feedback),
      })),
    };
  });

  return {
    exportedAt: new Date(),
    account: client,
    therapists: links.map((l) => ({ name: l.therapist.name, status: l.status.toLowerCase() })),
    homework,
    // The therapist's copy holds the plan only as the therapist could open it (ACTIVE link).
    safetyPlan,
  };
}
