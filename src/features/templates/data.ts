import "server-only";
import { db, type Prisma } from "~/server/db";
import { notFound } from "~/server/errors";
import { keyset } from "~/server/paging";
import { usableTemplateWhere } from "~/server/scope";
import {
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
  version: true,
  libraryOrder: true,
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

/**
 * The library: built-ins first in their code order, then the therapist's own templates by last
 * edit. The first key is a column (each built-in's place in the code's list, written when they
 * are synced; own templates all share the default after them) rather than a CASE over built-in
 * keys, so Prisma sorts and pages it like any other list, in one query.
 */
const libraryOrder = keyset([
  { field: "libraryOrder", type: "int", direction: "asc" },
  { field: "updatedAt", type: "date", direction: "desc" },
  { field: "id", type: "text", direction: "desc" },
]);

/** The templates this therapist may use (not archived), filtered, a page at a time. */
export async function listTemplates(
  therapistId: string,
  { kind, search, cursor, limit }: TListTemplatesRequest,
): Promise<TListTemplatesResponse> {
  const rows = await db.template.findMany({
    where: {
      AND: [
        usableTemplateWhere(therapistId),
        kind ? { kind } : {},
        search
          ? {
              OR: [
                { title: { contains: search, mode: "insensitive" } },
                { summary: { contains: search, mode: "insensitive" } },
              ],
            }
          : {},
        libraryOrder.after(cursor),
      ],
    },
    select: summarySelect,
    orderBy: libraryOrder.orderBy,
    take: limit + 1,
  });
  return libraryOrder.toPage(rows, limit, toSummary);
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
