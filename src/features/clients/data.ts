import "server-only";
import { db, type Prisma } from "~/server/db";
import { activeLinkTo } from "~/server/scope";
import { CASELOAD_PAGE_SIZE, type TCaseload } from "./schema";

/** The therapist's clients with an ACTIVE care link, by name, a page at a time. */
export async function listCaseload(
  therapistId: string,
  { cursor }: { cursor?: string },
): Promise<TCaseload> {
  const rows = await db.user.findMany({
    where: { role: "CLIENT", ...activeLinkTo(therapistId) },
    select: {
      id: true,
      name: true,
      email: true,
      linksAsClient: { where: { therapistId }, select: { createdAt: true }, take: 1 },
    } satisfies Prisma.UserSelect,
    // id breaks ties between equal names, so a page boundary never skips or repeats anyone
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CASELOAD_PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, CASELOAD_PAGE_SIZE);
  return {
    items: page.map((u) => ({
      clientId: u.id,
      name: u.name,
      email: u.email,
      linkedAt: u.linksAsClient[0]!.createdAt,
    })),
    nextCursor: rows.length > CASELOAD_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
