import { TRPCError } from "@trpc/server";

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
