import { describe, expect, test } from "vitest";
import { answersMatch, splitByFields, startingPoint } from "./draft-start";

describe("choosing what a reopened form shows, by server revision only", () => {
  const server = { answers: { a: "from the server" }, revision: 4 };

  test("no unsent copy: the server copy", () => {
    expect(startingPoint(null, server)).toEqual({ kind: "server" });
  });

  test("unsent text that started from the server's current revision is restored", () => {
    const stored = { answers: { a: "typed offline" }, baseRevision: 4 };
    expect(startingPoint(stored, server)).toEqual({ kind: "restore", answers: stored.answers });
  });

  test("unsent text that started from an older revision is never picked silently", () => {
    const stored = { answers: { a: "old tab" }, baseRevision: 3 };
    expect(startingPoint(stored, server)).toEqual({ kind: "choose", answers: stored.answers });
  });

  test("an unsent copy equal to the server's is simply the server copy", () => {
    const stored = { answers: { a: "from the server" }, baseRevision: 2 };
    expect(startingPoint(stored, server)).toEqual({ kind: "server" });
  });
});

test("text for a question the therapist removed is set apart, not sent again", () => {
  const { kept, removedText } = splitByFields(
    { situation: "At work", gone: "Words for a removed question", goneScale: 40, goneBlank: " " },
    ["situation", "mood"],
  );
  expect(kept).toEqual({ situation: "At work" });
  expect(removedText).toEqual(["Words for a removed question"]);
});

test("the same answers match whatever the order of keys; a missing answer does not", () => {
  expect(answersMatch({ a: "x", b: ["1", "2"] }, { b: ["1", "2"], a: "x" })).toBe(true);
  expect(answersMatch({ a: "x" }, { a: "x", b: 3 })).toBe(false);
  expect(answersMatch({ b: ["1", "2"] }, { b: ["2", "1"] })).toBe(false);
});
