import "server-only";
import { db, type Prisma } from "~/server/db";
import type { TCaseloadEntry } from "./schema";

const caseloadSelect = {
  createdAt: true,
  client: { select: { id: true, name: true, email: true } },
} satisfies Prisma.CareLinkSelect;

/** The therapist's clients with an ACTIVE care link, by name. */
export async function listCaseload(therapistId: string): Promise<TCaseloadEntry[]> {
  const links = await db.careLink.findMany({
    where: { therapistId, status: "ACTIVE" },
    select: caseloadSelect,
    orderBy: { client: { name: "asc" } },
  });
  return links.map((l) => ({
    clientId: l.client.id,
    name: l.client.name,
    email: l.client.email,
    linkedAt: l.createdAt,
  }));
}
