import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { clearEveryDraft, sendEveryDraft } from "~/lib/clear-every-draft";
import { memoryStorage } from "~/lib/memory-storage";
import type { TAnswers } from "./answer-rules";
import { forgetWorksheet, readStoredDraft, submitKeyFor } from "./draft-storage";
import {
  DraftSync,
  RETRY_DELAYS_MS,
  SAVE_TIMEOUT_MS,
  saveFailureOf,
  type TSaveStatus,
} from "./draft-sync";

const serverTrouble = { data: { code: "INTERNAL_SERVER_ERROR" } };
const conflict = { data: { code: "CONFLICT" } };

const OCC = { userId: "sam", occurrenceId: "occ" };
/** The options of a save: keepalive or not, always with a signal that ends it in time. */
const sent = (keepalive: boolean) => ({ keepalive, signal: expect.any(AbortSignal) });

/**
 * A sync on Sam's occurrence "occ" whose server copy is at `base`, recording what it reports.
 * `edit` is the client typing: the form's answers change, then the sync hears of it.
 */
function syncWith(send: (...args: unknown[]) => Promise<{ revision: number }>, base = 0) {
  const statuses: TSaveStatus[] = [];
  let answers: TAnswers = {};
  const sync = new DraftSync(OCC, base, send, () => answers, 800);
  sync.listen((s) => statuses.push(s));
  sync.resume();
  const edit = (next: TAnswers) => {
    answers = next;
    sync.change();
  };
  return { sync, statuses, edit };
}

