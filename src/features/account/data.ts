import "server-only";
import { db } from "~/server/db";
import { notFound } from "~/server/errors";
import type { TMeResponse } from "./schema";

export async function getAccount(userId: string): Promise<TMeResponse> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, timeZone: true },
  });
  if (!user) throw notFound("account");
  return user;
}
