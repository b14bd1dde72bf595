import { z } from "zod";

// What the worksheet and ladder body schemas share: ids, number boxes, repeated-id checks.

/** A number box: an emptied one reads as NaN, which gets a plain message, not zod's default. */
export const numberInput = () => z.number({ error: "Enter a number." });

// Ids are stable slugs: answers are stored by id, so renaming a label never orphans them.
export const ZSlugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,39}$/,
    "Use 1-40 lowercase letters, numbers, hyphens or underscores, starting with a letter or number.",
  );

/** Issues for every repeated id, at the path of the later copy, so the form can point at it. */
export function addDuplicateIdIssues(
  items: readonly { id: string }[],
  ctx: z.RefinementCtx,
  listKey: string,
  message: string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [listKey, index, "id"], message });
    seen.add(item.id);
  });
}
