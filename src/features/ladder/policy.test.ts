import { describe, expect, test } from "vitest";

import {
  canFinishAttempt,
  canMarkMastered,
  canStartAttempt,
  ladderState,
  masterySuggestion,
  type TAttemptInput,
  type TLadderInput,
  type TLadderStepInput,
} from "./policy";

const STEPS: TLadderStepInput[] = [
  { id: "s1", title: "Share a small detail with a friend", expectedDistress: 20 },
  { id: "s2", title: "Ask a colleague for a small favour", expectedDistress: 40 },
  { id: "s3", title: "Tell a partner what I need", expectedDistress: 70 },
];

/** A tiny in-memory ladder that applies the same guards the mutations will. */
function ladder(overrides: Partial<TLadderInput> = {}) {
  const attempts: TAttemptInput[] = [...(overrides.attempts ?? [])];
  const mastered = new Set<string>(overrides.masteredStepIds ?? []);
  let clock = Date.parse("2026-03-01T10:00:00Z");
  const tick = () => new Date((clock += 60_000));
  const state = () =>
    ladderState({
      steps: STEPS,
      targetDistress: 30,
      ...overrides,
      attempts,
      masteredStepIds: mastered,
    });
  return {
    state,
    start(stepId: string) {
      const decision = canStartAttempt(state(), stepId);
      if (!decision.ok) return decision;
      const attempt = {
        id: `a${attempts.length + 1}`,
        stepId,
        startedAt: tick(),
        completedAt: null,
        stoppedAt: null,
        peakDistress: null,
        afterDistress: null,
      };
      attempts.push(attempt);
      return { ok: true as const, id: attempt.id };
    },
    /** Peak 20 by default: at s1's expected distress, so only the ending decides. */
    complete(attemptId: string, afterDistress: number, peakDistress = 20) {
      const attempt = attempts.find((a) => a.id === attemptId)!;
      const decision = canFinishAttempt(attempt);
      if (decision.ok) {
        Object.assign(attempt, { completedAt: tick(), afterDistress, peakDistress });
      }
      return decision;
    },
    stop(attemptId: string) {
      const attempt = attempts.find((a) => a.id === attemptId)!;
      const decision = canFinishAttempt(attempt);
      if (decision.ok) Object.assign(attempt, { stoppedAt: tick() });
      return decision;
    },
    master(stepId: string, by: "client" | "therapist" = "therapist") {
      const decision = canMarkMastered(state(), stepId, by);
      if (decision.ok) mastered.add(stepId);
      return decision;
    },
  };
}

const statuses = (l: ReturnType<typeof ladder>) => l.state().steps.map((s) => s.status);

describe("ladderState", () => {
  test("a new ladder starts at the first step with the rest locked", () => {
    const state = ladder().state();
    expect(state.currentStepId).toBe("s1");
    expect(state.complete).toBe(false);
    expect(state.steps.map((s) => [s.id, s.status, s.expectedDistress])).toEqual([
      ["s1", "current", 20],
      ["s2", "upcoming", 40],
      ["s3", "upcoming", 70],
    ]);
  });

  test("start, leave, come back, complete, master, and the next step becomes current", () => {
    const l = ladder();
    const started = l.start("s1");
    expect(started).toEqual({ ok: true, id: "a1" });
    // Coming back later: the open attempt is there to continue.
    expect(l.state().steps[0]).toMatchObject({
      attempts: 1,
      completedAttempts: 0,
      openAttemptId: "a1",
    });
    expect(l.complete("a1", 25)).toEqual({ ok: true });
    expect(l.state().steps[0]).toMatchObject({
      attempts: 1,
      completedAttempts: 1,
      openAttemptId: null,
    });
    expect(l.master("s1")).toEqual({ ok: true });
    expect(l.state().currentStepId).toBe("s2");
    expect(statuses(l)).toEqual(["done", "current", "upcoming"]);
  });

  test("the ladder is complete when every step is mastered", () => {
    const l = ladder();
    for (const id of ["s1", "s2", "s3"]) expect(l.master(id).ok).toBe(true);
    expect(l.state()).toMatchObject({ complete: true, currentStepId: null });
    expect(statuses(l)).toEqual(["done", "done", "done"]);
    expect(
      ladderState({ steps: [], attempts: [], masteredStepIds: [], targetDistress: 30 }).complete,
    ).toBe(false);
  });

  test("order is authoritative: a later step mastered early stays locked until reached", () => {
    const l = ladder({ masteredStepIds: ["s2"] });
    expect(statuses(l)).toEqual(["current", "upcoming", "upcoming"]);
    expect(l.start("s2")).toMatchObject({ ok: false, code: "STEP_LOCKED" });
    l.master("s1");
    // Its record counts once reached, so the client moves straight on to s3.
    expect(statuses(l)).toEqual(["done", "done", "current"]);
  });
});

