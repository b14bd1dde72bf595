import { describe, expect, test } from "vitest";
import { z } from "zod";
import { BUILTIN_TEMPLATES } from "~/features/templates/builtins";
import { ZWorksheetBodySchema } from "~/features/templates/schema";
import { ANSWER_REQUIRED_MESSAGE, draftAnswers, isAnswered, isCalendarDate } from "./answer-rules";
import { ANSWERS_UNKNOWN_KEYS_MESSAGE, buildAnswersSchema } from "./answers";

const opts = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

// Every field type, each once required and once optional where it matters.
const body = ZWorksheetBodySchema.parse({
  fields: [
    { id: "short", type: "short_text", label: "Short", required: true },
    { id: "long", type: "long_text", label: "Long", required: true },
    { id: "note", type: "short_text", label: "Optional note", required: false },
    { id: "distress", type: "scale", label: "Distress", required: true, min: 0, max: 100, step: 5 },
    { id: "safe", type: "scale", label: "Safe", required: false, min: -3, max: 3, step: 1 },
    { id: "one", type: "single_choice", label: "One", required: true, options: opts("a", "b") },
    {
      id: "many",
      type: "multi_choice",
      label: "Many",
      required: true,
      options: opts("x", "y", "z"),
    },
    { id: "ticks", type: "checklist", label: "Ticks", required: false, options: opts("p", "q") },
    { id: "ynp", type: "yes_no_partly", label: "Confirmed?", required: true },
    { id: "when", type: "date", label: "When", required: true },
  ],
});

const complete = {
  short: "My partner",
  long: "They were late and didn't text.",
  note: "",
  distress: 65,
  safe: -2,
  one: "b",
  many: ["x", "z"],
  ticks: ["q"],
  ynp: "partly",
  when: "2024-02-29",
};

const submit = buildAnswersSchema(body, "submit");
const draft = buildAnswersSchema(body, "draft");

/** Field-level messages the form shows, keyed by field id. */
function errorsOf(schema: z.ZodType, answers: unknown) {
  const result = schema.safeParse(answers);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}

describe("submit mode", () => {
  test("accepts a complete, valid set of answers unchanged", () => {
    expect(submit.parse(complete)).toEqual(complete);
  });

  test("requires every required question: missing, blank and empty all count as unanswered", () => {
    const errors = errorsOf(submit, {
      short: "   ",
      long: "",
      many: [],
      one: "",
      ynp: "",
      when: "",
    });
    for (const id of ["short", "long", "distress", "one", "many", "ynp", "when"]) {
      expect(errors[id], id).toEqual([ANSWER_REQUIRED_MESSAGE]);
    }
    expect(ANSWER_REQUIRED_MESSAGE).toBe("This question needs an answer.");
  });

  test("leaves optional questions optional", () => {
    const optionalIds = ["note", "safe", "ticks"];
    const requiredOnly = Object.fromEntries(
      Object.entries(complete).filter(([id]) => !optionalIds.includes(id)),
    );
    expect(submit.safeParse(requiredOnly).success).toBe(true);
    expect(submit.safeParse({ ...complete, note: " ", ticks: [] }).success).toBe(true);
  });

  test("puts each error under its own field id", () => {
    const errors = errorsOf(submit, { ...complete, distress: 101, one: "c" });
    expect(Object.keys(errors).sort()).toEqual(["distress", "one"]);
  });
});

describe("draft mode", () => {
  test("allows every question to be missing or blank", () => {
    expect(draft.parse({})).toEqual({});
    expect(draft.safeParse({ short: "", many: [], when: "", one: "" }).success).toBe(true);
  });

  test("still type-checks values that are present", () => {
    const errors = errorsOf(draft, {
      short: 12,
      distress: "65",
      one: "nope",
      many: ["x", "x"],
      ynp: "maybe",
      when: "2026-02-30",
    });
    expect(errors.short).toEqual(["Answer with text."]);
    expect(errors.distress).toEqual(["Choose a number from 0 to 100, in steps of 5."]);
    expect(errors.one).toEqual(["Choose one of the options."]);
    expect(errors.many).toEqual(["Each option can be chosen only once."]);
    expect(errors.ynp).toEqual(["Choose yes, no or partly."]);
    expect(errors.when).toEqual(["That date doesn't exist. Check the day and month."]);
  });

  test("applies length limits to drafts too", () => {
    expect(errorsOf(draft, { short: "x".repeat(501) }).short).toEqual([
      "Keep this to 500 characters or fewer.",
    ]);
  });
});

test("a draft leaves out a number off the scale (still being typed) and keeps the rest", () => {
  const onScreen = { short: "At work", distress: 12, safe: Number.NaN, ticks: ["p"] };
  expect(draftAnswers(body.fields, onScreen)).toEqual({ short: "At work", ticks: ["p"] });
  expect(draftAnswers(body.fields, { distress: 65, safe: -3 })).toEqual({ distress: 65, safe: -3 });
  // What the draft leaves out, submitting refuses with the field named.
  expect(
    errorsOf(buildAnswersSchema(body, "submit"), { ...complete, distress: 12 }).distress,
  ).toEqual(["Choose a number from 0 to 100, in steps of 5."]);
});

