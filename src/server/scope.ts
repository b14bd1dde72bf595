import "server-only";
import type { TActor } from "./auth/actor";
import type { Prisma } from "./db";

/**
 * Who may reach what, written once per entity kind and put into every `where`:
 * a client reaches only their own rows; a therapist reaches the rows of clients they have a
 * care link with, and of those only the homework they gave. To change anything ("write", the
 * default) the link must be ACTIVE; to read the history ("read") an ARCHIVED or ENDED link is
 * enough: nothing reaches a therapist after that, since every way a client shares something with
 * them (homework, feedback, sharing an entry) needs an ACTIVE link and ended homework.
 */
export type TLinkAccess = "read" | "write";

export const activeLinkTo = (therapistId: string) =>
  ({ linksAsClient: { some: { therapistId, status: "ACTIVE" } } }) satisfies Prisma.UserWhereInput;

const linkTo = (therapistId: string, access: TLinkAccess) =>
  access === "write"
    ? activeLinkTo(therapistId)
    : ({ linksAsClient: { some: { therapistId } } } satisfies Prisma.UserWhereInput);

/** A client of this therapist, through an ACTIVE care link (any link, for "read"). */
export const linkedClientWhere = (
  therapistId: string,
  clientId: string,
  access: TLinkAccess = "write",
) =>
  ({
    id: clientId,
    role: "CLIENT",
    ...linkTo(therapistId, access),
  }) satisfies Prisma.UserWhereInput;

type TScoped = Pick<TActor, "userId" | "role">;

/**
 * A therapist the client is in ACTIVE care with: the only kind the client's later actions (sharing
 * an entry, a note, a reply) may still reach. Put on the homework's therapist or the feedback's
 * author.
 */
export const inActiveCareWith = (clientId: string) =>
  ({ linksAsTherapist: { some: { clientId, status: "ACTIVE" } } }) satisfies Prisma.UserWhereInput;

export function assignmentWhereFor(
  actor: TScoped,
  access: TLinkAccess = "write",
): Prisma.AssignmentWhereInput {
  if (actor.role === "CLIENT") return { clientId: actor.userId };
  return { therapistId: actor.userId, client: linkTo(actor.userId, access) };
}

export const occurrenceWhereFor = (actor: TScoped, access: TLinkAccess = "write") =>
  ({ assignment: assignmentWhereFor(actor, access) }) satisfies Prisma.OccurrenceWhereInput;

export const submissionWhereFor = (actor: TScoped, access: TLinkAccess = "write") =>
  ({ occurrence: occurrenceWhereFor(actor, access) }) satisfies Prisma.SubmissionWhereInput;

export const attemptWhereFor = (actor: TScoped, access: TLinkAccess = "write") =>
  ({ assignment: assignmentWhereFor(actor, access) }) satisfies Prisma.StepAttemptWhereInput;

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
