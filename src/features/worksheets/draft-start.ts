import type { TAnswers } from "./answer-rules";
import type { TStoredDraft } from "./draft-storage";

/*
 * A tab's unsent copy of the answers against the server's copy, when a worksheet page opens.
 * Only server revisions are compared, never device clocks.
 */

/** The same answers in both copies (order of keys aside). */
export function answersMatch(a: TAnswers, b: TAnswers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * A tab's copy split into answers to questions still on the worksheet and the text written for
 * questions the therapist has since removed: it can no longer be saved, so the page shows it
 * apart (ratings and choices of a removed question mean nothing without it and are dropped).
 */
export function splitByFields(
  answers: TAnswers,
  fieldIds: readonly string[],
): { kept: TAnswers; removedText: string[] } {
  const kept: TAnswers = {};
  const removedText: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (fieldIds.includes(id)) kept[id] = value;
    else if (typeof value === "string" && value.trim() !== "") removedText.push(value);
  }
  return { kept, removedText };
}

/**
 * What a freshly opened form shows. Unsent text that started from the server's current copy is
 * restored and sent; unsent text that started from an older copy (another tab or device saved
 * since) is shown next to the newer copy for the client to choose.
 */
export function startingPoint(
  stored: TStoredDraft | null,
  server: { answers: TAnswers; revision: number },
): { kind: "server" } | { kind: "restore" | "choose"; answers: TAnswers } {
  if (!stored || answersMatch(stored.answers, server.answers)) return { kind: "server" };
  return {
    kind: stored.baseRevision === server.revision ? "restore" : "choose",
    answers: stored.answers,
  };
}
