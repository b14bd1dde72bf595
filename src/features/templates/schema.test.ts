import { describe, expect, test } from "vitest";
import type { z } from "zod";
import {
  ZFieldSchema,
  ZLadderBodySchema,
  ZTemplateContentSchema,
  ZWorksheetBodySchema,
  ladderOrderWarnings,
  worksheetParts,
  type TWorksheetField,
} from "./schema";

const scale = (over: Partial<Extract<TWorksheetField, { type: "scale" }>> = {}) => ({
  id: "distress",
  type: "scale",
  label: "How distressed were you?",
  required: true,
  min: 0,
  max: 100,
  step: 5,
  minLabel: "Calm",
  maxLabel: "Overwhelmed",
  ...over,
});

const choice = (type: string, options: { id: string; label: string }[]) => ({
  id: "pick",
  type,
  label: "Pick",
  required: true,
  options,
});

const two = [
  { id: "a", label: "A" },
  { id: "b", label: "B" },
];

const goodBody = {
  fields: [
    { id: "situation", type: "long_text", label: "What happened?", required: true },
    {
      id: "who",
      type: "short_text",
      label: "Who?",
      help: "A first name is enough.",
      required: false,
    },
    scale(),
    choice("single_choice", two),
    { ...choice("multi_choice", two), id: "feelings" },
    { ...choice("checklist", [{ id: "x", label: "X" }]), id: "signs" },
    { id: "confirmed", type: "yes_no_partly", label: "Did it come true?", required: true },
    { id: "when", type: "date", label: "When?", required: false },
  ],
};

/** Messages at a path, for asserting the error lands where the builder shows it. */
function messagesAt(result: z.ZodSafeParseResult<unknown>, path: (string | number)[]) {
  if (result.success) return [];
  return result.error.issues
    .filter((i) => JSON.stringify(i.path) === JSON.stringify(path))
    .map((i) => i.message);
}

describe("ZWorksheetBodySchema", () => {
  test("accepts a body using every field type", () => {
    const parsed = ZWorksheetBodySchema.parse(goodBody);
    expect(parsed.fields.map((f) => f.type)).toEqual([
      "long_text",
      "short_text",
      "scale",
      "single_choice",
      "multi_choice",
      "checklist",
      "yes_no_partly",
      "date",
    ]);
  });

  test("trims labels and refuses a blank one", () => {
    const field = { id: "q", type: "short_text", label: "  Who?  ", required: true };
    expect(ZFieldSchema.parse(field).label).toBe("Who?");
    const result = ZFieldSchema.safeParse({ ...field, label: "   " });
    expect(messagesAt(result, ["label"])).toEqual(["Write the question."]);
  });

  test("refuses labels over 300 characters and help over 1000", () => {
    const base = { id: "q", type: "short_text", required: true };
    expect(ZFieldSchema.safeParse({ ...base, label: "x".repeat(300) }).success).toBe(true);
    expect(ZFieldSchema.safeParse({ ...base, label: "x".repeat(301) }).success).toBe(false);
    const longHelp = { ...base, label: "Q", help: "x".repeat(1001) };
    expect(ZFieldSchema.safeParse(longHelp).success).toBe(false);
  });

  test("refuses ids that are not slugs", () => {
    for (const id of ["", "Upper", "-lead", "has space", "a".repeat(41), "ünï"]) {
      const result = ZFieldSchema.safeParse({ id, type: "date", label: "When?", required: true });
      expect(result.success, id).toBe(false);
    }
    expect(
      ZFieldSchema.safeParse({ id: "a".repeat(40), type: "date", label: "W", required: false })
        .success,
    ).toBe(true);
  });

  test("refuses an unknown field type", () => {
    const result = ZFieldSchema.safeParse({ id: "q", type: "slider", label: "Q", required: true });
    expect(result.success).toBe(false);
  });

  test("refuses duplicate field ids, pointing at the later copy", () => {
    const body = { fields: [goodBody.fields[0], { ...goodBody.fields[1], id: "situation" }] };
    const result = ZWorksheetBodySchema.safeParse(body);
    expect(messagesAt(result, ["fields", 1, "id"])).toEqual([
      "Two questions share an id. Give each its own.",
    ]);
  });

  test("needs 1 to 50 fields", () => {
    expect(ZWorksheetBodySchema.safeParse({ fields: [] }).success).toBe(false);
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `q${i}`,
        type: "date",
        label: "Q",
        required: false,
      }));
    expect(ZWorksheetBodySchema.safeParse({ fields: many(50) }).success).toBe(true);
    expect(ZWorksheetBodySchema.safeParse({ fields: many(51) }).success).toBe(false);
  });
});

