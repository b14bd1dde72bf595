import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "~/env";
import { recordCommittedEvent } from "~/server/audit";
import { CLIENT_ADDRESS_HEADER } from "~/server/client-address";
import { sessionCookieName } from "./cookie";
import { revokeSession } from "./sessions";
import { signInWithLink, signInWithPassword } from "./sign-in";

type Headers = Record<string, string | undefined>;
const clientIp = (headers: Headers) => headers[CLIENT_ADDRESS_HEADER] ?? "unknown";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Built per request, not at import: `next build` loads this module without any secrets. */
export function getAuthOptions(): NextAuthOptions {
  const secure = env.APP_URL.startsWith("https://");
  return {
    secret: env.AUTH_SECRET,
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 3600 },
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
          code: { type: "text" },
        },
        async authorize(credentials, req) {
          const headers = (req.headers ?? {}) as Headers;
          const result = await signInWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            code: credentials?.code || undefined,
            ip: clientIp(headers),
            userAgent: headers["user-agent"],
          });
          if (result.kind === "rate-limited") throw new Error("RateLimited");
          if (result.kind === "second-step") throw new Error("SecondStep");
          if (result.kind === "wrong-code") throw new Error("WrongCode");
          if (result.kind === "refused") return null;
          return { id: result.userId, sid: result.sessionId };
        },
      }),
      // The button on an emailed link's page (/l/[token]): a POST, so a mail scanner that only
      // opens links neither uses nor burns it.
      CredentialsProvider({
        id: "email-link",
        name: "Emailed link",
        credentials: { token: { type: "text" } },
        async authorize(credentials, req) {
          const headers = (req.headers ?? {}) as Headers;
          const result = await signInWithLink({
            token: credentials?.token ?? "",
            ip: clientIp(headers),
            userAgent: headers["user-agent"],
          });
          if (result.kind === "rate-limited") throw new Error("RateLimited");
          if (result.kind !== "signed-in") return null;
          return { id: result.userId, sid: result.sessionId };
        },
      }),
    ],
    callbacks: {
      // The cookie carries only the user and session ids; everything else is read per request.
      jwt({ token, user }) {
        if (user?.sid) return { sub: user.id, sid: user.sid };
        return token;
      },
      session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.sid) return;
        await revokeSession(token.sid);
        if (token.sub) {
          await recordCommittedEvent(
            { userId: token.sub },
            { action: "sign-out", entity: "session", entityId: token.sid },
          );
        }
      },
    },
  };
}
