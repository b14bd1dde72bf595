import {
  forgetOthersDrafts,
  readTabDraft,
  removeTabDraft,
  tabDraftKey,
  writeTabDraft,
} from "~/lib/tab-drafts";
import type { TAnswers } from "./answer-rules";

/*
 * A worksheet's unsent answers and its submit key, kept in this tab (sessionStorage: gone when the
 * tab closes, cleared on submit and sign-out; never localStorage, never the URL). Every entry
 * names the person it belongs to: after a session expired, whoever signs in next in this tab
 * must not see the last person's words.
 */

/** One person's copy of one worksheet. */
export type TWorksheetRef = { userId: string; occurrenceId: string };
/** Unsent answers and the server revision they started from (0: there was no server copy). */
export type TStoredDraft = { answers: TAnswers; baseRevision: number };

const ANSWERS = "worksheet";
const SUBMIT_KEY = "worksheet-submit-key";
const draftKey = ({ userId, occurrenceId }: TWorksheetRef) =>
  tabDraftKey(ANSWERS, userId, occurrenceId);
const submitKeyKey = ({ userId, occurrenceId }: TWorksheetRef) =>
  tabDraftKey(SUBMIT_KEY, userId, occurrenceId);

export function readStoredDraft(ref: TWorksheetRef): TStoredDraft | null {
  const raw = readTabDraft(draftKey(ref));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<TStoredDraft>;
    return parsed.answers && typeof parsed.baseRevision === "number"
      ? { answers: parsed.answers, baseRevision: parsed.baseRevision }
      : null;
  } catch {
    return null;
  }
}

export const writeStoredDraft = (ref: TWorksheetRef, draft: TStoredDraft) =>
  writeTabDraft(draftKey(ref), JSON.stringify(draft));

export const removeStoredDraft = (ref: TWorksheetRef) => removeTabDraft(draftKey(ref));

// Where storage is blocked the key lives as long as the page: a double click still sends one key.
const keysInMemory = new Map<string, string>();

/** One key per worksheet until it is submitted, so a retry after a lost answer reuses it. */
export function submitKeyFor(ref: TWorksheetRef): string {
  const name = submitKeyKey(ref);
  const key = keysInMemory.get(name) ?? readTabDraft(name) ?? crypto.randomUUID();
  keysInMemory.set(name, key);
  writeTabDraft(name, key);
  return key;
}

export function forgetWorksheet(ref: TWorksheetRef) {
  keysInMemory.delete(submitKeyKey(ref));
  removeTabDraft(draftKey(ref));
  removeTabDraft(submitKeyKey(ref));
}

/**
 * A page opened by `userId`: worksheet copies and keys anyone else left in this tab go (the
 * frame of every signed-in page does this for stored drafts; these are also kept in memory).
 */
export function forgetOthersWorksheets(userId: string) {
  forgetOthersDrafts(userId);
  const ownKey = tabDraftKey(SUBMIT_KEY, userId, "");
  for (const key of keysInMemory.keys()) if (!key.startsWith(ownKey)) keysInMemory.delete(key);
}
