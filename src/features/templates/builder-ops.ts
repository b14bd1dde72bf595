import type { TChoiceOption, TFieldType, TLadderStep, TWorksheetField } from "./schema";

/** Builders' pure list edits; each returns a new array so React state stays immutable. */

export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return [...items];
  }
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function replaceItem<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** A short random token of lowercase letters and digits. */
const randomToken = (random: () => number) =>
  Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join("");

/**
 * `prefix-<8 random characters>`, none of `taken`. Random rather than "next free number":
 * answers, attempts and mastery are stored by id, so an id removed in a builder must never pass
 * to a new item (an unsynced draft or a chart would map the old answers onto it). Ids never
 * change after creation.
 */
export function freshId(
  prefix: string,
  taken: Iterable<string>,
  random: () => number = Math.random,
): string {
  const used = new Set(taken);
  let id: string;
  do id = `${prefix}-${randomToken(random)}`;
  while (used.has(id));
  return id;
}

/** Question and option ids of a worksheet body: what a new one must not take. */
export const worksheetIds = (body: { fields: readonly TWorksheetField[] }): string[] =>
  body.fields.flatMap((f) => [f.id, ...("options" in f ? f.options.map((o) => o.id) : [])]);

export const FIELD_TYPE_LABELS: Record<TFieldType, string> = {
  short_text: "Short answer",
  long_text: "Long answer",
  scale: "Scale",
  single_choice: "Pick one",
  multi_choice: "Pick several",
  yes_no_partly: "Yes / no / partly",
  date: "Date",
  checklist: "Checklist",
};

/** A blank option or checklist item, its id none of `taken`. */
export function newOption(
  taken: Iterable<string>,
  random: () => number = Math.random,
): TChoiceOption {
  return { id: freshId("option", taken, random), label: "" };
}

/** A blank question of this type, its id (and its options' ids) none of `taken`. */
export function newField(
  type: TFieldType,
  taken: Iterable<string>,
  random: () => number = Math.random,
): TWorksheetField {
  const used = [...taken];
  const base = { id: freshId(type.replaceAll("_", "-"), used, random), label: "" };
  const options = (count: number) => {
    const made: TChoiceOption[] = [];
    while (made.length < count)
      made.push(newOption([...used, base.id, ...made.map((o) => o.id)], random));
    return made;
  };
  switch (type) {
    case "scale":
      return {
        ...base,
        type,
        required: true,
        min: 0,
        max: 10,
        step: 1,
        minLabel: "",
        maxLabel: "",
      };
    case "single_choice":
    case "multi_choice":
      return {
        ...base,
        type,
        required: true,
        options: options(2),
      };
    case "checklist":
      return { ...base, type, required: false, options: options(1) };
    default:
      return { ...base, type, required: true };
  }
}

/**
 * A blank step after the last one, with a fresh id (see freshId). Its expected distress starts a
 * little above the hardest step so far (the order warning's yardstick), so adding a step never
 * trips that warning.
 */
export function newStep(
  steps: readonly Pick<TLadderStep, "id" | "expectedDistress">[],
  random: () => number = Math.random,
): TLadderStep {
  const id = freshId(
    "step",
    steps.map((s) => s.id),
    random,
  );
  const hardest = Math.max(0, ...steps.map((s) => s.expectedDistress));
  return {
    id,
    title: "",
    description: "",
    expectedDistress: steps.length ? Math.min(100, hardest + 10) : 10,
  };
}
