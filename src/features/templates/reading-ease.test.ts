import { describe, expect, test } from "vitest";
import { clientFacingTexts, readingEase } from "../../../tests/reading-ease";
import { BUILTIN_TEMPLATES } from "./builtins";

/** Clients read these alone, often when upset: plain words, short sentences. */
describe("reading ease of the built-in templates (Flesch, what the client reads)", () => {
  test("the counter tells plain words from dense ones", () => {
    expect(readingEase(["Tell a friend what you did at the weekend."])).toBeGreaterThan(90);
    expect(
      readingEase([
        "Interpersonal hypervigilance necessitates comprehensive psychotherapeutic intervention.",
      ]),
    ).toBeLessThan(0);
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))("%s reads at 70 or more", (_, t) => {
    expect(readingEase(clientFacingTexts(t))).toBeGreaterThanOrEqual(70);
  });

  test("the mean across templates is 75 or more", () => {
    const scores = BUILTIN_TEMPLATES.map((t) => readingEase(clientFacingTexts(t)));
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(75);
  });
});
