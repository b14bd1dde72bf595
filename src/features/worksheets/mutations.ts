import "server-only";
import { isDeepStrictEqual } from "node:util";
import { fieldErrorsOf } from "~/lib/form-errors";
import type { TClientActor } from "~/server/auth/actor";
import { db, Prisma } from "~/server/db";
import { AppError, careEnded, notFound } from "~/server/errors";
import { lockClientOccurrence } from "~/server/locks";
import { inActiveCareWith, submissionWhereFor } from "~/server/scope";
import { completeIfFinished } from "~/features/assignments/mutations/completion";
import { raiseFlag } from "~/features/safety/mutations";
import { answersConcern, taggedScales } from "~/features/safety/policy";
import { worksheetParts, type TWorksheetField } from "~/features/templates/schema";
import type { TAnswerMode, TAnswers } from "./answer-rules";
import { buildAnswersSchema } from "./answers";
import { readBody } from "./data";
import type {
  TAddFollowUpNoteRequest,
  TSaveDraftRequest,
  TSubmissionActionRequest,
  TSubmitBeforePartRequest,
  TSaveDraftResponse,
  TSubmitRequest,
  TSubmitResponse,
} from "./schema";

type Tx = Prisma.TransactionClient;

const ALREADY_SUBMITTED = "This worksheet has already been submitted, so it can't be changed.";
const SUBMITTED_DIFFERENTLY =
  "This worksheet was already submitted, with answers that differ from these. Reload the page to see what was submitted.";
const BEFORE_PART_FIRST = "Submit the first part of this worksheet first.";
const BEFORE_PART_DONE =
  "You already submitted the first part of this worksheet, so it can't be changed.";
const STALE_COPY =
  "These answers were changed in another tab or on another device after this page opened, so they were not saved. Choose which answers to keep.";

/**
 * Locks the occurrence row for the rest of the transaction, then reads it. Draft saves and
 * submits of one worksheet therefore run one after another, so a draft can never overwrite a
 * submission and two submits can never both win. The client scope is in the locking statement
 * itself (the same as worksheetTaskWhere): nobody can hold, or wait for, a lock on someone
 * else's worksheet, and the row it locked is read by id alone.
 */
async function lockTask(tx: Tx, client: TClientActor, occurrenceId: string) {
  const task = { id: occurrenceId, clientId: client.userId, kind: "WORKSHEET" } as const;
  if (!(await lockClientOccurrence(tx, task))) throw notFound("worksheet");
  // Locked, so it is still there; an assignment's client and kind never change.
  return tx.occurrence.findUniqueOrThrow({
    where: { id: occurrenceId },
    select: {
      status: true,
      assignmentId: true,
      assignment: { select: { status: true, content: true, title: true, therapistId: true } },
      submission: {
        select: {
          id: true,
          status: true,
          content: true,
          answers: true,
          revision: true,
          idempotencyKey: true,
          submittedAt: true,
          beforeSubmittedAt: true,
        },
      },
    },
  });
}

function assertStillOpen(task: Awaited<ReturnType<typeof lockTask>>) {
  if (task.status === "CANCELLED" || task.assignment.status === "ENDED") {
    throw new AppError("CONFLICT", {
      userMessage: "Your therapist has closed this worksheet, so it can't be changed any more.",
    });
  }
}

/**
 * Checks answers against the worksheet's frozen questions; when they don't fit, errors keyed by
 * the request's own path to each ("answers.<question id>"), as the form names its fields.
 */
function parseAnswers(
  body: { fields: TWorksheetField[] },
  answers: TAnswers,
  mode: TAnswerMode,
): TAnswers {
  const parsed = buildAnswersSchema(body, mode).safeParse(answers);
  if (parsed.success) return parsed.data as TAnswers;
  const aboutAll = parsed.error.issues.find((issue) => issue.path.length === 0)?.message;
  throw new AppError("BAD_REQUEST", {
    userMessage: aboutAll ?? "Some answers need another look.",
    fieldErrors: fieldErrorsOf(parsed.error, "answers"),
  });
}

