import "server-only";
import type { TActor } from "./auth/actor";
import type { Prisma } from "./db";

/**
 * Who may reach what, written once per entity kind and put into every `where`:
 * a client reaches only their own rows; a therapist reaches the rows of clients they have an
 * ACTIVE care link with, and of those only the homework they gave.
 */

export const activeLinkTo = (therapistId: string) =>
  ({ linksAsClient: { some: { therapistId, status: "ACTIVE" } } }) satisfies Prisma.UserWhereInput;

/** A client of this therapist, through an ACTIVE care link. */
export const linkedClientWhere = (therapistId: string, clientId: string) =>
  ({ id: clientId, role: "CLIENT", ...activeLinkTo(therapistId) }) satisfies Prisma.UserWhereInput;

export function assignmentWhereFor(
  actor: Pick<TActor, "userId" | "role">,
): Prisma.AssignmentWhereInput {
  if (actor.role === "CLIENT") return { clientId: actor.userId };
  return { therapistId: actor.userId, client: activeLinkTo(actor.userId) };
}

export const occurrenceWhereFor = (actor: Pick<TActor, "userId" | "role">) =>
  ({ assignment: assignmentWhereFor(actor) }) satisfies Prisma.OccurrenceWhereInput;

export const submissionWhereFor = (actor: Pick<TActor, "userId" | "role">) =>
  ({ occurrence: occurrenceWhereFor(actor) }) satisfies Prisma.SubmissionWhereInput;

export const attemptWhereFor = (actor: Pick<TActor, "userId" | "role">) =>
  ({ assignment: assignmentWhereFor(actor) }) satisfies Prisma.StepAttemptWhereInput;

/** Templates a therapist may use: the built-ins and their own. */
export const usableTemplateWhere = (therapistId: string) =>
  ({
    OR: [{ ownerId: null }, { ownerId: therapistId }],
    archivedAt: null,
  }) satisfies Prisma.TemplateWhereInput;

/** A client reaches the flags about them; a therapist, their own flags on ACTIVE clients. */
export function flagWhereFor(actor: Pick<TActor, "userId" | "role">): Prisma.FlagWhereInput {
  if (actor.role === "CLIENT") return { clientId: actor.userId };
  return { therapistId: actor.userId, client: activeLinkTo(actor.userId) };
}
