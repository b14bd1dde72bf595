import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { DraftSync, isConnectionError, type TSaveStatus } from "./draft-sync";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test("typing sends once, after the pause, with the latest answers", async () => {
  const send = vi.fn(async () => {});
  const statuses: TSaveStatus[] = [];
  const sync = new DraftSync("occ", send, (s) => statuses.push(s), 800);
  sync.change({ a: "h" });
  sync.change({ a: "hi" });
  await vi.advanceTimersByTimeAsync(799);
  expect(send).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(send).toHaveBeenCalledTimes(1);
  expect(send).toHaveBeenCalledWith({ a: "hi" });
  expect(statuses).toEqual(["saving", "saved"]);
});

test("a lost connection reports offline and the next flush sends the same text", async () => {
  const send = vi
    .fn()
    .mockRejectedValueOnce(new TypeError("Failed to fetch"))
    .mockResolvedValue(undefined);
  const statuses: TSaveStatus[] = [];
  const sync = new DraftSync("occ", send, (s) => statuses.push(s), 800);
  sync.change({ a: "kept" });
  await vi.advanceTimersByTimeAsync(800);
  expect(statuses.at(-1)).toBe("offline");
  await sync.flush(); // what the `online` event does
  expect(send).toHaveBeenLastCalledWith({ a: "kept" });
  expect(statuses.at(-1)).toBe("saved");
  await sync.flush(); // nothing left to send
  expect(send).toHaveBeenCalledTimes(2);
});

test("edits made while a save is in flight are sent right after it", async () => {
  let release!: () => void;
  const send = vi
    .fn()
    .mockImplementationOnce(() => new Promise<void>((r) => (release = r)))
    .mockResolvedValue(undefined);
  const sync = new DraftSync("occ", send, () => {}, 800);
  sync.change({ a: "1" });
  await vi.advanceTimersByTimeAsync(800);
  sync.change({ a: "12" });
  await sync.flush();
  release();
  await vi.advanceTimersByTimeAsync(0);
  expect(send).toHaveBeenLastCalledWith({ a: "12" });
});

test("a server refusal is not mistaken for a lost connection", () => {
  expect(isConnectionError({ data: { code: "BAD_REQUEST" } })).toBe(false);
  expect(isConnectionError(new TypeError("Failed to fetch"))).toBe(true);
});

test("after stop nothing more is sent", async () => {
  const send = vi.fn(async () => {});
  const sync = new DraftSync("occ", send, () => {}, 800);
  sync.change({ a: "x" });
  sync.stop();
  await vi.advanceTimersByTimeAsync(1000);
  expect(send).not.toHaveBeenCalled();
});
