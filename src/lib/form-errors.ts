import { z } from "zod";

export type TFieldErrors = Record<string, string[] | undefined>;

/** Field errors from a local zod parse, shaped like the ones the server sends back. */
export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  return z.flattenError(error).fieldErrors as TFieldErrors;
}

/** Field errors and a sentence from a failed tRPC call (see the error formatter). */
export function readServerError(error: unknown): { message: string; fieldErrors: TFieldErrors } {
  const shape = error as { message?: string; data?: { fieldErrors?: TFieldErrors } } | null;
  return {
    message: shape?.message || "Something went wrong. Please try again.",
    fieldErrors: shape?.data?.fieldErrors ?? {},
  };
}