describe("scale fields", () => {
  test("refuses min >= max", () => {
    for (const [min, max] of [
      [10, 10],
      [10, 0],
    ] as const) {
      const result = ZFieldSchema.safeParse(scale({ min, max, step: 1 }));
      expect(messagesAt(result, ["max"])).toEqual([
        "The highest value must be bigger than the lowest value.",
      ]);
    }
  });

  test("refuses a step that does not divide the range", () => {
    const result = ZFieldSchema.safeParse(scale({ min: 0, max: 100, step: 3 }));
    expect(messagesAt(result, ["step"])[0]).toMatch(/Steps of 3 don't land exactly on 100/);
    expect(ZFieldSchema.safeParse(scale({ min: -10, max: 10, step: 4 })).success).toBe(true);
  });

  test("refuses non-integer ends, step below 1, and over-long anchors", () => {
    expect(ZFieldSchema.safeParse(scale({ min: 0.5 })).success).toBe(false);
    expect(ZFieldSchema.safeParse(scale({ step: 0 })).success).toBe(false);
    expect(ZFieldSchema.safeParse(scale({ step: 2.5 })).success).toBe(false);
    expect(ZFieldSchema.safeParse(scale({ maxLabel: "x".repeat(61) })).success).toBe(false);
    expect(
      ZFieldSchema.safeParse(scale({ minLabel: undefined, maxLabel: undefined })).success,
    ).toBe(true);
  });
});

describe("emptied number boxes (NaN) get a plain message", () => {
  test.each(["min", "max", "step"] as const)("scale %s", (key) => {
    const result = ZFieldSchema.safeParse(scale({ [key]: Number.NaN }));
    expect(messagesAt(result, [key])).toEqual(["Enter a number."]);
  });

  test("ladder expected distress, target and streak", () => {
    const body = {
      steps: [{ id: "s1", title: "Ask", expectedDistress: Number.NaN }],
      targetDistress: Number.NaN,
      masteryStreak: Number.NaN,
    };
    const result = ZLadderBodySchema.safeParse(body);
    expect(messagesAt(result, ["steps", 0, "expectedDistress"])).toEqual(["Enter a number."]);
    expect(messagesAt(result, ["targetDistress"])).toEqual(["Enter a number."]);
    expect(messagesAt(result, ["masteryStreak"])).toEqual(["Enter a number."]);
  });
});

describe("choice fields", () => {
  test("single and multi choice need at least 2 options; checklist needs 1", () => {
    const one = [{ id: "a", label: "A" }];
    const single = ZFieldSchema.safeParse(choice("single_choice", one));
    expect(messagesAt(single, ["options"])).toEqual(["Add at least 2 options."]);
    expect(ZFieldSchema.safeParse(choice("multi_choice", one)).success).toBe(false);
    expect(ZFieldSchema.safeParse(choice("checklist", one)).success).toBe(true);
    expect(messagesAt(ZFieldSchema.safeParse(choice("checklist", [])), ["options"])).toEqual([
      "Add at least 1 item.",
    ]);
  });

  test("allow at most 30 options", () => {
    const opts = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: `O${i}` }));
    expect(ZFieldSchema.safeParse(choice("multi_choice", opts(30))).success).toBe(true);
    expect(ZFieldSchema.safeParse(choice("multi_choice", opts(31))).success).toBe(false);
  });

  test.each(["single_choice", "multi_choice", "checklist"])(
    "%s refuses duplicate option ids",
    (type) => {
      const result = ZFieldSchema.safeParse(
        choice(type, [...two, { id: "a", label: "Another A" }]),
      );
      expect(messagesAt(result, ["options", 2, "id"])).toEqual([
        "Two options share an id. Give each its own.",
      ]);
    },
  );

  test("refuses an empty option label", () => {
    const result = ZFieldSchema.safeParse(
      choice("single_choice", [...two, { id: "c", label: " " }]),
    );
    expect(messagesAt(result, ["options", 2, "label"])).toEqual(["Write the option."]);
  });
});

