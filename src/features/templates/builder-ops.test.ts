import { describe, expect, test } from "vitest";
import { freshId, moveItem, newField, newStep, removeItem, worksheetIds } from "./builder-ops";
import { fieldErrorsOf } from "~/lib/form-errors";
import {
  FIELD_TYPES,
  ladderOrderWarnings,
  ZSlugSchema,
  ZWorksheetBodySchema,
  type TWorksheetField,
} from "./schema";

const step = (id: string, expectedDistress: number) => ({
  id,
  title: id,
  description: "",
  expectedDistress,
});

describe("builder list edits", () => {
  test("moveItem swaps neighbours and ignores moves past either end", () => {
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });

  test("removeItem drops one index", () => {
    expect(removeItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  test("freshId skips every taken id and matches the slug rule", () => {
    // The first draw repeats a taken id; the second one is used.
    const draws = [...Array<number>(8).fill(0), ...Array<number>(8).fill(0.5)];
    expect(freshId("option", [`option-${"0".repeat(8)}`], () => draws.shift()!)).toBe(
      `option-${"i".repeat(8)}`,
    );
    for (const type of FIELD_TYPES) {
      expect(ZSlugSchema.safeParse(freshId(type.replaceAll("_", "-"), [])).success).toBe(true);
    }
  });

  test("a question or option removed and added again never gets its old id back", () => {
    // The same seed replays the same draws: the random source offers the removed ids again.
    const seeded = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const loaded = { fields: [newField("single_choice", [], seeded(7))] };
    const removed = loaded.fields[0]!;
    const taken = worksheetIds(loaded);
    const readded = newField("single_choice", taken, seeded(7));
    expect(readded.id).not.toBe(removed.id);
    const oldOptions = "options" in removed ? removed.options.map((o) => o.id) : [];
    const newOptions = "options" in readded ? readded.options.map((o) => o.id) : [];
    expect(oldOptions).toHaveLength(2);
    expect(newOptions.filter((id) => oldOptions.includes(id))).toEqual([]);
  });

  test("every new field type has a valid id and passes the schema once labelled", () => {
    const fields: TWorksheetField[] = [];
    for (const type of FIELD_TYPES) {
      const field = newField(type, worksheetIds({ fields }));
      const labelled = {
        ...field,
        label: `Question ${type}`,
        ...("options" in field
          ? { options: field.options.map((o, i) => ({ ...o, label: `Option ${i}` })) }
          : {}),
      };
      fields.push(labelled);
    }
    expect(new Set(fields.map((f) => f.id)).size).toBe(FIELD_TYPES.length);
    expect(ZWorksheetBodySchema.safeParse({ fields }).success).toBe(true);
  });

  test("newStep never reuses an id, not even one just removed, and its id is a valid slug", () => {
    const steps = [step("step-1", 20), step("step-2", 40)];
    const afterRemove = removeItem(steps, 1);
    const ids = new Set(Array.from({ length: 50 }, () => newStep(afterRemove).id));
    expect(ids.has("step-2")).toBe(false);
    expect(ids.has("step-1")).toBe(false);
    expect(ids.size).toBe(50);
    for (const id of ids) expect(ZSlugSchema.safeParse(id).success).toBe(true);
  });

  test("newStep skips an id already in the list", () => {
    // The first draw repeats an existing id; the second one is used.
    const draws = [...Array<number>(8).fill(0), ...Array<number>(8).fill(0.5)];
    const taken = [step(`step-${"0".repeat(8)}`, 10)];
    expect(newStep(taken, () => draws.shift()!).id).toBe(`step-${"i".repeat(8)}`);
  });

  test("newStep's distress follows the hardest step, so adding one raises no order warning", () => {
    expect(newStep([]).expectedDistress).toBe(10);
    expect(newStep([step("a", 0)]).expectedDistress).toBe(10);
    expect(newStep([step("a", 30)]).expectedDistress).toBe(40);
    expect(newStep([step("a", 95)]).expectedDistress).toBe(100);
    for (const steps of [
      [step("a", 30), step("b", 100)],
      [step("a", 60), step("b", 50)],
    ]) {
      const added = [...steps, { ...newStep(steps), title: "New" }];
      expect(ladderOrderWarnings(added)).toEqual(ladderOrderWarnings(steps));
    }
  });
});

describe("path-keyed errors", () => {
  test("each message is keyed by the full path of its builder input", () => {
    const result = ZWorksheetBodySchema.safeParse({
      fields: [
        { id: "a", type: "short_text", label: "", required: true },
        { id: "b", type: "scale", label: "Mood", required: true, min: 5, max: 1, step: 1 },
      ],
    });
    expect(result.success).toBe(false);
    // Under "body", as in the template request: the names the builder gives its inputs.
    const errors = fieldErrorsOf(result.error!, "body");
    expect(errors["body.fields.0.label"]).toEqual(["Write the question."]);
    expect(errors["body.fields.1.max"]).toEqual([
      "The highest value must be bigger than the lowest value.",
    ]);
  });
});
