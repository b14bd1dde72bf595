import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { memoryStorage } from "~/lib/memory-storage";
import { forgetLadderDraft, ladderDraftKey, readLadderDraft, writeLadderDraft } from "./form-draft";

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal("window", { sessionStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

const onStep = ladderDraftKey({ userId: "u1", assignmentId: "a1", stepId: "s1" });

describe("ladderDraftKey", () => {
  test("names the person, the ladder and the step or attempt", () => {
    expect(onStep).toBe("draft:ladder:u1:a1:step:s1");
    expect(ladderDraftKey({ userId: "u1", assignmentId: "a1", attemptId: "t9" })).toBe(
      "draft:ladder:u1:a1:attempt:t9",
    );
    // Another person signing in to the same tab has keys of their own.
    expect(ladderDraftKey({ userId: "u2", assignmentId: "a1", stepId: "s1" })).not.toBe(onStep);
  });
});

describe("keeping unsent text in sessionStorage", () => {
  test("what was typed comes back, and is gone once forgotten (sent)", () => {
    writeLadderDraft(onStep, { prediction: "They will laugh.", distressBefore: "40" });
    expect(readLadderDraft(onStep)).toEqual({
      prediction: "They will laugh.",
      distressBefore: "40",
    });
    forgetLadderDraft(onStep);
    expect(readLadderDraft(onStep)).toBeNull();
    expect(storage.length).toBe(0);
  });

  test("blank values are not kept; all blank keeps nothing", () => {
    writeLadderDraft(onStep, { prediction: "x", note: "  " });
    expect(readLadderDraft(onStep)).toEqual({ prediction: "x" });
    writeLadderDraft(onStep, { prediction: "" });
    expect(storage.getItem(onStep)).toBeNull();
  });

  test("a damaged copy reads as nothing; blocked storage does not break the form", () => {
    storage.setItem(onStep, "{not json");
    expect(readLadderDraft(onStep)).toBeNull();
    vi.stubGlobal("window", {
      get sessionStorage(): Storage {
        throw new Error("blocked");
      },
    });
    expect(() => writeLadderDraft(onStep, { prediction: "x" })).not.toThrow();
    expect(readLadderDraft(onStep)).toBeNull();
  });
});