describe("ZLadderBodySchema", () => {
  const step = (id: string, expectedDistress: number) => ({
    id,
    title: `Step ${id}`,
    description: "",
    expectedDistress,
  });

  test("applies defaults for target distress, mastery streak and description", () => {
    const parsed = ZLadderBodySchema.parse({
      steps: [{ id: "s1", title: "Ask a favour", expectedDistress: 20 }],
    });
    expect(parsed).toEqual({
      steps: [{ id: "s1", title: "Ask a favour", description: "", expectedDistress: 20 }],
      targetDistress: 30,
      masteryStreak: 2,
    });
  });

  test("refuses duplicate step ids, empty titles and out-of-range numbers", () => {
    const dup = ZLadderBodySchema.safeParse({ steps: [step("s1", 10), step("s1", 20)] });
    expect(messagesAt(dup, ["steps", 1, "id"])).toEqual([
      "Two steps share an id. Give each its own.",
    ]);
    expect(ZLadderBodySchema.safeParse({ steps: [{ ...step("s1", 10), title: "" }] }).success).toBe(
      false,
    );
    expect(ZLadderBodySchema.safeParse({ steps: [step("s1", 101)] }).success).toBe(false);
    expect(ZLadderBodySchema.safeParse({ steps: [step("s1", 10.5)] }).success).toBe(false);
    expect(
      ZLadderBodySchema.safeParse({ steps: [step("s1", 10)], targetDistress: -1 }).success,
    ).toBe(false);
    expect(ZLadderBodySchema.safeParse({ steps: [step("s1", 10)], masteryStreak: 6 }).success).toBe(
      false,
    );
    expect(ZLadderBodySchema.safeParse({ steps: [step("s1", 10)], masteryStreak: 0 }).success).toBe(
      false,
    );
  });

  test("needs 1 to 20 steps", () => {
    const steps = (n: number) => Array.from({ length: n }, (_, i) => step(`s${i}`, i));
    expect(ZLadderBodySchema.safeParse({ steps: [] }).success).toBe(false);
    expect(ZLadderBodySchema.safeParse({ steps: steps(20) }).success).toBe(true);
    expect(ZLadderBodySchema.safeParse({ steps: steps(21) }).success).toBe(false);
  });

  test("ladderOrderWarnings flags steps easier than an earlier one", () => {
    expect(ladderOrderWarnings([step("a", 10), step("b", 10), step("c", 30)])).toEqual([]);
    const warnings = ladderOrderWarnings([
      step("a", 10),
      step("b", 60),
      step("c", 30),
      step("d", 50),
      step("e", 70),
    ]);
    expect(warnings.map((w) => [w.index, w.stepId])).toEqual([
      [1, "b"],
      [2, "c"],
      [3, "d"],
    ]);
    // Compared with the hardest earlier step, and named in words a therapist can act on.
    expect(warnings[1]?.message).toBe(
      'Step 3 "Step c" is expected to be easier (30) than step 2 "Step b" (60). Consider moving it earlier.',
    );
    expect(warnings[2]?.title).toBe("Step d");
  });

  test("ladderOrderWarnings flags a jump of more than 20 from the step before", () => {
    expect(ladderOrderWarnings([step("a", 10), step("b", 30), step("c", 50)])).toEqual([]);
    const [jump] = ladderOrderWarnings([step("a", 10), step("b", 31)]);
    expect(jump?.message).toBe(
      'Step 2 "Step b" (31) is a jump of 21 from step 1 "Step a" (10). Consider a step in between.',
    );
  });
});

describe("ZTemplateContentSchema", () => {
  test("matches the body to the kind", () => {
    const ladderBody = { steps: [{ id: "s1", title: "T", expectedDistress: 5 }] };
    expect(ZTemplateContentSchema.safeParse({ kind: "WORKSHEET", body: goodBody }).success).toBe(
      true,
    );
    expect(ZTemplateContentSchema.safeParse({ kind: "LADDER", body: ladderBody }).success).toBe(
      true,
    );
    expect(ZTemplateContentSchema.safeParse({ kind: "LADDER", body: goodBody }).success).toBe(
      false,
    );
    expect(ZTemplateContentSchema.safeParse({ kind: "WORKSHEET", body: ladderBody }).success).toBe(
      false,
    );
    expect(ZTemplateContentSchema.safeParse({ kind: "QUIZ", body: goodBody }).success).toBe(false);
  });
});

describe("two-part worksheets", () => {
  const fields = [
    { id: "a", type: "short_text", label: "Before?", required: true },
    { id: "b", type: "short_text", label: "After?", required: true },
  ] as const;

  test("split at a question after the first", () => {
    const body = { fields: [...fields], afterPartFrom: "b" };
    expect(ZWorksheetBodySchema.safeParse(body).success).toBe(true);
    expect(worksheetParts(body)).toEqual({ before: [fields[0]], after: [fields[1]] });
    expect(worksheetParts({ fields: [...fields] })).toBeNull();
  });

  test("the split must leave a question on each side", () => {
    const issues = (afterPartFrom: string) =>
      ZWorksheetBodySchema.safeParse({ fields: [...fields], afterPartFrom }).error?.issues.map(
        (i) => [i.path.join("."), i.message],
      );
    expect(issues("a")).toEqual([
      [
        "afterPartFrom",
        "The after part can't start with the first question: the before part needs at least one.",
      ],
    ]);
    expect(issues("gone")).toEqual([
      ["afterPartFrom", "Choose the question the after part starts with."],
    ]);
  });
});
