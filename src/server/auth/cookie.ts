import "server-only";
import { decode } from "next-auth/jwt";
import { env } from "~/env";
import type { TActor } from "./actor";
import { resolveSession } from "./sessions";

export const sessionCookieName = () =>
  env.APP_URL.startsWith("https://")
    ? "__Secure-next-auth.session-token"
    : "next-auth.session-token";

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) {
      return decodeURIComponent(part.slice(index + 1).trim());
    }
  }
  return undefined;
}

/** The acting user behind a session cookie, or null when the cookie is missing, forged or dead. */
export async function actorFromSessionToken(raw: string | undefined): Promise<TActor | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env.AUTH_SECRET }).catch(() => null);
  const sessionId = typeof token?.sid === "string" ? token.sid : null;
  return sessionId ? resolveSession(sessionId) : null;
}

export const actorFromHeaders = (headers: Headers) =>
  actorFromSessionToken(readCookie(headers.get("cookie"), sessionCookieName()));
