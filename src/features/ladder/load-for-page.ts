import "server-only";
import { getServerApi, orNotFound } from "~/trpc/server";
import type { TLadderResponse } from "./schema";

/** The ladder through the same procedure the browser uses; someone else's is a plain 404. */
export async function loadLadderForPage(assignmentId: string): Promise<TLadderResponse> {
  return orNotFound((await getServerApi()).ladder.get({ assignmentId }));
}
