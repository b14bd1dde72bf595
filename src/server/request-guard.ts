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

/** The largest request body /api/trpc reads: a long worksheet is a few hundred kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a POST body up to `max` bytes before any procedure runs: a larger one is refused with a
 * plain 413, whether it announces its length or streams without one. Returns the request with
 * its body read (to hand on), or the refusal.
 */
export async function withBodyLimit(
  req: Request,
  max = MAX_BODY_BYTES,
): Promise<{ request: Request } | { refusal: Response }> {
  if (req.method !== "POST" || !req.body) return { request: req };
  const tooLarge = () => ({
    refusal: refusedWith(
      413,
      "This is more than the app accepts at once. Shorten it and try again.",
    ),
  });
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > max) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { request: new Request(req.url, { method: req.method, headers: req.headers, body }) };
}
