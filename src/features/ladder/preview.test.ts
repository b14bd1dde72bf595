import { expect, test } from "vitest";
import { ladderPreview } from "./preview";

test("a previewed ladder has its first step current and the rest locked", () => {
  const preview = ladderPreview({
    title: "Trust ladder",
    whyItHelps: "Small steps first.",
    body: {
      targetDistress: 25,
      masteryStreak: 3,
      steps: [
        { id: "a", title: "Say hello", description: "To a neighbour.", expectedDistress: 10 },
        { id: "b", title: "Ask a favour", description: "", expectedDistress: 40 },
        { id: "c", title: "Share a worry", description: "", expectedDistress: 70 },
      ],
    },
  });
  expect(preview.steps.map((s) => [s.id, s.status])).toEqual([
    ["a", "current"],
    ["b", "upcoming"],
    ["c", "upcoming"],
  ]);
  expect(preview.steps[0]).toMatchObject({ description: "To a neighbour.", attempts: 0 });
  expect(preview).toMatchObject({ targetDistress: 25, masteryStreak: 3, attempts: [] });
});
