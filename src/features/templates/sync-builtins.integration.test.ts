import { expect, test } from "vitest";
import { db } from "~/server/db";
import { BUILTIN_TEMPLATES } from "./builtins";
import { syncBuiltinTemplates } from "./mutations";

test("built-ins are written once, and re-versioned only when their content changes", async () => {
  expect(await syncBuiltinTemplates()).toEqual({ created: BUILTIN_TEMPLATES.length, updated: 0 });
  expect(await syncBuiltinTemplates()).toEqual({ created: 0, updated: 0 });
  expect(await db.template.count({ where: { ownerId: null } })).toBe(BUILTIN_TEMPLATES.length);

  const ladder = await db.template.findUniqueOrThrow({ where: { builtinKey: "trust-ladder" } });
  await db.template.update({ where: { id: ladder.id }, data: { title: "An older title" } });
  expect(await syncBuiltinTemplates()).toEqual({ created: 0, updated: 1 });
  const after = await db.template.findUniqueOrThrow({ where: { id: ladder.id } });
  expect(after.title).toBe(BUILTIN_TEMPLATES[0]!.title);
  expect(after.version).toBe(ladder.version + 1);
});

test("built-ins keep their place in the code's list, which the library shows them in", async () => {
  await syncBuiltinTemplates();
  const ladder = await db.template.findUniqueOrThrow({ where: { builtinKey: "trust-ladder" } });
  // As if the code's list had changed since the last start.
  await db.template.update({ where: { id: ladder.id }, data: { libraryOrder: 99 } });
  expect(await syncBuiltinTemplates()).toEqual({ created: 0, updated: 0 });

  const builtins = await db.template.findMany({
    where: { ownerId: null },
    orderBy: { libraryOrder: "asc" },
    select: { builtinKey: true, libraryOrder: true, version: true },
  });
  expect(builtins.map((t) => t.builtinKey)).toEqual(BUILTIN_TEMPLATES.map((t) => t.key));
  expect(builtins.map((t) => t.libraryOrder)).toEqual(BUILTIN_TEMPLATES.map((_, i) => i));
  expect(builtins[0]!.version).toBe(ladder.version);
});
