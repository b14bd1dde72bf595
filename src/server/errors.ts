import "server-only";

/**
 * Domain errors. Feature code throws these; only the tRPC layer (src/server/trpc.ts) and pages
 * translate them. `userMessage` is shown to the person as is: plain, no private data.
 */
export type AppErrorCode =
  "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

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

export const notFound = (what: string) =>
  new AppError("NOT_FOUND", { userMessage: `This ${what} does not exist or is not yours to see.` });
