import { afterEach, expect, test, vi } from "vitest";
import { memoryStorage } from "./memory-storage";
import { forgetOthersDrafts, readTabDraft, tabDraftKey, writeTabDraft } from "./tab-drafts";

afterEach(() => vi.unstubAllGlobals());

test("a signed-in page keeps its person's drafts of every kind and drops everyone else's", () => {
  const storage = memoryStorage();
  vi.stubGlobal("window", { sessionStorage: storage });
  const mine = [
    tabDraftKey("worksheet", "me", "occ1"),
    tabDraftKey("ladder", "me", "asg1", "attempt"),
    tabDraftKey("safety-plan", "me"),
  ];
  const theirs = [
    tabDraftKey("worksheet", "them", "occ1"),
    tabDraftKey("ladder", "them", "asg2", "attempt"),
    tabDraftKey("safety-plan", "them"),
    // An id that merely starts with mine is someone else's.
    tabDraftKey("worksheet", "me2", "occ3"),
  ];
  for (const key of [...mine, ...theirs]) writeTabDraft(key, "words");
  storage.setItem("not-a-draft", "kept");

  forgetOthersDrafts("me");

  expect(mine.map(readTabDraft)).toEqual(["words", "words", "words"]);
  expect(theirs.map(readTabDraft)).toEqual([null, null, null, null]);
  expect(storage.getItem("not-a-draft")).toBe("kept");
});
