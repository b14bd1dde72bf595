import type { IncomingMessage, RequestListener } from "node:http";

/**
 * The header the app reads a request's client address from. Only the web server
 * (scripts/web-server.ts) sets it, after removing any copy a client sent.
 */
export const CLIENT_ADDRESS_HEADER = "x-trust-steps-client-address";

const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * Who sent the request: the socket's peer, or, behind `trustedHops` proxies (each appending the
 * address it received the request from to X-Forwarded-For), the entry that many places to the
 * left of it. Entries further left are whatever the client chose to send, so they never count.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? "unknown"];
  return unmapped(chain[Math.max(0, chain.length - 1 - trustedHops)]!);
}

/** Wraps a request handler so that it sees the client address only in CLIENT_ADDRESS_HEADER. */
export function withClientAddress(handler: RequestListener, trustedHops: number): RequestListener {
  return (req, res) => {
    setClientAddress(req, trustedHops);
    return handler(req, res);
  };
}

function setClientAddress(req: IncomingMessage, trustedHops: number) {
  const address = clientAddress(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    trustedHops,
  );
  // Node folds repeated copies of a header into req.headers, which is all Next reads: these
  // assignments replace every copy a client sent.
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  req.headers["x-forwarded-for"] = address;
}
