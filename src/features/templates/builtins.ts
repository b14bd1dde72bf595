import type { TTemplateContent } from "./schema";
import { behaviouralExperiment } from "./builtins/behavioural-experiment";
import { boundariesPlan } from "./builtins/boundaries-plan";
import { calmDownLog } from "./builtins/calm-down-log";
import { cautionOrTrustIssue } from "./builtins/caution-or-trust-issue";
import { keptPromisesLog } from "./builtins/kept-promises-log";
import { predictionOutcomeLog } from "./builtins/prediction-outcome-log";
import { selfTrustReflection } from "./builtins/self-trust-reflection";
import { signsCheckIn } from "./builtins/signs-check-in";
import { smallVictories } from "./builtins/small-victories";
import { thoughtRecord } from "./builtins/thought-record";
import { trustLadder } from "./builtins/trust-ladder";
import { trustTriggerJournal } from "./builtins/trust-trigger-journal";
import { trustingTooMuch } from "./builtins/trusting-too-much";

/**
 * A built-in template as code. `key` is a stable slug: the seed upserts by it, so titles and
 * texts can be reworded without creating duplicates.
 */
export type TBuiltinTemplate = {
  key: string;
  title: string;
  /** One sentence for the library card. */
  summary: string;
  /** Shown to the client: why this exercise helps. */
  whyItHelps: string;
  /** Shown to the therapist: how to assign and review it. */
  howToUse: string;
} & TTemplateContent;

/** In library order: the ladder first, then the worksheets roughly as a course of work uses them. */
export const BUILTIN_TEMPLATES: readonly TBuiltinTemplate[] = [
  trustLadder,
  trustTriggerJournal,
  thoughtRecord,
  cautionOrTrustIssue,
  trustingTooMuch,
  predictionOutcomeLog,
  behaviouralExperiment,
  keptPromisesLog,
  boundariesPlan,
  calmDownLog,
  selfTrustReflection,
  signsCheckIn,
  smallVictories,
];

export function getBuiltinTemplate(key: string): TBuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.key === key);
}
