import { TRPCError } from "@trpc/server";
import { fieldErrorsFor } from "~/server/errors";

/** "ok", or the tRPC error code a call ended with; anything else is a real failure. */
export async function codeOf(call: Promise<unknown>): Promise<"ok" | TRPCError["code"]> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The field errors the error formatter sends to the browser for a call that was refused. */
export async function sentFieldErrors(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error("the call was not refused");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  return fieldErrorsFor(error.cause);
}
