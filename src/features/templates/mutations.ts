import "server-only";
import { isDeepStrictEqual } from "node:util";
import { db } from "~/server/db";
import { BUILTIN_TEMPLATES } from "./builtins";

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
    },
  });
  const byKey = new Map(existing.map((t) => [t.builtinKey, t]));
  let created = 0;
  let updated = 0;
  for (const builtin of BUILTIN_TEMPLATES) {
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
      await db.template.create({ data: { ...data, builtinKey: builtin.key } });
      created++;
    } else if (
      !isDeepStrictEqual(
        { ...current, id: undefined, builtinKey: undefined },
        { ...data, id: undefined, builtinKey: undefined },
      )
    ) {
      await db.template.update({
        where: { id: current.id },
        data: { ...data, version: { increment: 1 } },
      });
      updated++;
    }
  }
  return { created, updated };
}
