import { withSessionStorage } from "~/lib/session-storage";
import type { TAnswers } from "./answers";

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

const DRAFT_PREFIX = "worksheet-draft:";
const SUBMIT_KEY_PREFIX = "worksheet-submit-key:";
const draftKey = ({ userId, occurrenceId }: TWorksheetRef) =>
  `${DRAFT_PREFIX}${userId}:${occurrenceId}`;
const submitKeyKey = ({ userId, occurrenceId }: TWorksheetRef) =>
  `${SUBMIT_KEY_PREFIX}${userId}:${occurrenceId}`;

export function readStoredDraft(ref: TWorksheetRef): TStoredDraft | null {
  const raw = withSessionStorage((s) => s.getItem(draftKey(ref)));
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
  withSessionStorage((s) => s.setItem(draftKey(ref), JSON.stringify(draft)));

export const removeStoredDraft = (ref: TWorksheetRef) =>
  withSessionStorage((s) => s.removeItem(draftKey(ref)));

// Where storage is blocked the key lives as long as the page: a double click still sends one key.
const keysInMemory = new Map<string, string>();

/** One key per worksheet until it is submitted, so a retry after a lost answer reuses it. */
export function submitKeyFor(ref: TWorksheetRef): string {
  const name = submitKeyKey(ref);
  const key =
    keysInMemory.get(name) ?? withSessionStorage((s) => s.getItem(name)) ?? crypto.randomUUID();
  keysInMemory.set(name, key);
  withSessionStorage((s) => s.setItem(name, key));
  return key;
}

export function forgetWorksheet(ref: TWorksheetRef) {
  keysInMemory.delete(submitKeyKey(ref));
  withSessionStorage((s) => {
    s.removeItem(draftKey(ref));
    s.removeItem(submitKeyKey(ref));
  });
}

/** A page opened by `userId`: worksheet copies and keys anyone else left in this tab go. */
export function forgetOthersWorksheets(userId: string) {
  const own = [`${DRAFT_PREFIX}${userId}:`, `${SUBMIT_KEY_PREFIX}${userId}:`];
  const isOthers = (key: string) =>
    (key.startsWith(DRAFT_PREFIX) || key.startsWith(SUBMIT_KEY_PREFIX)) &&
    !own.some((prefix) => key.startsWith(prefix));
  for (const key of keysInMemory.keys()) if (isOthers(key)) keysInMemory.delete(key);
  withSessionStorage((s) => {
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i));
    for (const key of keys) if (key && isOthers(key)) s.removeItem(key);
  });
}

/** Signing out: this tab keeps nothing of anyone's answers. */
export function clearStoredWorksheets() {
  keysInMemory.clear();
  withSessionStorage((s) => s.clear());
}
