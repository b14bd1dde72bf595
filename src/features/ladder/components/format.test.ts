import { describe, expect, test } from "vitest";
import { masteryQuestion } from "./format";

describe("masteryQuestion", () => {
  test("asks the client, and says what changes", () => {
    expect(masteryQuestion("Share a small preference", 2, { role: "client" })).toBe(
      "Mark “Share a small preference” mastered? The next step becomes your current one; you can still practise this one. This cannot be undone.",
    );
  });

  test("a therapist marking with no attempt recorded is told so, and that it will show", () => {
    expect(
      masteryQuestion("Ask a favour", 0, { role: "therapist", clientName: "Sam Rivera" }),
    ).toMatch(
      /^Sam Rivera has not recorded an attempt on this step yet\. That is fine if they already do it outside the app; the ladder will show that you marked it\. Mark “Ask a favour” mastered for Sam Rivera\?/,
    );
    expect(
      masteryQuestion("Ask a favour", 1, { role: "therapist", clientName: "Sam Rivera" }),
    ).not.toContain("not recorded");
  });
});
