import { expect, test } from "vitest";
import { characterLimit } from "./character-limit";

test("the count shows past 80% of the limit", () => {
  expect(characterLimit(400, 500).count).toBeNull();
  expect(characterLimit(401, 500).count).toBe("401 of 500 characters");
  expect(characterLimit(9_000, 10_000).count).toBe("9,000 of 10,000 characters");
});

test("a screen reader hears only nearing and reaching the limit, not every key", () => {
  const heard = [0, 300, 420, 449, 450, 451, 480, 499, 500].map(
    (length) => characterLimit(length, 500).announcement,
  );
  expect(new Set(heard)).toEqual(
    new Set([
      "",
      "Nearly at the limit of 500 characters.",
      "You have reached the limit of 500 characters.",
    ]),
  );
  expect(characterLimit(449, 500).announcement).toBe("");
  expect(characterLimit(450, 500).announcement).toBe("Nearly at the limit of 500 characters.");
  expect(characterLimit(499, 500).announcement).toBe(characterLimit(451, 500).announcement);
});
