import "server-only";
import type { TCursor } from "~/lib/cursor";
import { db, type Prisma } from "~/server/db";
import { keyset } from "~/server/paging";
import { activeLinkTo } from "~/server/scope";
import { CASELOAD_PAGE_SIZE, type TCaseload } from "./schema";

// id breaks ties between equal names, so a page boundary never skips or repeats anyone
const byName = keyset([
  { field: "name", type: "text", direction: "asc" },
  { field: "id", type: "text", direction: "asc" },
]);

/** The therapist's clients with an ACTIVE care link, by name, a page at a time. */
export async function listCaseload(
  therapistId: string,
  { cursor }: { cursor?: TCursor },
): Promise<TCaseload> {
  const rows = await db.user.findMany({
    where: { AND: [{ role: "CLIENT", ...activeLinkTo(therapistId) }, byName.after(cursor)] },
    select: {
      id: true,
      name: true,
      email: true,
      linksAsClient: { where: { therapistId }, select: { createdAt: true }, take: 1 },
    } satisfies Prisma.UserSelect,
    orderBy: byName.orderBy,
    take: CASELOAD_PAGE_SIZE + 1,
  });
  return byName.toPage(rows, CASELOAD_PAGE_SIZE, (u) => ({
    clientId: u.id,
    name: u.name,
    email: u.email,
    linkedAt: u.linksAsClient[0]!.createdAt,
  }));
}
