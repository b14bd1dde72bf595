/**
 * What the templates' schemas and the builders share, without zod: islands import this, not the
 * schema (which re-exports it for the server).
 */
import type { TLadderStep } from "./ladder-body-schema";

/** Answer length limits; the answers schema and the form counters both read these. */
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 10_000;

export const FIELD_TYPES = [
  "short_text",
  "long_text",
  "scale",
  "single_choice",
  "multi_choice",
  "yes_no_partly",
  "date",
  "checklist",
] as const;

export type TLadderOrderWarning = { index: number; stepId: string; title: string; message: string };

/** Graduated practice: a step more than this above the one before is a big jump to ask for. */
export const MAX_STEP_JUMP = 20;

/**
 * Steps that are expected to feel easier than a step placed before them, or that jump more than
 * MAX_STEP_JUMP above the step before. A ladder climbs gradually, so the builder warns (never
 * blocks): the therapist may have a reason for the order.
 */
export function ladderOrderWarnings(
  steps: readonly Pick<TLadderStep, "id" | "title" | "expectedDistress">[],
): TLadderOrderWarning[] {
  const warnings: TLadderOrderWarning[] = [];
  let hardest: { index: number; title: string; expectedDistress: number } | undefined;
  steps.forEach((step, index) => {
    if (hardest && step.expectedDistress < hardest.expectedDistress) {
      warnings.push({
        index,
        stepId: step.id,
        title: step.title,
        message:
          `Step ${index + 1} "${step.title}" is expected to be easier (${step.expectedDistress}) ` +
          `than step ${hardest.index + 1} "${hardest.title}" (${hardest.expectedDistress}). ` +
          `Consider moving it earlier.`,
      });
    }
    const before = steps[index - 1];
    if (before && step.expectedDistress - before.expectedDistress > MAX_STEP_JUMP) {
      warnings.push({
        index,
        stepId: step.id,
        title: step.title,
        message:
          `Step ${index + 1} "${step.title}" (${step.expectedDistress}) is a jump of ` +
          `${step.expectedDistress - before.expectedDistress} from step ${index} ` +
          `"${before.title}" (${before.expectedDistress}). Consider a step in between.`,
      });
    }
    if (!hardest || step.expectedDistress > hardest.expectedDistress) {
      hardest = { index, title: step.title, expectedDistress: step.expectedDistress };
    }
  });
  return warnings;
}
