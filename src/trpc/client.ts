import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "~/server/root";

/**
 * tRPC for the browser's islands: the same endpoint, procedures and checks as server components,
 * without a query cache. Pages read on the server; islands only send changes and page lists on.
 */
export const api = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 10 })],
});