describe.each([
  ["draft", draft],
  ["submit", submit],
] as const)("in %s mode", (_mode, schema) => {
  const valid = (patch: Record<string, unknown>) =>
    schema.safeParse({ ...complete, ...patch }).success;

  test("refuses unknown keys with a root-level message", () => {
    const result = schema.safeParse({ ...complete, smuggled: "data" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(z.flattenError(result.error).formErrors).toEqual([ANSWERS_UNKNOWN_KEYS_MESSAGE]);
    }
  });

  test("refuses input that is not an object", () => {
    expect(schema.safeParse(null).success).toBe(false);
    expect(schema.safeParse(["a"]).success).toBe(false);
  });

  test("limits short text to 500 and long text to 10,000 characters", () => {
    expect(valid({ short: "x".repeat(500) })).toBe(true);
    expect(valid({ short: "x".repeat(501) })).toBe(false);
    expect(valid({ long: "x".repeat(10_000) })).toBe(true);
    const errors = errorsOf(schema, { ...complete, long: "x".repeat(10_001) });
    expect(errors.long).toEqual(["Keep this to 10,000 characters or fewer."]);
  });

  test("text must be a string", () => {
    expect(valid({ long: ["a"] })).toBe(false);
    expect(valid({ note: 3 })).toBe(false);
  });

  test("scale: integers within min..max on the step grid", () => {
    for (const ok of [0, 5, 100]) expect(valid({ distress: ok }), String(ok)).toBe(true);
    for (const bad of [-5, 105, 7, 62.5, Number.NaN, Infinity, "50", null]) {
      expect(valid({ distress: bad }), String(bad)).toBe(false);
    }
    // Negative ranges use min as the grid origin.
    for (const ok of [-3, 0, 3]) expect(valid({ safe: ok }), String(ok)).toBe(true);
    for (const bad of [-4, 4, 0.5]) expect(valid({ safe: bad }), String(bad)).toBe(false);
    expect(errorsOf(schema, { ...complete, safe: 9 }).safe).toEqual([
      "Choose a whole number from -3 to 3.",
    ]);
  });

  test("single choice: an option id of this field", () => {
    expect(valid({ one: "a" })).toBe(true);
    expect(valid({ one: "x" })).toBe(false); // another field's option
    expect(valid({ one: "A" })).toBe(false); // a label, not an id
    expect(valid({ one: ["a"] })).toBe(false);
  });

  test("multiple choice and checklist: unique member ids", () => {
    expect(valid({ many: ["z"] })).toBe(true);
    expect(valid({ many: ["x", "y", "z"] })).toBe(true);
    expect(valid({ many: ["x", "q"] })).toBe(false);
    expect(valid({ many: ["y", "y"] })).toBe(false);
    expect(valid({ many: "x" })).toBe(false);
    expect(valid({ many: [1] })).toBe(false);
    expect(valid({ ticks: ["p", "q"] })).toBe(true);
    expect(errorsOf(schema, { ...complete, ticks: ["p", "r"] }).ticks).toEqual([
      "Tick only items from the list.",
    ]);
    expect(errorsOf(schema, { ...complete, ticks: ["p", "p"] }).ticks).toEqual([
      "Each option can be chosen only once.",
    ]);
  });

  test("yes/no/partly: exactly those three words", () => {
    for (const ok of ["yes", "no", "partly"]) expect(valid({ ynp: ok })).toBe(true);
    for (const bad of ["Yes", "maybe", true]) expect(valid({ ynp: bad })).toBe(false);
  });

  test("date: YYYY-MM-DD naming a real day", () => {
    for (const ok of ["2026-02-28", "2024-02-29", "2000-02-29", "2026-12-31"]) {
      expect(valid({ when: ok }), ok).toBe(true);
    }
    for (const bad of ["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01"]) {
      expect(valid({ when: bad }), bad).toBe(false);
    }
    expect(errorsOf(schema, { ...complete, when: "14/03/2026" }).when).toEqual([
      "Enter a date like 2026-03-14 (year, month, day).",
    ]);
    expect(valid({ when: "2026-03-14T00:00:00Z" })).toBe(false);
    expect(valid({ when: 20260314 })).toBe(false);
  });
});

describe("helpers", () => {
  test("isCalendarDate knows leap years and month lengths", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2026-06-31")).toBe(false);
    expect(isCalendarDate("2026-00-10")).toBe(false);
    expect(isCalendarDate("2026-01-00")).toBe(false);
    expect(isCalendarDate("26-01-01")).toBe(false);
  });

  test("isAnswered treats blank strings and empty arrays as unanswered", () => {
    expect([undefined, null, "", "  \n", []].map(isAnswered)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([0, "a", ["x"]].map(isAnswered)).toEqual([true, true, true]);
  });
});

describe("built-in worksheets", () => {
  test("each asks for at least one answer: it can be drafted empty, not submitted empty", () => {
    for (const template of BUILTIN_TEMPLATES) {
      if (template.kind !== "WORKSHEET") continue;
      expect(
        template.body.fields.some((f) => f.required),
        template.key,
      ).toBe(true);
      const empty = buildAnswersSchema(template.body, "submit").safeParse({});
      expect(empty.success, template.key).toBe(false);
      expect(buildAnswersSchema(template.body, "draft").safeParse({}).success).toBe(true);
    }
  });
});