type TTask = Awaited<ReturnType<typeof lockTask>>;

/**
 * Once a two-part worksheet's before part is in, its answers are fixed: whatever a browser sends
 * for those questions, the stored answers are kept.
 */
function withFixedBeforePart(
  task: TTask,
  body: { fields: TWorksheetField[]; afterPartFrom?: string },
  answers: TAnswers,
): TAnswers {
  const stored = task.submission;
  const parts = worksheetParts(body);
  if (!parts || !stored?.beforeSubmittedAt) return answers;
  const storedAnswers = (stored.answers ?? {}) as TAnswers;
  const before = new Set(parts.before.map((f) => f.id));
  const kept = Object.entries(storedAnswers).filter(([id]) => before.has(id));
  const rest = Object.entries(answers).filter(([id]) => !before.has(id));
  return Object.fromEntries([...rest, ...kept]);
}

/**
 * The browser's answers must start from the copy the server holds now; otherwise another tab or
 * device saved in between and writing these would silently drop that text.
 */
function assertCurrentBase(task: Awaited<ReturnType<typeof lockTask>>, baseRevision: number) {
  if ((task.submission?.revision ?? 0) !== baseRevision) {
    throw new AppError("CONFLICT", { userMessage: STALE_COPY });
  }
}

/** A retried submit: its answers, checked as a submit would, are the ones already submitted. */
function isSameSubmission(
  content: Prisma.JsonValue,
  submitted: Prisma.JsonValue,
  answers: TAnswers,
) {
  const parsed = buildAnswersSchema(readBody(content), "submit").safeParse(answers);
  return parsed.success && isDeepStrictEqual(parsed.data, submitted);
}

export async function saveDraft(
  client: TClientActor,
  { occurrenceId, answers, baseRevision }: TSaveDraftRequest,
): Promise<TSaveDraftResponse> {
  return db.$transaction(async (tx) => {
    const task = await lockTask(tx, client, occurrenceId);
    if (task.submission?.status === "SUBMITTED") {
      throw new AppError("CONFLICT", { userMessage: ALREADY_SUBMITTED });
    }
    assertStillOpen(task);
    assertCurrentBase(task, baseRevision);
    const content = task.submission?.content ?? task.assignment.content;
    const body = readBody(content);
    const valid = parseAnswers(body, withFixedBeforePart(task, body, answers), "draft");
    const select = { updatedAt: true, revision: true } as const;
    const saved = task.submission
      ? await tx.submission.update({
          where: { id: task.submission.id },
          data: { answers: valid, revision: { increment: 1 } },
          select,
        })
      : await tx.submission.create({
          data: {
            occurrenceId,
            clientId: client.userId,
            // The body is frozen with the first draft: later assignment edits don't reach it.
            content: content as Prisma.InputJsonValue,
            answers: valid,
            revision: 1,
          },
          select,
        });
    return { savedAt: saved.updatedAt, revision: saved.revision };
  });
}

