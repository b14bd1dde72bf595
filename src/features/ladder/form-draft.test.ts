import { describe, expect, test } from "vitest";
import { ladderDraftKey } from "./form-draft";

const onStep = ladderDraftKey({ userId: "u1", assignmentId: "a1", stepId: "s1" });

describe("ladderDraftKey", () => {
  test("names the person, the ladder and the step or attempt", () => {
    expect(onStep).toBe("draft:ladder:u1:a1:step:s1");
    expect(ladderDraftKey({ userId: "u1", assignmentId: "a1", attemptId: "t9" })).toBe(
      "draft:ladder:u1:a1:attempt:t9",
    );
    // Another person signing in to the same tab has keys of their own.
    expect(ladderDraftKey({ userId: "u2", assignmentId: "a1", stepId: "s1" })).not.toBe(onStep);
    expect(ladderDraftKey({ userId: "u1", assignmentId: "a1", stoppingId: "t9" })).toBe(
      "draft:ladder:u1:a1:stop:t9",
    );
  });
});
