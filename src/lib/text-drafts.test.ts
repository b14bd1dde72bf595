import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { memoryStorage } from "./memory-storage";
import { tabDraftKey } from "./tab-drafts";
import { forgetTextDraft, readTextDraft, writeTextDraft } from "./text-drafts";

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal("window", { sessionStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

const onStep = tabDraftKey("ladder", "u1", "a1", "step", "s1");

describe("keeping unsent text in sessionStorage", () => {
  test("what was typed comes back, and is gone once forgotten (sent)", () => {
    writeTextDraft(onStep, { prediction: "They will laugh.", distressBefore: "40" });
    expect(readTextDraft(onStep)).toEqual({
      prediction: "They will laugh.",
      distressBefore: "40",
    });
    forgetTextDraft(onStep);
    expect(readTextDraft(onStep)).toBeNull();
    expect(storage.length).toBe(0);
  });

  test("blank values are not kept; all blank keeps nothing", () => {
    writeTextDraft(onStep, { prediction: "x", note: "  " });
    expect(readTextDraft(onStep)).toEqual({ prediction: "x" });
    writeTextDraft(onStep, { prediction: "" });
    expect(storage.getItem(onStep)).toBeNull();
  });

  test("a damaged copy reads as nothing; blocked storage does not break the form", () => {
    storage.setItem(onStep, "{not json");
    expect(readTextDraft(onStep)).toBeNull();
    vi.stubGlobal("window", {
      get sessionStorage(): Storage {
        throw new Error("blocked");
      },
    });
    expect(() => writeTextDraft(onStep, { prediction: "x" })).not.toThrow();
    expect(readTextDraft(onStep)).toBeNull();
  });
});
