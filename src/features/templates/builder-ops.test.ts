import { describe, expect, test } from "vitest";
import { moveItem, newField, newStep, removeItem, uniqueSlug } from "./builder-ops";
import { errorsUnder, pathErrorsOf } from "./path-errors";
import { FIELD_TYPES, ZWorksheetBodySchema, type TWorksheetField } from "./schema";

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

  test("uniqueSlug never reuses a taken id and always matches the slug rule", () => {
    expect(uniqueSlug("Short text", [])).toBe("short-text-1");
    expect(uniqueSlug("step", ["step-1", "step-2"])).toBe("step-3");
    expect(uniqueSlug("!!!", [])).toBe("item-1");
  });

  test("every new field type has a valid id and passes the schema once labelled", () => {
    const fields: TWorksheetField[] = [];
    for (const type of FIELD_TYPES) {
      const field = newField(type, fields);
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

  test("newStep gives a fresh id", () => {
    expect(newStep([{ id: "step-1" }]).id).toBe("step-2");
  });
});

describe("path-keyed errors", () => {
  test("keys each message by its full path", () => {
    const result = ZWorksheetBodySchema.safeParse({
      fields: [
        { id: "a", type: "short_text", label: "", required: true },
        { id: "b", type: "scale", label: "Mood", required: true, min: 5, max: 1, step: 1 },
      ],
    });
    expect(result.success).toBe(false);
    const errors = pathErrorsOf(result.error!);
    expect(errors["fields.0.label"]).toEqual(["Write the question."]);
    expect(errors["fields.1.max"]).toEqual([
      "The highest value must be bigger than the lowest value.",
    ]);
  });

  test("errorsUnder strips a prefix and keeps only matching keys", () => {
    expect(
      errorsUnder({ "body.fields.0.label": ["x"], body: ["y"], title: ["z"] }, "body"),
    ).toEqual({ "fields.0.label": ["x"], "": ["y"] });
  });
});
