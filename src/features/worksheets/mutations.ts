import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "~/lib/form-errors";
import type { TClientActor } from "~/server/auth/actor";
import { db, Prisma } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { occurrenceWhereFor, submissionWhereFor } from "~/server/scope";
import { completeIfFinished } from "~/features/assignments/mutations/completion";
import { buildAnswersSchema, type TAnswerMode, type TAnswers } from "./answers";
import { readBody } from "./data";
import type {
  TAddFollowUpNoteRequest,
  TSaveDraftRequest,
  TSubmitRequest,
  TSubmitResponse,
} from "./schema";

type Tx = Prisma.TransactionClient;

const ALREADY_SUBMITTED = "This worksheet has already been submitted, so it can't be changed.";

/**
 * Locks the occurrence row for the rest of the transaction, then reads it inside the client's
 * scope. Draft saves and submits of one worksheet therefore run one after another, so a draft
 * can never overwrite a submission and two submits can never both win.
 */
async function lockTask(tx: Tx, client: TClientActor, occurrenceId: string) {
  await tx.$queryRaw`SELECT id FROM "Occurrence" WHERE id = ${occurrenceId} FOR UPDATE`;
  const row = await tx.occurrence.findFirst({
    where: {
      AND: [
        { id: occurrenceId },
        occurrenceWhereFor(client),
        { assignment: { kind: "WORKSHEET" } },
      ],
    },
    select: {
      status: true,
      assignmentId: true,
      assignment: { select: { status: true, content: true } },
      submission: {
        select: { id: true, status: true, content: true, idempotencyKey: true, submittedAt: true },
      },
    },
  });
  if (!row) throw notFound("worksheet");
  return row;
}

function assertStillOpen(task: Awaited<ReturnType<typeof lockTask>>) {
  if (task.status === "CANCELLED" || task.assignment.status === "ENDED") {
    throw new AppError("CONFLICT", {
      userMessage: "Your therapist has closed this worksheet, so it can't be changed any more.",
    });
  }
}

/** Checks answers against the worksheet's frozen questions; field-level errors when they don't fit. */
function parseAnswers(content: Prisma.JsonValue, answers: TAnswers, mode: TAnswerMode): TAnswers {
  const parsed = buildAnswersSchema(readBody(content), mode).safeParse(answers);
  if (parsed.success) return parsed.data as TAnswers;
  const formError = z.flattenError(parsed.error).formErrors[0];
  throw new AppError("BAD_REQUEST", {
    userMessage: formError ?? "Some answers need another look.",
    fieldErrors: fieldErrorsOf(parsed.error) as Record<string, string[]>,
  });
}

export async function saveDraft(
  client: TClientActor,
  { occurrenceId, answers }: TSaveDraftRequest,
): Promise<{ savedAt: Date }> {
  return db.$transaction(async (tx) => {
    const task = await lockTask(tx, client, occurrenceId);
    if (task.submission?.status === "SUBMITTED") {
      throw new AppError("CONFLICT", { userMessage: ALREADY_SUBMITTED });
    }
    assertStillOpen(task);
    const content = task.submission?.content ?? task.assignment.content;
    const valid = parseAnswers(content, answers, "draft");
    const saved = task.submission
      ? await tx.submission.update({
          where: { id: task.submission.id },
          data: { answers: valid },
          select: { updatedAt: true },
        })
      : await tx.submission.create({
          data: {
            occurrenceId,
            clientId: client.userId,
            // The body is frozen with the first draft: later assignment edits don't reach it.
            content: content as Prisma.InputJsonValue,
            answers: valid,
          },
          select: { updatedAt: true },
        });
    return { savedAt: saved.updatedAt };
  });
}

export async function submitWorksheet(
  client: TClientActor,
  { occurrenceId, answers, idempotencyKey }: TSubmitRequest,
): Promise<TSubmitResponse> {
  try {
    return await db.$transaction(async (tx) => {
      const task = await lockTask(tx, client, occurrenceId);
      const existing = task.submission;
      if (existing?.status === "SUBMITTED") {
        // The same key is a retry or a double click: answer as the first call did.
        if (existing.idempotencyKey === idempotencyKey && existing.submittedAt) {
          return { submissionId: existing.id, submittedAt: existing.submittedAt };
        }
        throw new AppError("CONFLICT", { userMessage: ALREADY_SUBMITTED });
      }
      assertStillOpen(task);
      const content = existing?.content ?? task.assignment.content;
      const valid = parseAnswers(content, answers, "submit");
      const submittedAt = new Date();
      const data = { answers: valid, status: "SUBMITTED" as const, submittedAt, idempotencyKey };
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
      ],
    },
    data: { followUpNote: note },
  });
  if (count === 1) return { ok: true };
  const found = await db.submission.findFirst({
    where: { AND: [{ id: submissionId }, submissionWhereFor(client)] },
    select: { status: true },
  });
  if (!found) throw notFound("submission");
  throw new AppError("CONFLICT", {
    userMessage:
      found.status === "SUBMITTED"
        ? "You have already added a follow-up note to this worksheet."
        : "Submit the worksheet first, then add a note.",
  });
}