let storage: Storage;
beforeEach(() => {
  vi.useFakeTimers();
  storage = memoryStorage();
  vi.stubGlobal("window", { sessionStorage: storage });
});
afterEach(() => {
  clearEveryDraft();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test("typing sends once, after the pause, from the base revision; the sent copy leaves the tab", async () => {
  const send = vi.fn(async () => ({ revision: 3 }));
  const { sync, statuses, edit } = syncWith(send, 2);
  edit({ a: "h" });
  edit({ a: "hi" });
  expect(readStoredDraft(OCC)).toEqual({ answers: { a: "hi" }, baseRevision: 2 });
  await vi.advanceTimersByTimeAsync(799);
  expect(send).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(send).toHaveBeenCalledTimes(1);
  expect(send).toHaveBeenCalledWith({ a: "hi" }, 2, sent(false));
  expect(statuses).toEqual(["saving", "saved"]);
  expect(sync.baseRevision).toBe(3);
  expect(readStoredDraft(OCC)).toBeNull();
});

test("edits made while a save is in flight are sent right after it, from the new revision", async () => {
  let release!: (v: { revision: number }) => void;
  const send = vi
    .fn()
    .mockImplementationOnce(() => new Promise((r) => (release = r)))
    .mockResolvedValue({ revision: 2 });
  const { sync, edit } = syncWith(send);
  edit({ a: "1" });
  await vi.advanceTimersByTimeAsync(800);
  edit({ a: "12" });
  void sync.flush();
  release({ revision: 1 });
  await vi.advanceTimersByTimeAsync(0);
  expect(send).toHaveBeenLastCalledWith({ a: "12" }, 1, sent(false));
});

describe("failures", () => {
  test("server trouble retries with growing delays, without an `online` event", async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(serverTrouble)
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValue({ revision: 1 });
    const { statuses, edit } = syncWith(send);
    edit({ a: "kept" });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe("retrying");
    expect(readStoredDraft(OCC)?.answers).toEqual({ a: "kept" });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! - 1);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]! - 1);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(3);
    expect(statuses.at(-1)).toBe("saved");
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(3);
  });

  test("a save with no answer times out, is aborted and tried again; later saves are not blocked", async () => {
    const signals: AbortSignal[] = [];
    const send = vi
      .fn()
      .mockImplementationOnce((_a, _b, { signal }: { signal: AbortSignal }) => {
        signals.push(signal);
        return new Promise(() => {}); // a connection that hangs
      })
      .mockResolvedValue({ revision: 1 });
    const { statuses, edit } = syncWith(send);
    edit({ a: "kept" });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe("saving");
    await vi.advanceTimersByTimeAsync(SAVE_TIMEOUT_MS);
    expect(signals[0]?.aborted).toBe(true);
    expect(statuses.at(-1)).toBe("retrying");
    expect(readStoredDraft(OCC)?.answers).toEqual({ a: "kept" });
    edit({ a: "kept, and more" });
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenLastCalledWith({ a: "kept, and more" }, 0, sent(false));
    expect(statuses.at(-1)).toBe("saved");
  });

  test("stopping for a submit waits for a hung save only until it times out", async () => {
    const send = vi.fn(() => new Promise<{ revision: number }>(() => {}));
    const { sync, edit } = syncWith(send);
    edit({ a: "x" });
    await vi.advanceTimersByTimeAsync(800);
    let stopped = false;
    void sync.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(SAVE_TIMEOUT_MS - 1);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(stopped).toBe(true);
  });

  test("no connection reports offline and the next flush sends the same text", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    const send = vi
      .fn()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValue({ revision: 1 });
    const { sync, statuses, edit } = syncWith(send);
    edit({ a: "kept" });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe("offline");
    vi.stubGlobal("navigator", { onLine: true });
    await sync.flush(); // what the `online` event does
    expect(send).toHaveBeenLastCalledWith({ a: "kept" }, 0, sent(false));
    expect(statuses.at(-1)).toBe("saved");
  });

  test("a refusal is not retried and not mistaken for a lost connection", async () => {
    const send = vi.fn().mockRejectedValue({ data: { code: "BAD_REQUEST" } });
    const { statuses, edit } = syncWith(send);
    edit({ a: 1 });
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe("invalid");
  });

  test("each cause has its own status", () => {
    expect(saveFailureOf({ data: { code: "UNAUTHORIZED" } })).toBe("signed-out");
    expect(saveFailureOf(conflict)).toBe("conflict");
    expect(saveFailureOf({ data: { code: "NOT_FOUND" } })).toBe("refused");
    expect(saveFailureOf(new TypeError("Failed to fetch"))).toBe("retrying");
  });

  test("a conflict holds every later edit in the tab until the client chooses", async () => {
    const send = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValue({ revision: 8 });
    const { sync, statuses, edit } = syncWith(send, 5);
    edit({ a: "mine" });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe("conflict");
    edit({ a: "mine, more" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(readStoredDraft(OCC)).toEqual({ answers: { a: "mine, more" }, baseRevision: 5 });
    sync.keepLocal(7); // the newer copy was revision 7
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenLastCalledWith({ a: "mine, more" }, 7, sent(false));
    expect(sync.baseRevision).toBe(8);
  });
});

test("taking the newer copy lets this tab's copy go; nothing is sent until the next edit", async () => {
  const send = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValue({ revision: 8 });
  const { sync, statuses, edit } = syncWith(send, 5);
  edit({ a: "mine" });
  await vi.advanceTimersByTimeAsync(800);
  expect(statuses.at(-1)).toBe("conflict");
  sync.adoptServer(7); // the form now shows the newer copy, revision 7
  expect(readStoredDraft(OCC)).toBeNull();
  expect(statuses.at(-1)).toBe("saved");
  await vi.advanceTimersByTimeAsync(60_000);
  expect(send).toHaveBeenCalledTimes(1);
  edit({ a: "theirs, then mine" });
  await vi.advanceTimersByTimeAsync(800);
  expect(send).toHaveBeenLastCalledWith({ a: "theirs, then mine" }, 7, sent(false));
});

