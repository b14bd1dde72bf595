import { afterEach, beforeEach, expect, test, vi } from "vitest";

const topUp = vi.hoisted(() => vi.fn());
vi.mock("./mutations/planning", () => ({ topUpOccurrences: topUp }));
const { startTopUpTimer } = await import("./top-up-timer");

const nothingDone = { assignments: 0, occurrences: 0, completed: 0 };
beforeEach(() => {
  vi.useFakeTimers();
  topUp.mockReset();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

test("tops up every interval, never two runs at once, and stop waits for the one running", async () => {
  let finish!: () => void;
  topUp.mockImplementation(() => new Promise((resolve) => (finish = () => resolve(nothingDone))));
  const timer = startTopUpTimer(15);
  await vi.advanceTimersByTimeAsync(15 * 60_000);
  expect(topUp).toHaveBeenCalledTimes(1);
  // Still running at the next tick: no second run.
  await vi.advanceTimersByTimeAsync(15 * 60_000);
  expect(topUp).toHaveBeenCalledTimes(1);

  let stopped = false;
  const stopping = timer.stop().then(() => (stopped = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(stopped).toBe(false);
  finish();
  await stopping;
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  expect(topUp).toHaveBeenCalledTimes(1);
});

test("a failed run is logged and the next one runs all the same", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  topUp.mockRejectedValueOnce(new Error("connection refused")).mockResolvedValue(nothingDone);
  const timer = startTopUpTimer(1);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(logged).toHaveBeenCalledTimes(1);
  expect(JSON.parse(logged.mock.calls[0]![0] as string)).toMatchObject({
    level: "error",
    message: "planning ahead failed",
  });
  await vi.advanceTimersByTimeAsync(60_000);
  expect(topUp).toHaveBeenCalledTimes(2);
  await timer.stop();
});
