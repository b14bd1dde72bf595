import "server-only";
import { isDeepStrictEqual } from "node:util";
import { db } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { usableTemplateWhere } from "~/server/scope";
import { BUILTIN_TEMPLATES } from "./builtins";
import {
  ZCreateTemplateRequestSchema,
  ZUpdateTemplateRequestSchema,
  type TCreateTemplateRequest,
  type TTemplateKind,
  type TTemplateRef,
  type TUpdateTemplateRequest,
} from "./schema";

/**
 * Built-in templates live in code; each start writes them to the Template table (by `key`),
 * bumping `version` only when their text or body changed. Assignments keep their own frozen
 * copies, so rewording a built-in never reaches homework already given.
 */
export async function syncBuiltinTemplates(): Promise<{ created: number; updated: number }> {
  const existing = await db.template.findMany({
    where: { ownerId: null, builtinKey: { not: null } },
    select: {
      id: true,
      builtinKey: true,
      title: true,
      summary: true,
      whyItHelps: true,
      howToUse: true,
      body: true,
      kind: true,
      libraryOrder: true,
    },
  });
  const byKey = new Map(existing.map((t) => [t.builtinKey, t]));
  let created = 0;
  let updated = 0;
  for (const [libraryOrder, builtin] of BUILTIN_TEMPLATES.entries()) {
    const data = {
      kind: builtin.kind,
      title: builtin.title,
      summary: builtin.summary,
      whyItHelps: builtin.whyItHelps,
      howToUse: builtin.howToUse,
      body: builtin.body,
    };
    const current = byKey.get(builtin.key);
    if (!current) {
      await db.template.create({ data: { ...data, builtinKey: builtin.key, libraryOrder } });
      created++;
    } else if (
      !isDeepStrictEqual(
        { ...current, id: undefined, builtinKey: undefined, libraryOrder: undefined },
        { ...data, id: undefined, builtinKey: undefined, libraryOrder: undefined },
      )
    ) {
      await db.template.update({
        where: { id: current.id },
        data: { ...data, libraryOrder, version: { increment: 1 } },
      });
      updated++;
    } else if (current.libraryOrder !== libraryOrder) {
      // Moved in the code's list: the library follows; the content, and so the version, stay.
      await db.template.update({ where: { id: current.id }, data: { libraryOrder } });
    }
  }
  return { created, updated };
}

// ---- The therapist's own templates ------------------------------------------------------------

const BUILTIN_READ_ONLY = "Built-in templates can't be changed. Make your own copy to adapt it.";

/** Why a write on `id` matched nothing: a built-in (read-only), or not this therapist's. */
async function refusalFor(therapistId: string, id: string, kind?: TTemplateKind) {
  const found = await db.template.findFirst({
    where: { id, ...usableTemplateWhere(therapistId) },
    select: { ownerId: true, kind: true },
  });
  if (!found) return notFound("template");
  if (found.ownerId === null) return new AppError("FORBIDDEN", { userMessage: BUILTIN_READ_ONLY });
  if (kind && found.kind !== kind) {
    return new AppError("BAD_REQUEST", {
      userMessage: "A template's kind can't change. Create a new template instead.",
    });
  }
  return notFound("template");
}

export async function createTemplate(
  therapistId: string,
  request: TCreateTemplateRequest,
): Promise<TTemplateRef> {
  const input = ZCreateTemplateRequestSchema.parse(request);
  return db.template.create({
    data: { ...input, ownerId: therapistId },
    select: { id: true, version: true },
  });
}

/**
 * Saves a new version of an own template. Assignments hold their own frozen copy of the body,
 * so nothing already given to a client changes.
 */
export async function updateTemplate(
  therapistId: string,
  request: TUpdateTemplateRequest,
): Promise<TTemplateRef> {
  const { id, ...input } = ZUpdateTemplateRequestSchema.parse(request);
  // Ownership, kind and "not archived" sit in the same statement as the write.
  const { count } = await db.template.updateMany({
    where: { id, ownerId: therapistId, archivedAt: null, kind: input.kind },
    data: { ...input, version: { increment: 1 } },
  });
  if (count === 0) throw await refusalFor(therapistId, id, input.kind);
  const { version } = await db.template.findUniqueOrThrow({
    where: { id },
    select: { version: true },
  });
  return { id, version };
}

/** Hides an own template from the library; assignments made from it keep working. */
export async function archiveTemplate(therapistId: string, id: string): Promise<TTemplateRef> {
  const { count } = await db.template.updateMany({
    where: { id, ownerId: therapistId, archivedAt: null },
    data: { archivedAt: new Date() },
  });
  if (count === 0) throw await refusalFor(therapistId, id);
  const { version } = await db.template.findUniqueOrThrow({
    where: { id },
    select: { version: true },
  });
  return { id, version };
}

/** A new own template from a built-in or own one, to adapt freely. */
export async function duplicateTemplate(therapistId: string, id: string): Promise<TTemplateRef> {
  const source = await db.template.findFirst({
    where: { id, ...usableTemplateWhere(therapistId) },
    select: {
      kind: true,
      title: true,
      summary: true,
      whyItHelps: true,
      howToUse: true,
      body: true,
    },
  });
  if (!source) throw notFound("template");
  const suffix = " (my copy)";
  return db.template.create({
    data: {
      ...source,
      body: source.body ?? {},
      title: `${source.title.slice(0, 120 - suffix.length)}${suffix}`,
      ownerId: therapistId,
    },
    select: { id: true, version: true },
  });
}
