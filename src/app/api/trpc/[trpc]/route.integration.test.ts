import { encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { signInWithPassword } from "~/server/auth/sign-in";
import { getAuthOptions } from "~/server/auth/options";
import { db } from "~/server/db";
import { createTherapist, TEST_PASSWORD } from "../../../../../tests/integration/factories";
import { MAX_BODY_BYTES } from "~/server/request-guard";
import { GET, POST } from "./route";

const APP = "http://localhost:3000";
const SECRET = "integration-test-secret-of-sufficient-length";

/** A browser cookie exactly as next-auth would set it after a credentials sign-in. */
async function signedInCookie() {
  const user = await createTherapist();
  const result = await signInWithPassword({
    email: user.email,
    password: TEST_PASSWORD,
    ip: "192.0.2.10",
  });
  if (result.kind !== "signed-in") throw new Error("sign-in failed");
  const token = { sub: user.id, sid: result.sessionId };
  const jwt = await encode({ token, secret: SECRET });
  return { cookie: `next-auth.session-token=${jwt}`, token, user };
}

const getMe = (cookie: string) =>
  GET(new Request(`${APP}/api/trpc/account.me`, { headers: { cookie } }));

describe("/api/trpc over HTTP", () => {
  test("signing out ends the session on the server: the old cookie stops working", async () => {
    const { cookie, token, user } = await signedInCookie();
    const before = await getMe(cookie);
    expect(before.status).toBe(200);
    expect(before.headers.get("cache-control")).toBe("no-store");
    expect(JSON.stringify(await before.json())).toContain(user.email);

    // What next-auth runs when the person presses "Sign out".
    await getAuthOptions().events!.signOut!({ token, session: {} as never });

    const after = await getMe(cookie);
    expect(after.status).toBe(401);
    const session = await db.session.findUniqueOrThrow({ where: { id: token.sid } });
    expect(session.revokedAt).toBeInstanceOf(Date);
  });

  test("a forged cookie is treated as anonymous", async () => {
    const jwt = await encode({
      token: { sub: "x", sid: "x" },
      secret: "some-other-secret-that-is-long-enough",
    });
    expect((await getMe(`next-auth.session-token=${jwt}`)).status).toBe(401);
  });

  test("refuses a mutation from another origin and creates nothing", async () => {
    const before = await db.user.count();
    const response = await POST(
      new Request(`${APP}/api/trpc/account.signUp`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "https://evil.example",
          host: "localhost:3000",
        },
        body: JSON.stringify({
          json: {
            name: "Mallory",
            email: "mallory@example.test",
            timeZone: "UTC",
            acceptsTerms: true,
          },
        }),
      }),
    );
    expect(response.status).toBe(403);
    expect(await db.user.count()).toBe(before);
  });

  test("refuses a form-encoded mutation (what a cross-site HTML form would send)", async () => {
    const response = await POST(
      new Request(`${APP}/api/trpc/account.signUp`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", host: "localhost:3000" },
        body: "name=Mallory",
      }),
    );
    expect(response.status).toBe(415);
  });

  test("accepts a same-origin JSON mutation", async () => {
    const response = await POST(
      new Request(`${APP}/api/trpc/account.signUp`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP, host: "localhost:3000" },
        body: JSON.stringify({
          json: {
            name: "Grace",
            email: "grace@example.test",
            timeZone: "Europe/Berlin",
            acceptsTerms: true,
          },
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await db.user.count({ where: { email: "grace@example.test" } })).toBe(1);
  });

  test("refuses a body over 1 MB with a plain 413, announced or streamed, and creates nothing", async () => {
    const before = await db.user.count();
    const huge = JSON.stringify({
      json: {
        name: "x".repeat(MAX_BODY_BYTES),
        email: "big@example.test",
        timeZone: "UTC",
      },
    });
    const headers = { "content-type": "application/json", origin: APP, host: "localhost:3000" };
    const announced = await POST(
      new Request(`${APP}/api/trpc/account.signUp`, { method: "POST", headers, body: huge }),
    );
    expect(announced.status).toBe(413);
    expect(await announced.json()).toEqual({
      error: { message: "This is more than the app accepts at once. Shorten it and try again." },
    });
    // Streamed without a length: counted while read, refused past the limit.
    const bytes = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) {
          controller.enqueue(bytes.slice(i, i + 64 * 1024));
        }
        controller.close();
      },
    });
    const streamed = await POST(
      new Request(`${APP}/api/trpc/account.signUp`, {
        method: "POST",
        headers,
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(await db.user.count()).toBe(before);
  });

  test("limits the batch size", async () => {
    const { cookie } = await signedInCookie();
    const paths = Array.from({ length: 11 }, () => "account.me").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i, {}]))),
    );
    const tooMany = await GET(
      new Request(`${APP}/api/trpc/${paths}?batch=1&input=${input}`, { headers: { cookie } }),
    );
    expect(tooMany.status).toBe(400);
    const ten = Array.from({ length: 10 }, () => "account.me").join(",");
    const ok = await GET(
      new Request(`${APP}/api/trpc/${ten}?batch=1&input=${input}`, { headers: { cookie } }),
    );
    expect(ok.status).toBe(200);
  });

  test("a refused builder body names each input by its full path", async () => {
    const { cookie } = await signedInCookie();
    const response = await POST(
      new Request(`${APP}/api/trpc/templates.create`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: APP,
          host: "localhost:3000",
          cookie,
        },
        body: JSON.stringify({
          json: {
            kind: "WORKSHEET",
            title: "Evening check",
            body: { fields: [{ id: "q", type: "short_text", label: "", required: true }] },
          },
        }),
      }),
    );
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } };
    };
    expect(error.json.message).toBe("Some answers need another look.");
    expect(Object.keys(error.json.data.fieldErrors)).toEqual(["body.fields.0.label"]);
  });

  test("errors carry a plain message and no stack trace", async () => {
    const response = await POST(
      new Request(`${APP}/api/trpc/account.signUp`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP, host: "localhost:3000" },
        body: JSON.stringify({ json: { name: "", email: "not-an-email", timeZone: "UTC" } }),
      }),
    );
    expect(response.status).toBe(400);
    const body = JSON.stringify(await response.json());
    expect(body).toContain("Enter a valid email address");
    expect(body).not.toMatch(/stack|at Object|node_modules/);
  });
});
