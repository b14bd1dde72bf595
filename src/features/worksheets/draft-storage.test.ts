import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { clearEveryDraft } from "~/lib/clear-every-draft";
import { memoryStorage } from "~/lib/memory-storage";
import {
  forgetOthersWorksheets,
  forgetWorksheet,
  readStoredDraft,
  submitKeyFor,
  writeStoredDraft,
} from "./draft-storage";

const SAM = { userId: "sam", occurrenceId: "occ" };
const ALEX = { userId: "alex", occurrenceId: "occ" };

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal("window", { sessionStorage: storage });
});
afterEach(() => {
  clearEveryDraft();
  vi.unstubAllGlobals();
});

test("a copy belongs to the person who wrote it, even on the same worksheet", () => {
  writeStoredDraft(SAM, { answers: { a: "Sam's words" }, baseRevision: 2 });
  expect(readStoredDraft(SAM)).toEqual({ answers: { a: "Sam's words" }, baseRevision: 2 });
  expect(readStoredDraft(ALEX)).toBeNull();
  expect(submitKeyFor(ALEX)).not.toBe(submitKeyFor(SAM));
});

test("a page opened by someone else lets the previous person's copies and keys go", () => {
  writeStoredDraft(SAM, { answers: { a: "Sam's words" }, baseRevision: 2 });
  const samsKey = submitKeyFor(SAM);
  writeStoredDraft({ userId: "alex", occurrenceId: "other" }, { answers: {}, baseRevision: 0 });
  storage.setItem("draft:worksheet:occ", "{}"); // named nobody
  storage.setItem("unrelated", "kept");
  forgetOthersWorksheets("alex");
  expect(readStoredDraft(SAM)).toBeNull();
  expect(readStoredDraft({ userId: "alex", occurrenceId: "other" })).not.toBeNull();
  const left = Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort();
  expect(left).toEqual(["draft:worksheet:alex:other", "unrelated"]);
  // Back to Sam (signed in again): a new key, not the one left in memory before.
  expect(submitKeyFor(SAM)).not.toBe(samsKey);
});

test("a blocked storage still gives one submit key per worksheet", () => {
  vi.stubGlobal("window", {
    get sessionStorage(): Storage {
      throw new DOMException("blocked", "SecurityError");
    },
  });
  const ref = { userId: "sam", occurrenceId: "occ-2" };
  const key = submitKeyFor(ref);
  expect(submitKeyFor(ref)).toBe(key);
  forgetWorksheet(ref);
  expect(submitKeyFor(ref)).not.toBe(key);
});
