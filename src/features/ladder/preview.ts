import type { TLadderBody } from "~/features/templates/schema";
import { ladderState } from "./policy";
import type { TLadderResponse } from "./schema";

/**
 * A template's ladder as a client sees it on the day it is assigned: nothing done, the first
 * step current, the rest locked. For the template preview, which draws it with the client's own
 * ladder component.
 */
export function ladderPreview(template: {
  title: string;
  whyItHelps: string;
  body: TLadderBody;
}): TLadderResponse {
  const { steps, targetDistress, masteryStreak } = template.body;
  const state = ladderState({
    steps,
    attempts: [],
    masteredStepIds: [],
    targetDistress,
    masteryStreak,
  });
  return {
    assignmentId: "preview",
    title: template.title,
    instructions: "",
    whyItHelps: template.whyItHelps,
    clientId: "",
    clientName: "",
    status: "ACTIVE",
    targetDistress,
    masteryStreak,
    steps: state.steps.map((s, i) => ({
      ...s,
      description: steps[i]?.description ?? "",
      masteredBy: null,
    })),
    currentStepId: state.currentStepId,
    complete: state.complete,
    attempts: [],
  };
}
