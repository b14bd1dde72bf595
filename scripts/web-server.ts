/**
 * The web server the launcher (scripts/start.ts) runs in a child process: Next's request handler
 * behind a plain node:http server, so that the client address the app sees comes from the socket
 * (or from X-Forwarded-For only through TRUSTED_PROXY_HOPS proxies), never from a header a client
 * chose. `next start` keeps a client's own X-Forwarded-For, which is why this exists.
 */
import { createServer } from "node:http";
import next from "next";
import { readLaunchEnv } from "../src/env";
import { withClientAddress } from "../src/server/client-address";

async function main() {
  const dev = process.argv.includes("--dev");
  const { PORT, TRUSTED_PROXY_HOPS } = readLaunchEnv();
  const app = next({ dev, port: PORT });
  await app.prepare();
  const server = createServer(withClientAddress(app.getRequestHandler(), TRUSTED_PROXY_HOPS));
  server.listen(PORT);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests in flight get a few seconds; a held-open connection does not keep the stop waiting.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error("[web] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
