import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { createContextFromHeaders } from "~/server/context";
import { createCaller } from "~/server/root";

/** One context per request, shared by the page's guard and every server-side call. */
export const getRequestContext = cache(async () => createContextFromHeaders(await headers()));

/** tRPC for server components: the same procedures (and checks) the browser goes through. */
export const getServerApi = cache(async () => createCaller(await getRequestContext()));

/** A page's main read: what does not exist, or is not this person's to see, is a plain 404. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}