export async function submitWorksheet(
  client: TClientActor,
  { occurrenceId, answers, baseRevision, idempotencyKey, justForMe = false }: TSubmitRequest,
): Promise<TSubmitResponse> {
  try {
    return await db.$transaction(async (tx) => {
      const task = await lockTask(tx, client, occurrenceId);
      const existing = task.submission;
      if (existing?.status === "SUBMITTED") {
        if (existing.idempotencyKey !== idempotencyKey || !existing.submittedAt) {
          throw new AppError("CONFLICT", { userMessage: ALREADY_SUBMITTED });
        }
        // The same key and answers are a retry or a double click: answer as the first call did.
        // Different answers under that key were edited after a submit whose reply got lost:
        // answering "done" would hide that those edits were not kept.
        const sent = withFixedBeforePart(task, readBody(existing.content), answers);
        if (!isSameSubmission(existing.content, existing.answers, sent)) {
          throw new AppError("CONFLICT", { userMessage: SUBMITTED_DIFFERENTLY });
        }
        return { submissionId: existing.id, submittedAt: existing.submittedAt };
      }
      assertStillOpen(task);
      assertCurrentBase(task, baseRevision);
      const content = existing?.content ?? task.assignment.content;
      const body = readBody(content);
      if (worksheetParts(body) && !existing?.beforeSubmittedAt) {
        throw new AppError("CONFLICT", { userMessage: BEFORE_PART_FIRST });
      }
      const valid = parseAnswers(body, withFixedBeforePart(task, body, answers), "submit");
      const submittedAt = new Date();
      const data = {
        answers: valid,
        status: "SUBMITTED" as const,
        submittedAt,
        idempotencyKey,
        private: justForMe,
        revision: (existing?.revision ?? 0) + 1,
      };
      const saved = existing
        ? await tx.submission.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.submission.create({
            data: {
              ...data,
              occurrenceId,
              clientId: client.userId,
              content: content as Prisma.InputJsonValue,
            },
            select: { id: true },
          });
      await tx.occurrence.update({ where: { id: occurrenceId }, data: { status: "DONE" } });
      await completeIfFinished(tx, task.assignmentId, submittedAt);
      // An answer at the worst end of a distress or safety scale: the therapist is told at once
      // (the page shows the client its own response from the saved answers). An entry kept just
      // for the client raises nothing by itself: its page offers "tell my therapist".
      const concern = justForMe ? null : answersConcern(taggedScales(body.fields), valid);
      if (concern) {
        await raiseFlag(tx, "HIGH_DISTRESS", concern, {
          clientId: client.userId,
          therapistId: task.assignment.therapistId,
          clientTimeZone: client.timeZone,
          at: submittedAt,
          where: `“${task.assignment.title}”`,
          submissionId: saved.id,
        });
      }
      return { submissionId: saved.id, submittedAt };
    });
  } catch (error) {
    // The key is unique per client: reusing one from another worksheet is a client bug.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", {
        userMessage: "This submission could not be matched. Reload the page and try again.",
      });
    }
    throw error;
  }
}

/**
 * A two-part worksheet's before part (a prediction, say): its questions are checked as a submit
 * would check them, then fixed; the after part opens on the same page and the due date is done
 * only when the whole worksheet is submitted. A retry with the same answers succeeds again.
 */
export async function submitBeforePart(
  client: TClientActor,
  { occurrenceId, answers, baseRevision }: TSubmitBeforePartRequest,
): Promise<{ revision: number; beforeSubmittedAt: Date }> {
  return db.$transaction(async (tx) => {
    const task = await lockTask(tx, client, occurrenceId);
    const existing = task.submission;
    if (existing?.status === "SUBMITTED") {
      throw new AppError("CONFLICT", { userMessage: ALREADY_SUBMITTED });
    }
    const content = existing?.content ?? task.assignment.content;
    const body = readBody(content);
    const parts = worksheetParts(body);
    if (!parts) {
      throw new AppError("BAD_REQUEST", { userMessage: "This worksheet has only one part." });
    }
    const ids = new Set(parts.before.map((f) => f.id));
    const beforeAnswers = Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
    const checked = parseAnswers({ fields: parts.before }, beforeAnswers, "submit");
    if (existing?.beforeSubmittedAt) {
      const stored = (existing.answers ?? {}) as TAnswers;
      const same = parts.before.every((f) => isDeepStrictEqual(stored[f.id], checked[f.id]));
      if (!same) throw new AppError("CONFLICT", { userMessage: BEFORE_PART_DONE });
      return { revision: existing.revision, beforeSubmittedAt: existing.beforeSubmittedAt };
    }
    assertStillOpen(task);
    assertCurrentBase(task, baseRevision);
    // Whatever else the draft holds (after-part answers typed early) stays a draft.
    const valid = parseAnswers(body, { ...answers, ...checked }, "draft");
    const beforeSubmittedAt = new Date();
    const select = { revision: true, beforeSubmittedAt: true } as const;
    const saved = existing
      ? await tx.submission.update({
          where: { id: existing.id },
          data: { answers: valid, beforeSubmittedAt, revision: { increment: 1 } },
          select,
        })
      : await tx.submission.create({
          data: {
            occurrenceId,
            clientId: client.userId,
            content: content as Prisma.InputJsonValue,
            answers: valid,
            beforeSubmittedAt,
            revision: 1,
          },
          select,
        });
    return { revision: saved.revision, beforeSubmittedAt };
  });
}

