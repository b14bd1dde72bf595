import { readServerError } from "~/lib/form-errors";

/** What to tell the client when "Show more" fails: a field error (a stale cursor) comes first. */
export const UNREACHABLE =
  "We couldn't load more just now. Check your internet connection, then try again.";

export function loadFailureMessage(error: unknown): string {
  const { message, fieldErrors } = readServerError(error, UNREACHABLE);
  return Object.values(fieldErrors).flat()[0] ?? message;
}