describe("starting and completing attempts", () => {
  test("an attempt on a locked step is refused with a plain reason", () => {
    const l = ladder();
    expect(l.start("s2")).toEqual({
      ok: false,
      code: "STEP_LOCKED",
      reason: "This step unlocks after you master the one before it.",
    });
    expect(l.state().steps[1]?.attempts).toBe(0);
  });

  test("a second open attempt on the same step is refused until the first is completed", () => {
    const l = ladder();
    l.start("s1");
    expect(l.start("s1")).toMatchObject({ ok: false, code: "ATTEMPT_OPEN" });
    l.complete("a1", 60);
    expect(l.start("s1")).toEqual({ ok: true, id: "a2" });
  });

  test("a done step can be practised again", () => {
    const l = ladder({ masteredStepIds: ["s1"] });
    expect(l.start("s1")).toEqual({ ok: true, id: "a1" });
  });

  test("an unknown step and an already completed attempt are refused", () => {
    const l = ladder();
    expect(l.start("nope")).toMatchObject({ ok: false, code: "UNKNOWN_STEP" });
    l.start("s1");
    l.complete("a1", 40);
    expect(l.complete("a1", 10)).toMatchObject({ ok: false, code: "ALREADY_COMPLETED" });
    expect(l.state().steps[0]?.completedAttempts).toBe(1);
  });
});

describe("stopping an attempt", () => {
  test("a stopped attempt is no longer open, and counts neither for nor against moving up", () => {
    const l = ladder();
    for (const d of [20, 10]) {
      const started = l.start("s1");
      if (started.ok) l.complete(started.id, d);
    }
    const third = l.start("s1");
    expect(third.ok && l.stop(third.id)).toEqual({ ok: true });
    expect(l.state().steps[0]).toMatchObject({
      openAttemptId: null,
      attempts: 3,
      completedAttempts: 2,
      suggestMastery: true,
    });
    // A new attempt may start once the stopped one is out of the way.
    expect(l.start("s1")).toEqual({ ok: true, id: "a4" });
  });

  test("a stopped attempt cannot be stopped again or completed afterwards", () => {
    const l = ladder();
    l.start("s1");
    l.stop("a1");
    expect(l.stop("a1")).toMatchObject({ ok: false, code: "ALREADY_COMPLETED" });
    expect(l.complete("a1", 10)).toMatchObject({ ok: false, code: "ALREADY_COMPLETED" });
    expect(l.state().steps[0]?.completedAttempts).toBe(0);
  });
});

describe("marking a step mastered", () => {
  test("the client needs one recorded attempt first; the therapist may mark without one", () => {
    const l = ladder();
    expect(l.master("s1", "client")).toMatchObject({ ok: false, code: "NOT_PRACTISED" });
    l.start("s1");
    l.stop("a1");
    // A stopped attempt is not practice recorded.
    expect(l.master("s1", "client")).toMatchObject({ ok: false, code: "NOT_PRACTISED" });
    l.start("s1");
    l.complete("a2", 60);
    expect(l.master("s1", "client")).toEqual({ ok: true });
    expect(l.master("s2", "therapist")).toEqual({ ok: true });
  });

  test("only the current step can be marked mastered", () => {
    const l = ladder({ masteredStepIds: ["s1"] });
    expect(l.master("s1")).toMatchObject({ ok: false, code: "ALREADY_MASTERED" });
    expect(l.master("s3")).toMatchObject({ ok: false, code: "STEP_LOCKED" });
    expect(l.state().currentStepId).toBe("s2");
    expect(l.master("s2")).toEqual({ ok: true });
  });

  test("an open attempt does not block mastery and can still be completed as practice", () => {
    const l = ladder();
    l.start("s1");
    expect(l.master("s1")).toEqual({ ok: true });
    expect(l.state().steps[0]).toMatchObject({ status: "done", openAttemptId: "a1" });
    expect(l.complete("a1", 20)).toEqual({ ok: true });
  });
});

