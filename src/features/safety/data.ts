import "server-only";
import type { TActor, TTherapistActor } from "~/server/auth/actor";
import { db } from "~/server/db";
import { notFound } from "~/server/errors";
import { flagWhereFor, linkedClientWhere } from "~/server/scope";
import {
  OPEN_FLAGS_SHOWN,
  type TSafetyPlan,
  type TFlag,
  type TListOpenFlagsRequest,
  type TListOpenFlagsResponse,
} from "./schema";
import type { TSafetyPlanSection } from "./constants";

/** Where the therapist reads more about the event: the ladder step's history or the worksheet. */
function hrefOf(flag: {
  attempt: { assignmentId: string; stepId: string } | null;
  submissionId: string | null;
}): string | null {
  if (flag.attempt) {
    return `/therapist/ladders/${flag.attempt.assignmentId}/steps/${encodeURIComponent(flag.attempt.stepId)}`;
  }
  if (flag.submissionId) return `/therapist/submissions/${flag.submissionId}`;
  return null;
}

/** This therapist's open flags for one linked client, newest first (one query). */
export async function listOpenFlags(
  therapist: TTherapistActor,
  { clientId }: TListOpenFlagsRequest,
): Promise<TListOpenFlagsResponse> {
  // The client page of an archived client reads this too: flags are for ACTIVE links only.
  const client = await db.user.findFirst({
    where: linkedClientWhere(therapist.userId, clientId, "read"),
    select: {
      flagsAbout: {
        where: { ...flagWhereFor(therapist), acknowledgedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: OPEN_FLAGS_SHOWN + 1,
        select: {
          id: true,
          kind: true,
          reason: true,
          createdAt: true,
          submissionId: true,
          attempt: { select: { assignmentId: true, stepId: true } },
        },
      },
    },
  });
  if (!client) throw notFound("client");
  const flags: TFlag[] = client.flagsAbout.slice(0, OPEN_FLAGS_SHOWN).map((f) => ({
    id: f.id,
    kind: f.kind,
    reason: f.reason,
    createdAt: f.createdAt,
    href: hrefOf(f),
  }));
  return { flags, more: client.flagsAbout.length > OPEN_FLAGS_SHOWN };
}

export const SECTION_KEYS = {
  WARNING_SIGNS: "warningSigns",
  CALMING_THINGS: "calmingThings",
  PEOPLE: "people",
  PROFESSIONALS: "professionals",
} as const satisfies Record<string, TSafetyPlanSection>;

/** The stored section name of a section key (the enum is the database's word for it). */
export const storedSection = (section: TSafetyPlanSection) =>
  (Object.keys(SECTION_KEYS) as (keyof typeof SECTION_KEYS)[]).find(
    (k) => SECTION_KEYS[k] === section,
  )!;

/**
 * A client's safety plan as the actor may see it: the client their own (clientId, if given,
 * must be theirs), a therapist a linked client's, with that therapist's open suggestions only.
 * One query; a plan never saved reads as empty.
 */
export async function getSafetyPlan(actor: TActor, { clientId }: { clientId?: string }) {
  if (actor.role === "CLIENT" && clientId !== undefined && clientId !== actor.userId) {
    throw notFound("safety plan");
  }
  const where =
    actor.role === "CLIENT"
      ? { id: actor.userId }
      : linkedClientWhere(actor.userId, clientId ?? "");
  const row = await db.user.findFirst({
    where,
    select: {
      name: true,
      safetyPlan: {
        select: {
          warningSigns: true,
          calmingThings: true,
          people: true,
          professionals: true,
          revision: true,
          updatedAt: true,
        },
      },
      suggestionsFor: {
        where: {
          resolvedAt: null,
          ...(actor.role === "THERAPIST" ? { therapistId: actor.userId } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 50,
        select: {
          id: true,
          section: true,
          body: true,
          createdAt: true,
          therapist: { select: { name: true } },
        },
      },
    },
  });
  if (!row) throw notFound("safety plan");
  const plan = row.safetyPlan;
  return {
    clientName: row.name,
    warningSigns: plan?.warningSigns ?? "",
    calmingThings: plan?.calmingThings ?? "",
    people: plan?.people ?? "",
    professionals: plan?.professionals ?? "",
    revision: plan?.revision ?? 0,
    updatedAt: plan && plan.revision > 0 ? plan.updatedAt : null,
    suggestions: row.suggestionsFor.map((s) => ({
      id: s.id,
      section: SECTION_KEYS[s.section],
      body: s.body,
      therapistName: s.therapist.name,
      createdAt: s.createdAt,
    })),
  } satisfies TSafetyPlan;
}
