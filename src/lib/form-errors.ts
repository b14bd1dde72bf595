import { z } from "zod";

export type TFieldErrors = Record<string, string[] | undefined>;

/** Field errors from a local zod parse, shaped like the ones the server sends back. */
export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  return z.flattenError(error).fieldErrors as TFieldErrors;
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
