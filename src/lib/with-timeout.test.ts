import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { withTimeout } from "./with-timeout";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test("an answer in time is the answer, and no timer is left behind", async () => {
  await expect(withTimeout(1_000, async () => "answered")).resolves.toBe("answered");
  expect(vi.getTimerCount()).toBe(0);
});

test("no answer in time: the request's signal aborts and the call fails, even if it never listens", async () => {
  let signal!: AbortSignal;
  const call = withTimeout(1_000, (s) => {
    signal = s;
    return new Promise(() => {}); // a connection that hangs
  });
  const failed = expect(call).rejects.toMatchObject({ name: "TimeoutError" });
  await vi.advanceTimersByTimeAsync(1_000);
  await failed;
  expect(signal.aborted).toBe(true);
});
