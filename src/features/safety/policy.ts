import type { TScaleField, TWorksheetField } from "~/features/templates/schema";

/**
 * When a client's own ratings call for a caring response on the page and a flag for their
 * therapist. In exposure practice a high peak on a hard step is expected and fine; the concern is
 * distress that does not come down afterwards, or that goes far past what the step was expected
 * to bring. Every threshold lives here, so the message and the flag always agree.
 */

export const DISTRESS_RULES = {
  /** Distress afterwards at or above this has not come down. */
  afterDistressAtLeast: 70,
  /** A peak this high is close to the most distress a person can imagine. */
  peakDistressAtLeast: 90,
  /** A peak this far above the step's expected distress means the step was too big a jump. */
  peakAboveExpectedBy: 25,
} as const;

/** What a scale measures: distress (higher is worse) or safety (lower is worse). */
export type TScaleTag = NonNullable<TScaleField["tag"]>;

export type TDistressConcern =
  | { kind: "stayed-high"; afterDistress: number }
  | { kind: "peak-very-high"; peakDistress: number }
  | { kind: "peak-above-expected"; peakDistress: number; expectedDistress: number }
  | { kind: "scale-worst-end"; question: string; value: number; tag: TScaleTag };

/**
 * The concern in a finished attempt's ratings, the most pressing first (distress that stayed
 * high matters more than a high peak that came down); null when there is none.
 */
export function attemptDistressConcern(
  ratings: { peakDistress: number | null; afterDistress: number | null },
  expectedDistress: number,
): TDistressConcern | null {
  const { peakDistress: peak, afterDistress: after } = ratings;
  if (after !== null && after >= DISTRESS_RULES.afterDistressAtLeast) {
    return { kind: "stayed-high", afterDistress: after };
  }
  if (peak !== null && peak >= DISTRESS_RULES.peakDistressAtLeast) {
    return { kind: "peak-very-high", peakDistress: peak };
  }
  if (peak !== null && peak - expectedDistress >= DISTRESS_RULES.peakAboveExpectedBy) {
    return { kind: "peak-above-expected", peakDistress: peak, expectedDistress };
  }
  return null;
}

type TTaggedScale = { label: string; min: number; max: number; tag?: TScaleTag | undefined };

/** An answer at the worst end of a tagged scale: the top of a distress scale, the bottom of a safety one. */
export function scaleAnswerConcern(scale: TTaggedScale, value: unknown): TDistressConcern | null {
  if (typeof value !== "number" || scale.tag === undefined) return null;
  const worst = scale.tag === "distress" ? scale.max : scale.min;
  return value === worst
    ? { kind: "scale-worst-end", question: scale.label, value, tag: scale.tag }
    : null;
}

/** The first concern among a worksheet's tagged scales, in the order the client answered them. */
export function answersConcern(
  scales: readonly (TTaggedScale & { id: string })[],
  answers: Readonly<Record<string, unknown>>,
): TDistressConcern | null {
  for (const scale of scales) {
    const concern = scaleAnswerConcern(scale, answers[scale.id]);
    if (concern) return concern;
  }
  return null;
}

/** The tagged scales of a worksheet, in question order: the ones answersConcern reads. */
export const taggedScales = (fields: readonly TWorksheetField[]) =>
  fields.filter((f): f is TScaleField => f.type === "scale" && f.tag !== undefined);

/** A worksheet's answer to "did the feared outcome happen?", when it was yes or partly. */
export function fearCameTrueIn(
  fields: readonly TWorksheetField[],
  answers: Readonly<Record<string, unknown>>,
): "yes" | "partly" | null {
  for (const field of fields) {
    if (field.type !== "yes_no_partly" || !field.fearedOutcome) continue;
    const answer = answers[field.id];
    if (answer === "yes" || answer === "partly") return answer;
  }
  return null;
}

/** "2 Dec": the day in the client's zone, as a flag's one-line reason gives it. */
export function flagDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(at);
}

/** How many of a step's newest attempts must each end higher than the one before. */
export const RISING_OVER = 3;

/**
 * Distress afterwards rising over a step's newest RISING_OVER recorded attempts (each higher than
 * the one before): practice is not bringing it down. `afterDistressNewestFirst` holds only
 * recorded attempts (a stop has no rating and is left out by the caller).
 */
export function risingDistress(afterDistressNewestFirst: readonly number[]): number[] | null {
  const recent = afterDistressNewestFirst.slice(0, RISING_OVER).reverse();
  if (recent.length < RISING_OVER) return null;
  return recent.every((d, i) => i === 0 || d > recent[i - 1]!) ? recent : null;
}

/**
 * The feared outcome happened on the ladder's last two attempts whose outcome the client knows
 * (a stop or "I didn't find out" neither breaks nor makes the pair; partly is not "happened").
 */
export function fearCameTrueAgain(
  outcomesNewestFirst: readonly ("YES" | "NO" | "PARTLY" | "UNKNOWN" | null)[],
): boolean {
  const known = outcomesNewestFirst.filter((o) => o === "YES" || o === "NO" || o === "PARTLY");
  return known.length >= 2 && known[0] === "YES" && known[1] === "YES";
}

/**
 * What a flag is about: a concern in the ratings, a pattern across attempts, or a client who
 * asked for support after an entry they keep just for themselves (its answers stay private, so
 * the reason names none).
 */
export type TFlagCause =
  | TDistressConcern
  | { kind: "asked-for-support" }
  | { kind: "rising-distress"; afterDistress: readonly number[] }
  | { kind: "fear-came-true-again" }
  | { kind: "missed"; lastDay: string }
  | { kind: "quiet"; lastActiveDay: string | null };

/** The daily check's rules: due dates missed in a row, and days without activity. */
export const DAILY_RULES = { missedInARow: 3, quietDays: 7 } as const;

/**
 * The flag's one line for the therapist, e.g. "distress stayed at 80 after step 4 on 2 Dec".
 * `where` names the homework ("step 4", or a worksheet's title in quotes); never the client's words.
 */
export function flagReason(concern: TFlagCause, where: string, day: string): string {
  switch (concern.kind) {
    case "rising-distress":
      return `distress afterwards rose over the last ${concern.afterDistress.length} attempts at ${where} (${concern.afterDistress.join(", ")}) on ${day}`;
    case "missed":
      return `missed ${DAILY_RULES.missedInARow} due dates in a row, the last on ${concern.lastDay}`;
    case "quiet":
      return concern.lastActiveDay
        ? `no activity for ${DAILY_RULES.quietDays} days with homework due, last active on ${concern.lastActiveDay}`
        : `no activity yet, with homework due for ${DAILY_RULES.quietDays} days`;
    case "fear-came-true-again":
      return `the feared outcome happened two attempts in a row, the second at ${where} on ${day}`;
    case "asked-for-support":
      return `asked for support after a private entry in ${where} on ${day}; the answers stay private`;
    case "stayed-high":
      return `distress stayed at ${concern.afterDistress} after ${where} on ${day}`;
    case "peak-very-high":
      return `distress peaked at ${concern.peakDistress} during ${where} on ${day}`;
    case "peak-above-expected":
      return `distress peaked at ${concern.peakDistress} during ${where} on ${day}, expected about ${concern.expectedDistress}`;
    case "scale-worst-end":
      return `answered ${concern.value}, the ${concern.tag === "distress" ? "highest distress" : "least safe"} end, to "${concern.question}" in ${where} on ${day}`;
  }
}
