/**
 * What the client has typed into a ladder form and not yet sent, kept in this tab's
 * sessionStorage (gone with the tab, cleared on sending and on sign-out; never localStorage,
 * never the URL), so a reload, a wander to another page or an ended session loses nothing.
 * Keyed by the signed-in person, so someone signing in next in the same tab never sees it.
 */

import { readTabDraft, removeTabDraft, tabDraftKey, writeTabDraft } from "~/lib/tab-drafts";

type TLadderDraftValues = Record<string, string>;
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

export function readLadderDraft(key: string): TLadderDraftValues | null {
  const raw = readTabDraft(key);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    const values = Object.entries(parsed).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    );
    return values.length > 0 ? Object.fromEntries(values) : null;
  } catch {
    return null;
  }
}

/** Keeps the non-empty values; with none left, nothing is kept. */
export function writeLadderDraft(key: string, values: TLadderDraftValues) {
  const kept = Object.entries(values).filter(([, v]) => v.trim() !== "");
  if (kept.length > 0) writeTabDraft(key, JSON.stringify(Object.fromEntries(kept)));
  else removeTabDraft(key);
}

export const forgetLadderDraft = removeTabDraft;
