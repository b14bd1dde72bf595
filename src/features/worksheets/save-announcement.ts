import { isSaveFailure, type TSaveFailure, type TSaveStatus } from "./draft-sync";

export type TAnnouncement = TSaveFailure | "saved";

/**
 * What a screen reader is told about autosave, given what it was last told. Every pause saves,
 * so "Saving…" and "Saved" are not news; a failure is, and so is "saved" once one is behind.
 * The same failure again (each retry) keeps the same words, so it is not repeated.
 */
export function nextAnnouncement(
  announced: TAnnouncement | null,
  status: TSaveStatus,
): TAnnouncement | null {
  if (isSaveFailure(status)) return status;
  if (status === "saved" && isSaveFailure(announced)) return "saved";
  return announced;
}
