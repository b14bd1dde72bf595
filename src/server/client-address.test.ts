import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, withClientAddress } from "./client-address";

describe("clientAddress", () => {
  test("with no trusted proxies, the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", ["1.1.1.1", "2.2.2.2, 3.3.3.3"], 0)).toBe("203.0.113.9");
  });

  test("behind one proxy, the address that proxy appended, not what the client sent before it", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy (10.0.0.2) appended the real peer.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.3", "1.1.1.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  test("more trusted hops than entries falls back to the leftmost, and IPv4-mapped addresses are plain", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(clientAddress("::1", "", 0)).toBe("::1");
  });
});

describe("withClientAddress over HTTP", () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serve(hops: number) {
    server = createServer(
      withClientAddress((req, res) => {
        res.end(
          JSON.stringify([req.headers[CLIENT_ADDRESS_HEADER], req.headers["x-forwarded-for"]]),
        );
      }, hops),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  // Written by hand so the same header can be sent twice, as a client is free to.
  const get = (port: number, headers: [string, string][]) =>
    new Promise<string[]>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => {
        const lines = headers.map(([name, value]) => `${name}: ${value}`);
        socket.end(
          ["GET / HTTP/1.1", "Host: localhost", "Connection: close", ...lines, "", ""].join("\r\n"),
        );
      });
      let response = "";
      socket.on("data", (chunk: Buffer) => (response += chunk.toString()));
      socket.on("end", () => resolve(JSON.parse(response.split("\r\n\r\n")[1]!) as string[]));
      socket.on("error", reject);
    });

  test("rotating X-Forwarded-For and a forged address header change nothing with 0 trusted hops", async () => {
    const port = await serve(0);
    for (const forged of ["198.51.100.1", "198.51.100.2", "10.0.0.1, 192.0.2.7"]) {
      const seen = await get(port, [
        ["X-Forwarded-For", forged],
        ["X-Forwarded-For", "192.0.2.99"],
        [CLIENT_ADDRESS_HEADER, forged],
      ]);
      expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
    }
  });

  test("with 1 trusted hop, the entry the proxy appended", async () => {
    const port = await serve(1);
    expect(await get(port, [["X-Forwarded-For", "198.51.100.1, 203.0.113.9"]])).toEqual([
      "203.0.113.9",
      "203.0.113.9",
    ]);
  });
});
