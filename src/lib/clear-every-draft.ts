import { removeTabDraft, tabDraftKeys } from "./tab-drafts";

/*
 * Signing out of a shared computer must leave nothing of anyone's words in the tab. First the
 * editors open in this tab send what is unsent while the session still holds (sendEveryDraft);
 * then every draft this tab keeps goes, of every kind, and the open editors stop writing them
 * back (clearEveryDraft).
 */

type TOpenEditor = {
  /** Sends what is unsent; resolves once the server has answered. */
  send: () => Promise<void>;
  /** Nothing more goes out, and nothing is written back to the tab. */
  stop: () => void;
};

const open = new Set<TOpenEditor>();

/** An editor that keeps drafts, until the returned function is called (it was closed). */
export function trackOpenEditor(editor: TOpenEditor): () => void {
  open.add(editor);
  return () => void open.delete(editor);
}

export async function sendEveryDraft(): Promise<void> {
  await Promise.all([...open].map((editor) => editor.send()));
}

export function clearEveryDraft(): void {
  for (const editor of open) editor.stop();
  open.clear();
  for (const key of tabDraftKeys()) removeTabDraft(key);
}