describe("suggesting the next step", () => {
  function afterAttempts(...afterDistress: number[]) {
    const l = ladder();
    for (const d of afterDistress) {
      const started = l.start("s1");
      if (started.ok) l.complete(started.id, d);
    }
    return l.state().steps[0]!;
  }

  test("suggested after 2 consecutive completed attempts at or below target", () => {
    expect(afterAttempts(70, 30, 20).suggestMastery).toBe(true);
  });

  test("not suggested after only one good attempt", () => {
    expect(afterAttempts(20).suggestMastery).toBe(false);
  });

  test("not suggested when the newest attempt is above target", () => {
    expect(afterAttempts(20, 25, 31).suggestMastery).toBe(false);
  });

  test("an open attempt neither counts nor breaks the streak", () => {
    const l = ladder();
    for (const d of [20, 10]) {
      const started = l.start("s1");
      if (started.ok) l.complete(started.id, d);
    }
    l.start("s1");
    expect(l.state().steps[0]).toMatchObject({ suggestMastery: true, openAttemptId: "a3" });
  });

  test("only the current step carries a suggestion", () => {
    const attempts: TAttemptInput[] = ["a1", "a2"].map((id, i) => ({
      id,
      stepId: "s1",
      startedAt: new Date(Date.UTC(2026, 2, 1 + i)),
      completedAt: new Date(Date.UTC(2026, 2, 1 + i, 1)),
      stoppedAt: null,
      peakDistress: 10,
      afterDistress: 10,
    }));
    const state = ladderState({
      steps: STEPS,
      attempts,
      masteredStepIds: ["s1"],
      targetDistress: 30,
    });
    expect(state.steps[0]?.suggestMastery).toBe(false);
  });

  test("masterySuggestion uses the newest attempts, the chosen streak, and no target means no hint", () => {
    const good = { peakDistress: 30, afterDistress: 10 };
    const high = { peakDistress: 30, afterDistress: 50 };
    const rule = { expectedDistress: 40, targetDistress: 30 };
    const suggest = (...args: Parameters<typeof masterySuggestion>) =>
      masterySuggestion(...args).suggest;
    expect(suggest([good, good, high], rule)).toBe(true);
    expect(suggest([high, good, good], rule)).toBe(false);
    expect(suggest([good, good], { ...rule, streak: 3 })).toBe(false);
    expect(suggest([good, good, good], { ...rule, streak: 3 })).toBe(true);
    expect(suggest([good, { peakDistress: 30, afterDistress: null }], rule)).toBe(false);
    expect(masterySuggestion([good, good], { expectedDistress: 40, targetDistress: null })).toEqual(
      { suggest: false, note: null },
    );
  });

  test("graduated practice: a peak above the step's expected distress holds the suggestion back", () => {
    const rule = { expectedDistress: 40, targetDistress: 30 };
    const calm = { peakDistress: 40, afterDistress: 30 };
    expect(masterySuggestion([calm, calm], rule).suggest).toBe(true);
    const spiky = masterySuggestion([{ peakDistress: 41, afterDistress: 10 }, calm], rule);
    expect(spiky.suggest).toBe(false);
    expect(spiky.note).toContain("one peaked at 41");
  });

  test("the client is told why the suggestion appeared or not yet", () => {
    const rule = { expectedDistress: 40, targetDistress: 30 };
    const calm = { peakDistress: 20, afterDistress: 20 };
    expect(masterySuggestion([calm, calm], rule).note).toBe(
      "Your last 2 attempts peaked at or below 40 and ended at or below 30: this step is getting easier. Ready to move up? You decide, and you can also keep practising this step.",
    );
    expect(masterySuggestion([], rule).note).toBe(
      "Moving up is suggested after 2 attempts in a row that peak at or below 40 and end at or below 30. You have not recorded one yet.",
    );
    expect(masterySuggestion([calm], rule).note).toMatch(/So far you have 1\.$/);
    expect(masterySuggestion([{ peakDistress: 20, afterDistress: 45 }, calm], rule).note).toMatch(
      /Not yet: of your last attempts, one ended at 45\. That is normal\./,
    );
    expect(masterySuggestion([], { ...rule, streak: 1 }).note).toMatch(
      /^Moving up is suggested after an attempt that peaks at or below 40 and ends at or below 30\./,
    );
  });

  test("the streak length comes from the ladder input", () => {
    const attempts: TAttemptInput[] = [1, 2, 3].map((i) => ({
      id: `a${i}`,
      stepId: "s1",
      startedAt: new Date(Date.UTC(2026, 2, i)),
      completedAt: new Date(Date.UTC(2026, 2, i, 1)),
      stoppedAt: null,
      peakDistress: 10,
      afterDistress: i === 1 ? 90 : 10,
    }));
    const input = { steps: STEPS, attempts, masteredStepIds: [], targetDistress: 30 };
    expect(ladderState(input).steps[0]?.suggestMastery).toBe(true);
    expect(ladderState({ ...input, masteryStreak: 3 }).steps[0]?.suggestMastery).toBe(false);
    // Newest means latest completedAt, whatever order the rows arrive in.
    const shuffled = { ...input, attempts: [attempts[1]!, attempts[2]!, attempts[0]!] };
    expect(ladderState(shuffled).steps[0]?.suggestMastery).toBe(true);
  });

  test("given the true totals, counts come from them and the rest from the newest attempts", () => {
    const attempts: TAttemptInput[] = [
      {
        id: "old-open",
        stepId: "s1",
        startedAt: new Date(0),
        completedAt: null,
        stoppedAt: null,
        peakDistress: null,
        afterDistress: null,
      },
      ...[1, 2].map((i) => ({
        id: `a${i}`,
        stepId: "s1",
        startedAt: new Date(Date.UTC(2026, 2, i)),
        completedAt: new Date(Date.UTC(2026, 2, i, 1)),
        stoppedAt: null,
        peakDistress: 10,
        afterDistress: 10,
      })),
    ];
    const state = ladderState({
      steps: STEPS,
      attempts,
      masteredStepIds: [],
      targetDistress: 30,
      totals: new Map([["s1", { attempts: 400, completed: 399 }]]),
    });
    expect(state.steps[0]).toMatchObject({
      attempts: 400,
      completedAttempts: 399,
      openAttemptId: "old-open",
      suggestMastery: true,
    });
    expect(state.steps[1]).toMatchObject({ attempts: 0, completedAttempts: 0 });
  });
});
