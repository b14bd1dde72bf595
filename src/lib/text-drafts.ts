import { readTabDraft, removeTabDraft, writeTabDraft } from "./tab-drafts";

/*
 * A short form's unsent text (a ladder attempt, the safety plan), kept in this tab's
 * sessionStorage under a tab-draft key (./tab-drafts): a reload, a wander to another page or an
 * ended session loses nothing, and sending it forgets it.
 */

export type TTextDraft = Record<string, string>;

export function readTextDraft(key: string): TTextDraft | null {
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
export function writeTextDraft(key: string, values: TTextDraft) {
  const kept = Object.entries(values).filter(([, v]) => v.trim() !== "");
  if (kept.length > 0) writeTabDraft(key, JSON.stringify(Object.fromEntries(kept)));
  else removeTabDraft(key);
}

export const forgetTextDraft = removeTabDraft;
