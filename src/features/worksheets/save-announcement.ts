import type { TSaveFailure, TSaveStatus } from "./draft-sync";

export type TAnnouncement = TSaveFailure | "saved";

const FAILURES: readonly TSaveStatus[] = [
  "offline",
  "retrying",
  "invalid",
  "conflict",
  "signed-out",
  "refused",
] satisfies TSaveFailure[];
const isFailure = (s: TSaveStatus | null): s is TSaveFailure => s !== null && FAILURES.includes(s);

/**
 * What a screen reader is told about autosave, given what it was last told. Every pause saves,
 * so "Saving…" and "Saved" are not news; a failure is, and so is "saved" once one is behind.
 * The same failure again (each retry) keeps the same words, so it is not repeated.
 */
export function nextAnnouncement(
  announced: TAnnouncement | null,
  status: TSaveStatus,
): TAnnouncement | null {
  if (isFailure(status)) return status;
  if (status === "saved" && isFailure(announced)) return "saved";
  return announced;
}
