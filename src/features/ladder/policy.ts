import { isLadderFinished } from "~/features/assignments/completion";

/**
 * The ladder as a state machine over plain data: which step is done, current or upcoming, and
 * what the client may do next. Guards return decisions instead of throwing, so pages can show
 * the reason and mutations can turn it into an AppError.
 *
 * Order is authoritative: the current step is the first step without a mastery record, and every
 * step after it is upcoming (locked) even if it somehow has one (e.g. after steps were reordered).
 * Such a stray record counts once the client reaches that step.
 */

export const DEFAULT_MASTERY_STREAK = 2;

export type TLadderStepInput = { id: string; title: string; expectedDistress: number };

export type TAttemptInput = {
  id: string;
  stepId: string;
  startedAt: Date;
  completedAt: Date | null;
  /** A stopped attempt is neither open nor completed: it counts for and against nothing. */
  stoppedAt: Date | null;
  peakDistress: number | null;
  afterDistress: number | null;
};

export type TLadderInput = {
  /** In ladder order, lowest risk first. */
  steps: readonly TLadderStepInput[];
  attempts: readonly TAttemptInput[];
  masteredStepIds: ReadonlySet<string> | readonly string[];
  /** After-distress at or below this suggests moving on; null = the therapist set no target. */
  targetDistress: number | null;
  /** Consecutive completed attempts within the step's expected peak and the target that suggest moving on. */
  masteryStreak?: number;
  /**
   * Each step's true counts, when `attempts` holds only each step's newest ones (and every open
   * one). Without it the counts are those of `attempts`.
   */
  totals?: ReadonlyMap<string, { attempts: number; completed: number }>;
};

export type TLadderStepStatus = "done" | "current" | "upcoming";

export type TLadderStepState = TLadderStepInput & {
  status: TLadderStepStatus;
  /** Every attempt started on this step, including an open one. */
  attempts: number;
  completedAttempts: number;
  /** The attempt the client left unfinished; they continue it rather than start another. */
  openAttemptId: string | null;
  /** Only ever true for the current step. */
  suggestMastery: boolean;
  /** Why it is suggested or not yet (current step only). */
  masteryNote: string | null;
};

export type TLadderState = {
  steps: TLadderStepState[];
  currentStepId: string | null;
  complete: boolean;
};

export type TLadderRefusalCode =
  | "UNKNOWN_STEP"
  | "STEP_LOCKED"
  | "ATTEMPT_OPEN"
  | "ALREADY_COMPLETED"
  | "ALREADY_MASTERED"
  | "NOT_PRACTISED";

export type TLadderDecision =
  { ok: true } | { ok: false; code: TLadderRefusalCode; reason: string };

const refusal = (code: TLadderRefusalCode, reason: string): TLadderDecision => ({
  ok: false,
  code,
  reason,
});

const newestFirst = (a: Date, b: Date) => b.getTime() - a.getTime();

type TRatedAttempt = Pick<TAttemptInput, "peakDistress" | "afterDistress">;

export type TMasterySuggestion = { suggest: boolean; note: string | null };

/**
 * Graduated practice: move up once the newest `streak` completed attempts all peaked at or below
 * what the step was expected to bring and ended at or below the target. A missing rating breaks
 * the streak (we cannot tell it went well). The note tells the client why, either way.
 */
export function masterySuggestion(
  completedAttemptsNewestFirst: readonly TRatedAttempt[],
  rule: { expectedDistress: number; targetDistress: number | null; streak?: number },
): TMasterySuggestion {
  const { expectedDistress: expected, targetDistress: target } = rule;
  if (target === null) return { suggest: false, note: null };
  const needed = Math.max(1, Math.floor(rule.streak ?? DEFAULT_MASTERY_STREAK));
  const recent = completedAttemptsNewestFirst.slice(0, needed);
  const missed = recent.find(
    (a) =>
      a.peakDistress === null ||
      a.afterDistress === null ||
      a.peakDistress > expected ||
      a.afterDistress > target,
  );
  const one = needed === 1;
  if (!missed && recent.length === needed) {
    return {
      suggest: true,
      note:
        `Your last ${one ? "attempt" : `${needed} attempts`} peaked at or below ${expected} and ` +
        `ended at or below ${target}: this step is getting easier. Ready to move up? You decide, ` +
        `and you can also keep practising this step.`,
    };
  }
  const rulePart =
    `Moving up is suggested after ${one ? "an attempt" : `${needed} attempts in a row`} that ` +
    `${one ? "peaks" : "peak"} at or below ${expected} and ${one ? "ends" : "end"} at or below ${target}.`;
  if (missed) {
    const what =
      missed.peakDistress !== null && missed.peakDistress > expected
        ? `one peaked at ${missed.peakDistress}`
        : missed.afterDistress !== null
          ? `one ended at ${missed.afterDistress}`
          : "one has no distress ratings";
    return {
      suggest: false,
      note: `${rulePart} Not yet: of your last attempts, ${what}. That is normal. Doing the same step again usually makes it easier.`,
    };
  }
  const so =
    recent.length === 0 ? "You have not recorded one yet." : `So far you have ${recent.length}.`;
  return { suggest: false, note: `${rulePart} ${so}` };
}

