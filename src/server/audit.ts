import "server-only";
import type { TRole } from "./auth/access";
import { db } from "./db";
import { logger } from "./logger";

/**
 * The audit log (AuditEvent, append-only in the database): who did or opened what, when and from
 * where, never what anyone wrote.
 */
export type TAuditActor = { userId: string; role?: TRole | null };
export type TAuditEvent = {
  action: string;
  entity: string;
  entityId: string;
  /** The client whose record it is, when known. */
  clientId?: string | null;
};
export type TAuditMeta = { ip?: string; userAgent?: string };

export async function recordEvent(
  actor: TAuditActor | null,
  event: TAuditEvent,
  meta: TAuditMeta = {},
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      clientId: event.clientId ?? null,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
}

/**
 * For a change that has already committed: a failure to record it is logged loudly rather than
 * turned into an error the person would retry (and so make the change twice).
 */
export async function recordCommittedEvent(
  actor: TAuditActor | null,
  event: TAuditEvent,
  meta: TAuditMeta = {},
): Promise<void> {
  try {
    await recordEvent(actor, event, meta);
  } catch (error) {
    logger.error("audit event not recorded", { action: event.action, entity: event.entity, error });
  }
}

// The record a mutation is about: the first of these its input (or, for a creation, its result)
// names. Order matters: feedback on a submission names both, and is about the feedback.
const RECORD_KEYS = [
  "feedbackId",
  "submissionId",
  "attemptId",
  "occurrenceId",
  "assignmentId",
  "flagId",
  "suggestionId",
  "invitationId",
  "templateId",
  "clientId",
] as const;

export function recordNamedBy(...sources: unknown[]): { entity: string; entityId: string } | null {
  const objects = sources.filter(isObject);
  // Top-level ids first, then one level down ({ target: { submissionId } }).
  for (const level of [objects, objects.flatMap((o) => Object.values(o).filter(isObject))]) {
    for (const source of level) {
      for (const key of RECORD_KEYS) {
        const value = source[key];
        if (typeof value === "string") return { entity: key.slice(0, -2), entityId: value };
      }
    }
  }
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
