import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getServerApi } from "~/trpc/server";
import type { TLadderResponse } from "./schema";

/** The ladder through the same procedure the browser uses; someone else's is a plain 404. */
export async function loadLadderForPage(assignmentId: string): Promise<TLadderResponse> {
  try {
    return await (await getServerApi()).ladder.get({ assignmentId });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}