/** The client's own submitted entry, with what sharing it or a flag about it needs. */
async function ownSubmitted(tx: Tx, client: TClientActor, submissionId: string) {
  const found = await tx.submission.findFirst({
    where: { AND: [{ id: submissionId, status: "SUBMITTED" }, submissionWhereFor(client)] },
    select: {
      id: true,
      private: true,
      sharedAt: true,
      occurrence: { select: { assignment: { select: { therapistId: true, title: true } } } },
    },
  });
  if (!found) throw notFound("submission");
  const inCare = await tx.user.count({
    where: { id: found.occurrence.assignment.therapistId, ...inActiveCareWith(client.userId) },
  });
  if (inCare === 0) throw careEnded();
  return found;
}

/** An entry kept just for the client is shared with the therapist; sharing is never undone. */
export async function shareSubmission(
  client: TClientActor,
  { submissionId }: TSubmissionActionRequest,
): Promise<{ sharedAt: Date }> {
  return db.$transaction(async (tx) => {
    const found = await ownSubmitted(tx, client, submissionId);
    if (!found.private) {
      if (found.sharedAt) return { sharedAt: found.sharedAt }; // shared already: a repeat
      throw new AppError("CONFLICT", { userMessage: "Your therapist can already see this entry." });
    }
    const sharedAt = new Date();
    await tx.submission.update({
      where: { id: found.id },
      data: { private: false, sharedAt },
    });
    return { sharedAt };
  });
}

/**
 * "Tell my therapist" after a hard private entry: a flag that says the client asked for support,
 * naming no answer; the entry stays private. Once per entry (a repeat changes nothing).
 */
export async function tellTherapist(
  client: TClientActor,
  { submissionId }: TSubmissionActionRequest,
): Promise<{ told: true }> {
  return db.$transaction(async (tx) => {
    const found = await ownSubmitted(tx, client, submissionId);
    if (!found.private) {
      throw new AppError("CONFLICT", { userMessage: "Your therapist can already see this entry." });
    }
    const already = await tx.flag.findFirst({ where: { submissionId }, select: { id: true } });
    if (!already) {
      await raiseFlag(
        tx,
        "HIGH_DISTRESS",
        { kind: "asked-for-support" },
        {
          clientId: client.userId,
          therapistId: found.occurrence.assignment.therapistId,
          clientTimeZone: client.timeZone,
          at: new Date(),
          where: `“${found.occurrence.assignment.title}”`,
          submissionId,
        },
      );
    }
    return { told: true };
  });
}

/** One note after submitting: `followUpNote: null` in the where makes a second one a no-op. */
export async function addFollowUpNote(
  client: TClientActor,
  { submissionId, note }: TAddFollowUpNoteRequest,
): Promise<{ ok: true }> {
  const { count } = await db.submission.updateMany({
    where: {
      AND: [
        { id: submissionId, status: "SUBMITTED", followUpNote: null },
        submissionWhereFor(client),
        { occurrence: { assignment: { therapist: inActiveCareWith(client.userId) } } },
      ],
    },
    data: { followUpNote: note },
  });
  if (count === 1) return { ok: true };
  const found = await db.submission.findFirst({
    where: { AND: [{ id: submissionId }, submissionWhereFor(client)] },
    select: { status: true, followUpNote: true },
  });
  if (!found) throw notFound("submission");
  // Everything else in the update's where held: the therapist's access is what ended.
  if (found.followUpNote === null && found.status === "SUBMITTED") throw careEnded();
  throw new AppError("CONFLICT", {
    userMessage:
      found.status === "SUBMITTED"
        ? "You have already added a follow-up note to this worksheet."
        : "Submit the worksheet first, then add a note.",
  });
}