export function ladderState(input: TLadderInput): TLadderState {
  const mastered = new Set(input.masteredStepIds);
  const currentIndex = input.steps.findIndex((s) => !mastered.has(s.id));

  const steps = input.steps.map((step, index): TLadderStepState => {
    const own = input.attempts.filter((a) => a.stepId === step.id);
    const open = own
      .filter((a) => a.completedAt === null && a.stoppedAt === null)
      .sort((a, b) => newestFirst(a.startedAt, b.startedAt))[0];
    const completed = own
      .filter((a): a is TAttemptInput & { completedAt: Date } => a.completedAt !== null)
      .sort((a, b) => newestFirst(a.completedAt, b.completedAt));
    const status: TLadderStepStatus =
      currentIndex === -1 || index < currentIndex
        ? "done"
        : index === currentIndex
          ? "current"
          : "upcoming";
    const mastery =
      status === "current"
        ? masterySuggestion(completed, {
            expectedDistress: step.expectedDistress,
            targetDistress: input.targetDistress,
            streak: input.masteryStreak,
          })
        : { suggest: false, note: null };
    return {
      ...step,
      status,
      attempts: input.totals?.get(step.id)?.attempts ?? own.length,
      completedAttempts: input.totals?.get(step.id)?.completed ?? completed.length,
      openAttemptId: open?.id ?? null,
      suggestMastery: mastery.suggest,
      masteryNote: mastery.note,
    };
  });

  return {
    steps,
    currentStepId: input.steps[currentIndex]?.id ?? null,
    complete: isLadderFinished(input.steps, mastered),
  };
}

/** Done steps may be practised again (repeating is normal); upcoming steps stay locked. */
export function canStartAttempt(state: TLadderState, stepId: string): TLadderDecision {
  const step = state.steps.find((s) => s.id === stepId);
  if (!step) return refusal("UNKNOWN_STEP", "This step is not on your ladder.");
  if (step.status === "upcoming") {
    return refusal("STEP_LOCKED", "This step unlocks after you master the one before it.");
  }
  if (step.openAttemptId !== null) {
    return refusal(
      "ATTEMPT_OPEN",
      "You already started this step. Continue that attempt and record how it went first.",
    );
  }
  return { ok: true };
}

/**
 * Only the current step can be marked mastered. The client needs at least one recorded attempt
 * on it; the therapist may mark it without one (the client may already do it outside the app),
 * and the ladder then shows it as marked by the therapist. An open attempt does not block it:
 * the client can still finish it, as practice on a done step.
 */
export function canMarkMastered(
  state: TLadderState,
  stepId: string,
  by: "client" | "therapist",
): TLadderDecision {
  const step = state.steps.find((s) => s.id === stepId);
  if (!step) return refusal("UNKNOWN_STEP", "This step is not on your ladder.");
  if (step.status === "done") return refusal("ALREADY_MASTERED", "This step is already mastered.");
  if (step.status === "upcoming") {
    return refusal("STEP_LOCKED", "Master the steps before this one first.");
  }
  if (by === "client" && step.completedAttempts === 0) {
    return refusal(
      "NOT_PRACTISED",
      "Record at least one attempt on this step first. If you already do it outside the app, your therapist can mark it for you.",
    );
  }
  return { ok: true };
}

/** An attempt is recorded or stopped only while it is open, and only once. */
export function canFinishAttempt(
  attempt: Pick<TAttemptInput, "completedAt" | "stoppedAt">,
): TLadderDecision {
  if (attempt.completedAt !== null) {
    return refusal("ALREADY_COMPLETED", "You already recorded how this attempt went.");
  }
  if (attempt.stoppedAt !== null) {
    return refusal("ALREADY_COMPLETED", "This attempt is already marked as stopped.");
  }
  return { ok: true };
}
