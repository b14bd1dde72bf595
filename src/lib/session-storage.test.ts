import { afterEach, expect, test, vi } from "vitest";
import { memoryStorage } from "./memory-storage";
import { withSessionStorage } from "./session-storage";

afterEach(() => vi.unstubAllGlobals());

test("runs on the tab's storage and gives back what the action returns", () => {
  const storage = memoryStorage();
  vi.stubGlobal("window", { sessionStorage: storage });
  withSessionStorage((s) => s.setItem("k", "v"));
  expect(withSessionStorage((s) => s.getItem("k"))).toBe("v");
  expect(storage.getItem("k")).toBe("v");
});

test("outside the browser, blocked or full storage: undefined, nothing thrown", () => {
  expect(withSessionStorage((s) => s.getItem("k"))).toBeUndefined();
  vi.stubGlobal("window", {
    get sessionStorage(): Storage {
      throw new DOMException("blocked", "SecurityError");
    },
  });
  expect(withSessionStorage((s) => s.getItem("k"))).toBeUndefined();
  vi.stubGlobal("window", { sessionStorage: memoryStorage() });
  const full = () => {
    throw new DOMException("full", "QuotaExceededError");
  };
  expect(withSessionStorage(full)).toBeUndefined();
});