describe("stopping and leaving", () => {
  test("after stop nothing more is sent", async () => {
    const send = vi.fn(async () => ({ revision: 1 }));
    const { sync, edit } = syncWith(send);
    edit({ a: "x" });
    await sync.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).not.toHaveBeenCalled();
  });

  test("a save answering after submit or sign-out does not write the answers back", async () => {
    let release!: (v: { revision: number }) => void;
    const send = vi.fn(() => new Promise<{ revision: number }>((r) => (release = r)));
    const { sync, edit } = syncWith(send);
    edit({ a: "1" });
    await vi.advanceTimersByTimeAsync(800);
    edit({ a: "12" }); // typed while the save is under way
    const stopped = sync.stop();
    forgetWorksheet(OCC);
    release({ revision: 1 });
    await stopped;
    expect(storage.length).toBe(0);
    expect(sync.baseRevision).toBe(1); // a submit after it starts from the saved revision
  });

  test("leaving sends what is pending at once, with keepalive", async () => {
    const send = vi.fn(async () => ({ revision: 1 }));
    const { sync, edit } = syncWith(send);
    edit({ a: "last words" });
    sync.leave();
    expect(send).toHaveBeenCalledWith({ a: "last words" }, 0, sent(true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test("words typed during a save still go when the page is left, with keepalive, and stay in the tab until the server has them", async () => {
    let answerFirst!: (v: { revision: number }) => void;
    let answerSecond!: (v: { revision: number }) => void;
    const send = vi
      .fn()
      .mockImplementationOnce(() => new Promise((r) => (answerFirst = r)))
      .mockImplementationOnce(() => new Promise((r) => (answerSecond = r)));
    const { sync, edit } = syncWith(send);
    edit({ a: "first" });
    await vi.advanceTimersByTimeAsync(800);
    edit({ a: "first, then the last words" });
    sync.leave();
    answerFirst({ revision: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ a: "first, then the last words" }, 1, sent(true));
    expect(readStoredDraft(OCC)).toEqual({
      answers: { a: "first, then the last words" },
      baseRevision: 1,
    });
    answerSecond({ revision: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(readStoredDraft(OCC)).toBeNull();
  });

  test("a page hidden during a save sends the words typed meanwhile with keepalive", async () => {
    let answerFirst!: (v: { revision: number }) => void;
    const send = vi
      .fn()
      .mockImplementationOnce(() => new Promise((r) => (answerFirst = r)))
      .mockResolvedValue({ revision: 2 });
    const { sync, edit } = syncWith(send);
    edit({ a: "1" });
    await vi.advanceTimersByTimeAsync(800);
    edit({ a: "12" });
    void sync.flush({ keepalive: true }); // pagehide
    answerFirst({ revision: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenLastCalledWith({ a: "12" }, 1, sent(true));
  });

  test("a last save that fails after leaving leaves the words in the tab and retries nothing", async () => {
    const send = vi.fn().mockRejectedValue(serverTrouble);
    const { sync, edit } = syncWith(send);
    edit({ a: "last words" });
    sync.leave();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(readStoredDraft(OCC)?.answers).toEqual({ a: "last words" });
  });

  test("signing out while the last words of a page just left are on their way waits for them", async () => {
    let answer!: (v: { revision: number }) => void;
    const send = vi.fn(() => new Promise<{ revision: number }>((r) => (answer = r)));
    const { sync, edit } = syncWith(send);
    edit({ a: "last words" });
    sync.leave();
    let flushed = false;
    void sendEveryDraft().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    answer({ revision: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(true);
  });

  test("signing out sends pending text first, then forgets every copy and key", async () => {
    const send = vi.fn(async () => ({ revision: 1 }));
    const { edit } = syncWith(send);
    submitKeyFor(OCC);
    edit({ a: "x" });
    await sendEveryDraft();
    expect(send).toHaveBeenCalledTimes(1);
    edit({ a: "y" });
    clearEveryDraft();
    edit({ a: "z" });
    expect(storage.length).toBe(0);
  });
});
