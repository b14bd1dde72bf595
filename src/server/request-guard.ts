import "server-only";

/**
 * Refuses cross-site use of /api/trpc before any procedure runs: mutations (POST) must be JSON
 * and, when the browser says where they come from, come from this app's own origin.
 * Returns a Response to send instead, or null to go on.
 */
export function refuseCrossSite(req: Request, appUrl: string): Response | null {
  if (req.method === "GET" || req.method === "HEAD") {
    return req.headers.get("sec-fetch-site") === "cross-site"
      ? refusedWith(403, "Cross-site request refused.")
      : null;
  }
  if (req.method !== "POST") return refusedWith(405, "Method not allowed.");
  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    return refusedWith(415, "Requests must be JSON.");
  }
  const origin = req.headers.get("origin");
  if (origin !== null && !ownOrigins(req, appUrl).has(origin)) {
    return refusedWith(403, "Cross-site request refused.");
  }
  if (req.headers.get("sec-fetch-site") === "cross-site")
    return refusedWith(403, "Cross-site request refused.");
  return null;
}

function ownOrigins(req: Request, appUrl: string): Set<string> {
  const origins = new Set([new URL(appUrl).origin]);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (host) {
    const proto =
      req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
    origins.add(`${proto}://${host}`);
  }
  return origins;
}

const refusedWith = (status: number, message: string) =>
  Response.json({ error: { message } }, { status });
