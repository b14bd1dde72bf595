import "server-only";
import { readCursor } from "~/lib/paging";
import { getServerApi, orNotFound } from "~/trpc/server";
import type { TLadderResponse, TStepAttemptsResponse } from "./schema";

/** The ladder through the same procedure the browser uses; someone else's is a plain 404. */
export async function loadLadderForPage(assignmentId: string): Promise<TLadderResponse> {
  return orNotFound((await getServerApi()).ladder.get({ assignmentId }));
}

export type TStepPageProps = {
  params: Promise<{ assignmentId: string; stepId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export type TStepPageAt = Awaited<ReturnType<typeof readStepPage>>;

/** A step history page's place under one role's ladders (`/portal/ladders`), and its cursor. */
export async function readStepPage({ params, searchParams }: TStepPageProps, ladders: string) {
  const { assignmentId, stepId } = await params;
  const cursor = readCursor((await searchParams).cursor);
  const ladderPath = `${ladders}/${encodeURIComponent(assignmentId)}`;
  const path = `${ladderPath}/steps/${encodeURIComponent(stepId)}`;
  return { assignmentId, stepId, cursor, ladderPath, path };
}

/** One page of a step's attempts, like loadLadderForPage: someone else's is a plain 404. */
export async function loadStepAttemptsForPage({
  assignmentId,
  stepId,
  cursor,
}: TStepPageAt): Promise<TStepAttemptsResponse> {
  return orNotFound((await getServerApi()).ladder.stepAttempts({ assignmentId, stepId, cursor }));
}
