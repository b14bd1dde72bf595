import { afterEach, expect, test, vi } from "vitest";
import { createKeepaliveClient, KEEPALIVE_BODY_MAX_BYTES } from "./keepalive-client";

afterEach(() => vi.unstubAllGlobals());

/** The request the keepalive client makes for one draft save. */
async function requestFor(text: string) {
  const fetch = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify({ result: { data: { json: { revision: 1 } } } }), {
        headers: { "content-type": "application/json" },
      }),
  );
  vi.stubGlobal("fetch", fetch);
  await createKeepaliveClient().worksheets.saveDraft.mutate({
    occurrenceId: "occ",
    answers: { a: text },
    baseRevision: 0,
  });
  expect(fetch).toHaveBeenCalledTimes(1);
  return fetch.mock.calls[0]![1];
}

test("a worksheet that fits goes with keepalive", async () => {
  expect(await requestFor("last words")).toMatchObject({ method: "POST", keepalive: true });
});

test("a body past the browser's keepalive budget is sent without it instead of failing", async () => {
  // Counted in bytes, not characters: each "é" is two.
  const init = await requestFor("é".repeat(KEEPALIVE_BODY_MAX_BYTES / 2));
  expect(init.keepalive).toBe(false);
  expect(init.body).toContain("é");
});
