import "server-only";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { usableTemplateWhere } from "~/server/scope";
import { BUILTIN_TEMPLATES } from "./builtins";
import {
  ZListTemplatesRequestSchema,
  ZTemplateContentSchema,
  type TListTemplatesRequest,
  type TListTemplatesResponse,
  type TTemplateDetail,
  type TTemplateSummary,
} from "./schema";

const summarySelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  ownerId: true,
  builtinKey: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.TemplateSelect;

type TSummaryRow = Prisma.TemplateGetPayload<{ select: typeof summarySelect }>;

const toSummary = (row: TSummaryRow): TTemplateSummary => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  summary: row.summary,
  isBuiltin: row.ownerId === null,
  version: row.version,
  updatedAt: row.updatedAt,
});

const builtinOrder = new Map(BUILTIN_TEMPLATES.map((t, index) => [t.key, index]));
const orderOf = (row: TSummaryRow) =>
  builtinOrder.get(row.builtinKey ?? "") ?? BUILTIN_TEMPLATES.length;

type TPosition = { builtinAfter: number } | { own: { updatedAt: Date; id: string } };

function decodeCursor(cursor: string | undefined): TPosition {
  if (!cursor) return { builtinAfter: -1 };
  const [part, a, b] = cursor.split(":");
  if (part === "b") return { builtinAfter: Number(a) };
  return { own: { updatedAt: new Date(Number(a)), id: b! } };
}

/**
 * The library: built-ins first in their code order, then the therapist's own (not archived) by
 * last edit. Built-ins are at most a handful, so they are read in one bounded query; own
 * templates are paged by (updatedAt, id).
 */
export async function listTemplates(
  therapistId: string,
  request: TListTemplatesRequest,
): Promise<TListTemplatesResponse> {
  const { kind, search, cursor, limit } = ZListTemplatesRequestSchema.parse(request);
  const filter: Prisma.TemplateWhereInput = {
    ...usableTemplateWhere(therapistId),
    ...(kind ? { kind } : {}),
    ...(search
      ? {
          AND: [
            {
              OR: [
                { title: { contains: search, mode: "insensitive" } },
                { summary: { contains: search, mode: "insensitive" } },
              ],
            },
          ],
        }
      : {}),
  };
  const position = decodeCursor(cursor);
  const items: TTemplateSummary[] = [];

  if ("builtinAfter" in position) {
    const builtins = await db.template.findMany({
      where: { AND: [filter, { ownerId: null }] },
      select: summarySelect,
      take: BUILTIN_TEMPLATES.length + 20,
    });
    const ordered = builtins
      .filter((row) => orderOf(row) > position.builtinAfter)
      .sort((x, y) => orderOf(x) - orderOf(y));
    const page = ordered.slice(0, limit);
    items.push(...page.map(toSummary));
    if (ordered.length > limit) {
      return { items, nextCursor: `b:${orderOf(page[page.length - 1]!)}` };
    }
  }

  const room = limit - items.length;
  if (room === 0) {
    const more = await db.template.count({ where: { AND: [filter, { ownerId: therapistId }] } });
    return { items, nextCursor: more ? `b:${BUILTIN_TEMPLATES.length}` : null };
  }
  const after = "own" in position ? position.own : undefined;
  const own = await db.template.findMany({
    where: {
      AND: [
        filter,
        { ownerId: therapistId },
        after
          ? {
              OR: [
                { updatedAt: { lt: after.updatedAt } },
                { updatedAt: after.updatedAt, id: { lt: after.id } },
              ],
            }
          : {},
      ],
    },
    select: summarySelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: room + 1,
  });
  const page = own.slice(0, room);
  items.push(...page.map(toSummary));
  const last = page[page.length - 1];
  return {
    items,
    nextCursor: own.length > room && last ? `o:${last.updatedAt.getTime()}:${last.id}` : null,
  };
}

/** One usable template (built-in or own, not archived) with its body, for preview and editing. */
export async function getTemplate(therapistId: string, id: string): Promise<TTemplateDetail> {
  const row = await db.template.findFirst({
    where: { id, ...usableTemplateWhere(therapistId) },
    select: { ...summarySelect, whyItHelps: true, howToUse: true, body: true },
  });
  if (!row) throw notFound("template");
  const content = ZTemplateContentSchema.parse({ kind: row.kind, body: row.body });
  return {
    ...toSummary(row),
    whyItHelps: row.whyItHelps,
    howToUse: row.howToUse,
    ...content,
  };
}
