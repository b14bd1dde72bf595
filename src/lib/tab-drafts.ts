import { withSessionStorage } from "./session-storage";

/*
 * Words a person typed and has not sent yet (worksheet answers, ladder forms), and the keys that
 * make sending them again safe, kept in this tab's sessionStorage: gone with the tab, never
 * localStorage, never the URL. Every key starts with one prefix, whatever kind of draft it
 * holds, so clearEveryDraft (./clear-every-draft) reaches all of them, including kinds whose code
 * the page being left never loaded.
 */

const PREFIX = "draft:";

/** `draft:<kind>:<part>:<part>…`: the kind ("worksheet", "ladder") and whose draft of what. */
export const tabDraftKey = (kind: string, ...parts: string[]) =>
  `${PREFIX}${kind}:${parts.join(":")}`;

export const readTabDraft = (key: string): string | null =>
  withSessionStorage((s) => s.getItem(key)) ?? null;

export const writeTabDraft = (key: string, value: string) =>
  withSessionStorage((s) => s.setItem(key, value));

export const removeTabDraft = (key: string) => withSessionStorage((s) => s.removeItem(key));

/**
 * Every draft in this tab that is not `userId`'s goes: a tab can still hold the words of whoever
 * used it before (their session expired while idle, then someone else signed in).
 */
export function forgetOthersDrafts(userId: string) {
  for (const key of tabDraftKeys()) {
    const owner = key.slice(PREFIX.length).split(":")[1];
    if (owner !== userId) removeTabDraft(key);
  }
}

/** The keys of every draft in this tab, or of one kind. */
export function tabDraftKeys(kind?: string): string[] {
  const start = kind === undefined ? PREFIX : tabDraftKey(kind);
  return (
    withSessionStorage((s) =>
      Array.from({ length: s.length }, (_, i) => s.key(i)).filter(
        (key): key is string => key !== null && key.startsWith(start),
      ),
    ) ?? []
  );
}
