/**
 * What to tell the client when "Show more" fails. An answer from our server carries a plain
 * sentence (and field errors, such as a stale cursor's); anything else (no connection, a
 * dropped request) arrives as the browser's own words ("Failed to fetch"), which mean nothing
 * to a person, so it gets ours.
 */
export const UNREACHABLE =
  "We couldn't load more just now. Check your internet connection, then try again.";

export function loadFailureMessage(error: unknown): string {
  const answer = (error as { data?: { fieldErrors?: Record<string, string[] | undefined> } })?.data;
  if (!answer) return UNREACHABLE;
  const fieldError = Object.values(answer.fieldErrors ?? {}).flat()[0];
  const message = (error as { message?: string }).message;
  return fieldError ?? (message || UNREACHABLE);
}
