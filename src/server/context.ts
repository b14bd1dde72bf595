import "server-only";
import { actorFromHeaders } from "./auth/cookie";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import type { TActor } from "./auth/actor";
import type { TContext } from "./trpc";

/** Context without HTTP: what tests and server-side callers build directly. */
export function createInnerContext(actor: TActor | null, meta: TContext["meta"] = {}): TContext {
  return { actor, meta };
}

export async function createContextFromHeaders(headers: Headers): Promise<TContext> {
  return createInnerContext(await actorFromHeaders(headers), {
    ip: headers.get(CLIENT_ADDRESS_HEADER) ?? undefined,
    userAgent: headers.get("user-agent") ?? undefined,
  });
}
