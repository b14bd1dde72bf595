import { expect, test } from "vitest";
import { safeInternalPath } from "./safe-redirect";

test.each([
  ["/therapist", "/therapist"],
  ["/portal?x=1", "/portal?x=1"],
  ["//evil.example", "/home"],
  ["https://evil.example", "/home"],
  ["/\\evil.example", "/home"],
  ["", "/home"],
  [null, "/home"],
])("%s -> %s", (input, expected) => {
  expect(safeInternalPath(input, "/home")).toBe(expected);
});
