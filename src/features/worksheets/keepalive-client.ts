import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "~/server/root";

/** For the last save as a page goes away: a `keepalive` request outlives the page that sent it. */
export const createKeepaliveClient = () =>
  createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "/api/trpc",
        transformer: superjson,
        fetch: (url, init) => fetch(url, { ...init, keepalive: true }),
      }),
    ],
  });
