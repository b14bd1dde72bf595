import { expect, test } from "vitest";
import { db } from "~/server/db";
import { BUILTIN_TEMPLATES } from "./builtins";
import { syncBuiltinTemplates } from "./mutations";

test("built-ins are written once, and re-versioned only when their content changes", async () => {
  expect(await syncBuiltinTemplates()).toEqual({ created: BUILTIN_TEMPLATES.length, updated: 0 });
  expect(await syncBuiltinTemplates()).toEqual({ created: 0, updated: 0 });
  expect(await db.template.count({ where: { ownerId: null } })).toBe(9);

  const ladder = await db.template.findUniqueOrThrow({ where: { builtinKey: "trust-ladder" } });
  await db.template.update({ where: { id: ladder.id }, data: { title: "An older title" } });
  expect(await syncBuiltinTemplates()).toEqual({ created: 0, updated: 1 });
  const after = await db.template.findUniqueOrThrow({ where: { id: ladder.id } });
  expect(after.title).toBe(BUILTIN_TEMPLATES[0]!.title);
  expect(after.version).toBe(ladder.version + 1);
});
