import type { TScaleField } from "../schema";

/** A 0-100 intensity scale in steps of 5: fine enough to show change, quick to pick on a phone. */
export function intensityScale(
  id: string,
  label: string,
  anchors: { minLabel: string; maxLabel: string } = {
    minLabel: "Barely there",
    maxLabel: "As strong as it gets",
  },
): TScaleField {
  return { id, type: "scale", label, required: true, min: 0, max: 100, step: 5, ...anchors };
}

/** Shared anchors for distress ratings, so charts across templates read the same way. */
export const DISTRESS_ANCHORS = { minLabel: "Calm", maxLabel: "Overwhelmed" };
