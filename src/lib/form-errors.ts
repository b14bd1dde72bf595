import type { z } from "zod";

/** Messages keyed by the name of the form field they belong to ("email", "body.fields.2.label"). */
export type TFieldErrors = Record<string, string[]>;

/**
 * Zod issues keyed by their whole path joined with "." ("body.fields.2.label"): the name of the
 * form field each belongs to, however deep. `under` places them below a key of a larger request
 * ("answers" → "answers.what_i_did"). Issues about the input as a whole name no field and are
 * left out (the sentence next to them says what to do).
 */
export function fieldErrorsOf(error: z.ZodError, under?: string): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    const path = [...(under === undefined ? [] : [under]), ...issue.path.map(String)];
    if (path.length === 0) continue;
    (out[path.join(".")] ??= []).push(issue.message);
  }
  return out;
}

export const NO_CONNECTION =
  "We couldn't reach the server. Check your internet connection, then try again.";

/**
 * Field errors and a sentence from a failed tRPC call (see the error formatter). Only an answer
 * from our server carries `data`; anything else (no connection, a dropped request) comes with the
 * browser's own words ("Failed to fetch"), which mean nothing to a person, so it gets ours.
 */
export function readServerError(
  error: unknown,
  unreachable = NO_CONNECTION,
): { message: string; fieldErrors: TFieldErrors } {
  const shape = error as { message?: string; data?: { fieldErrors?: TFieldErrors } } | null;
  if (!shape?.data) return { message: unreachable, fieldErrors: {} };
  return {
    message: shape.message || "Something went wrong. Please try again.",
    fieldErrors: shape.data.fieldErrors ?? {},
  };
}
