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
  afterDistress: number | null;
};

export type TLadderInput = {
  /** In ladder order, lowest risk first. */
  steps: readonly TLadderStepInput[];
  attempts: readonly TAttemptInput[];
  masteredStepIds: ReadonlySet<string> | readonly string[];
  /** After-distress at or below this suggests moving on; null = the therapist set no target. */
  targetDistress: number | null;
  /** Consecutive completed attempts at or below target that suggest moving on. */
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
};

export type TLadderState = {
  steps: TLadderStepState[];
  currentStepId: string | null;
  complete: boolean;
};

export type TLadderRefusalCode =
  "UNKNOWN_STEP" | "STEP_LOCKED" | "ATTEMPT_OPEN" | "ALREADY_COMPLETED" | "ALREADY_MASTERED";

export type TLadderDecision =
  { ok: true } | { ok: false; code: TLadderRefusalCode; reason: string };

const refusal = (code: TLadderRefusalCode, reason: string): TLadderDecision => ({
  ok: false,
  code,
  reason,
});

const newestFirst = (a: Date, b: Date) => b.getTime() - a.getTime();

/**
 * True when the newest `streak` completed attempts all ended at or below the target distress.
 * An attempt without an after-distress rating breaks the streak: we cannot tell it went well.
 */
export function suggestMastery(
  completedAttemptsNewestFirst: readonly Pick<TAttemptInput, "afterDistress">[],
  targetDistress: number | null,
  streak: number = DEFAULT_MASTERY_STREAK,
): boolean {
  if (targetDistress === null) return false;
  const needed = Math.max(1, Math.floor(streak));
  const recent = completedAttemptsNewestFirst.slice(0, needed);
  return (
    recent.length === needed &&
    recent.every((a) => a.afterDistress !== null && a.afterDistress <= targetDistress)
  );
}

export function ladderState(input: TLadderInput): TLadderState {
  const mastered = new Set(input.masteredStepIds);
  const currentIndex = input.steps.findIndex((s) => !mastered.has(s.id));

  const steps = input.steps.map((step, index): TLadderStepState => {
    const own = input.attempts.filter((a) => a.stepId === step.id);
    const open = own
      .filter((a) => a.completedAt === null)
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
    return {
      ...step,
      status,
      attempts: input.totals?.get(step.id)?.attempts ?? own.length,
      completedAttempts: input.totals?.get(step.id)?.completed ?? completed.length,
      openAttemptId: open?.id ?? null,
      suggestMastery:
        status === "current" &&
        suggestMastery(completed, input.targetDistress, input.masteryStreak),
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

export function canCompleteAttempt(attempt: Pick<TAttemptInput, "completedAt">): TLadderDecision {
  if (attempt.completedAt !== null) {
    return refusal("ALREADY_COMPLETED", "You already recorded how this attempt went.");
  }
  return { ok: true };
}

/**
 * Only the current step can be marked mastered, by the client or the therapist. An open attempt
 * does not block it: the client can still finish it, as practice on a done step.
 */
export function canMarkMastered(state: TLadderState, stepId: string): TLadderDecision {
  const step = state.steps.find((s) => s.id === stepId);
  if (!step) return refusal("UNKNOWN_STEP", "This step is not on your ladder.");
  if (step.status === "done") return refusal("ALREADY_MASTERED", "This step is already mastered.");
  if (step.status === "upcoming") {
    return refusal("STEP_LOCKED", "Master the steps before this one first.");
  }
  return { ok: true };
}
