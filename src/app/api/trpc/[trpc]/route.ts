import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "~/env";
import { createContextFromHeaders } from "~/server/context";
import { logger } from "~/server/logger";
import { refuseCrossSite, withBodyLimit } from "~/server/request-guard";
import { appRouter } from "~/server/root";

const MAX_BATCH_SIZE = 10;

async function handler(incoming: Request) {
  const refusal = refuseCrossSite(incoming, env.APP_URL);
  if (refusal) return refusal;
  const limited = await withBodyLimit(incoming);
  if ("refusal" in limited) return limited.refusal;
  const req = limited.request;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContextFromHeaders(req.headers),
    // Answers hold people's private words: no browser or proxy keeps a copy.
    responseMeta: () => ({ headers: new Headers({ "Cache-Control": "no-store" }) }),
    onError({ error, path, type }) {
      // Log the failure, never the input: inputs hold clients' private words.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error("trpc procedure failed", { path, type, error: error.cause ?? error });
      }
    },
  });
}

export { handler as GET, handler as POST };
