/**
 * Where a ladder form's unsent text is kept in this tab (lib/text-drafts): keyed by the
 * signed-in person, so someone signing in next in the same tab never sees it.
 */

import { tabDraftKey } from "~/lib/tab-drafts";

export type TLadderDraftPlace = { userId: string; assignmentId: string } & (
  | { stepId: string } // a new attempt on a step
  | { attemptId: string } // how an open attempt went
  | { stoppingId: string } // the note on an open attempt the client stopped
);

export function ladderDraftKey(place: TLadderDraftPlace): string {
  const what =
    "stepId" in place
      ? ["step", place.stepId]
      : "stoppingId" in place
        ? ["stop", place.stoppingId]
        : ["attempt", place.attemptId];
  return tabDraftKey("ladder", place.userId, place.assignmentId, ...what);
}
