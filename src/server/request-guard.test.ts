import { describe, expect, test } from "vitest";
import { refuseCrossSite } from "./request-guard";

const APP = "https://app.example.org";
const post = (headers: Record<string, string>) =>
  new Request(`${APP}/api/trpc/x`, {
    method: "POST",
    headers: { host: "app.example.org", ...headers },
  });

describe("cross-site guard for /api/trpc", () => {
  test("lets same-origin JSON mutations through", () => {
    expect(
      refuseCrossSite(post({ "content-type": "application/json", origin: APP }), APP),
    ).toBeNull();
  });

  test("lets a JSON mutation without Origin through (non-browser clients)", () => {
    expect(refuseCrossSite(post({ "content-type": "application/json" }), APP)).toBeNull();
  });

  test("accepts the origin the request was addressed to behind a proxy", () => {
    const req = post({
      "content-type": "application/json",
      origin: "https://internal:8443",
      "x-forwarded-host": "internal:8443",
      "x-forwarded-proto": "https",
    });
    expect(refuseCrossSite(req, APP)).toBeNull();
  });

  test("refuses another origin", () => {
    expect(
      refuseCrossSite(
        post({ "content-type": "application/json", origin: "https://evil.example" }),
        APP,
      )?.status,
    ).toBe(403);
  });

  test("refuses non-JSON bodies (HTML forms)", () => {
    expect(refuseCrossSite(post({ "content-type": "text/plain", origin: APP }), APP)?.status).toBe(
      415,
    );
  });

  test("refuses cross-site reads flagged by the browser", () => {
    const req = new Request(`${APP}/api/trpc/x`, { headers: { "sec-fetch-site": "cross-site" } });
    expect(refuseCrossSite(req, APP)?.status).toBe(403);
  });

  test("refuses other methods", () => {
    expect(
      refuseCrossSite(new Request(`${APP}/api/trpc/x`, { method: "DELETE" }), APP)?.status,
    ).toBe(405);
  });
});
