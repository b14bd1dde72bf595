import "server-only";
import { ZodError } from "zod";
import { fieldErrorsOf } from "~/lib/form-errors";

/**
 * Domain errors. Feature code throws these; only the tRPC layer (src/server/trpc.ts) and pages
 * translate them. `userMessage` is shown to the person as is: plain, no private data.
 */
export type AppErrorCode =
  "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

/** Messages keyed by the full path of the request field they are about ("body.fields.2.label"). */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: FieldErrors;

  constructor(code: AppErrorCode, options: { userMessage: string; fieldErrors?: FieldErrors }) {
    super(options.userMessage);
    this.code = code;
    this.userMessage = options.userMessage;
    this.fieldErrors = options.fieldErrors;
  }
}

/** A client's action that would reach a therapist whose access has ended (or who archived them). */
export const careEnded = () =>
  new AppError("CONFLICT", {
    userMessage:
      "This therapist no longer has access to your homework, so nothing more reaches them. What you wrote stays yours.",
  });

export const notFound = (what: string) =>
  new AppError("NOT_FOUND", { userMessage: `This ${what} does not exist or is not yours to see.` });

/**
 * The field errors a refusal sends to the form: a refused input's zod issues, each at its full
 * path (so a builder's "body.fields.2.label" reaches its input), or the AppError's own.
 */
export function fieldErrorsFor(cause: unknown): FieldErrors | undefined {
  if (cause instanceof ZodError) return fieldErrorsOf(cause);
  if (cause instanceof AppError) return cause.fieldErrors;
  return undefined;
}
