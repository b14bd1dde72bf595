import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createContextFromHeaders } from "~/server/context";
import { createCaller } from "~/server/root";

/** One context per request, shared by the page's guard and every server-side call. */
export const getRequestContext = cache(async () => createContextFromHeaders(await headers()));

/** tRPC for server components: the same procedures (and checks) the browser goes through. */
export const getServerApi = cache(async () => createCaller(await getRequestContext()));
