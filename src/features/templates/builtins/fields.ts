import type { TScaleField } from "../schema";

type TAnchors = Pick<TScaleField, "minLabel" | "midLabel" | "maxLabel">;

/** A 0-100 intensity scale in steps of 5: fine enough to show change, quick to pick on a phone. */
export function intensityScale(
  id: string,
  label: string,
  anchors: TAnchors = {
    minLabel: "Barely there",
    midLabel: "Moderate",
    maxLabel: "As strong as it gets",
  },
): TScaleField {
  return { id, type: "scale", label, required: true, min: 0, max: 100, step: 5, ...anchors };
}

/**
 * A 0-100 distress rating with the same anchors as the ladder's, tagged as distress: an answer
 * at the top gets a caring response and a flag for the therapist (features/safety).
 */
export function distressScale(id: string, label: string): TScaleField {
  return {
    ...intensityScale(id, label, {
      minLabel: "Calm",
      midLabel: "Uncomfortable but manageable",
      maxLabel: "The most distress you can imagine",
    }),
    tag: "distress",
  };
}

/** How strongly the client believes a thought or a fear, 0-100, asked before and after. */
export const beliefScale = (id: string, label: string): TScaleField =>
  intensityScale(id, label, {
    minLabel: "Not at all",
    midLabel: "Half and half",
    maxLabel: "Completely",
  });
