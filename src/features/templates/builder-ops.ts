import type { TFieldType, TLadderStep, TWorksheetField } from "./schema";

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

/**
 * A slug not yet used: `base-1`, `base-2`, … Ids never change after creation, because answers
 * (and ladder attempts) are stored by id.
 */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30) || "item";
  for (let n = 1; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

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

/** A blank question of this type, with an id unique among `fields`. */
export function newField(type: TFieldType, fields: readonly { id: string }[]): TWorksheetField {
  const base = {
    id: uniqueSlug(
      type.replace("_", "-"),
      fields.map((f) => f.id),
    ),
    label: "",
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
        options: [
          { id: "option-1", label: "" },
          { id: "option-2", label: "" },
        ],
      };
    case "checklist":
      return { ...base, type, required: false, options: [{ id: "option-1", label: "" }] };
    default:
      return { ...base, type, required: true };
  }
}

/** A short random token of lowercase letters and digits. */
const randomToken = (random: () => number) =>
  Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join("");

/**
 * A blank step after the last one. Its id is random rather than "next free number": attempts
 * and mastery are stored by step id, so a step removed in the builder must never hand its id
 * (and its history) to a new one. Its expected distress starts a little above the hardest step
 * so far (the order warning's yardstick), so adding a step never trips that warning.
 */
export function newStep(
  steps: readonly Pick<TLadderStep, "id" | "expectedDistress">[],
  random: () => number = Math.random,
): TLadderStep {
  const taken = new Set(steps.map((s) => s.id));
  let id: string;
  do id = `step-${randomToken(random)}`;
  while (taken.has(id));
  const hardest = Math.max(0, ...steps.map((s) => s.expectedDistress));
  return {
    id,
    title: "",
    description: "",
    expectedDistress: steps.length ? Math.min(100, hardest + 10) : 10,
  };
}
