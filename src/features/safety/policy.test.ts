import { describe, expect, test } from "vitest";
import type { TWorksheetField } from "~/features/templates/schema";
import {
  answersConcern,
  attemptDistressConcern,
  fearCameTrueAgain,
  fearCameTrueIn,
  flagDay,
  flagReason,
  risingDistress,
  scaleAnswerConcern,
  taggedScales,
} from "./policy";

describe("distress in a finished attempt", () => {
  test("distress afterwards of 70 or more has stayed high", () => {
    expect(attemptDistressConcern({ peakDistress: 80, afterDistress: 70 }, 80)).toEqual({
      kind: "stayed-high",
      afterDistress: 70,
    });
    expect(attemptDistressConcern({ peakDistress: 80, afterDistress: 69 }, 80)).toBeNull();
  });

  test("a peak of 90 or more is a concern even when it came down", () => {
    expect(attemptDistressConcern({ peakDistress: 90, afterDistress: 20 }, 85)).toEqual({
      kind: "peak-very-high",
      peakDistress: 90,
    });
    expect(attemptDistressConcern({ peakDistress: 89, afterDistress: 20 }, 85)).toBeNull();
  });

  test("a peak 25 or more above the step's expected distress is a concern", () => {
    expect(attemptDistressConcern({ peakDistress: 65, afterDistress: 20 }, 40)).toEqual({
      kind: "peak-above-expected",
      peakDistress: 65,
      expectedDistress: 40,
    });
    // A high peak on a hard step is expected in exposure practice.
    expect(attemptDistressConcern({ peakDistress: 64, afterDistress: 20 }, 40)).toBeNull();
  });

  test("stayed high is named first, since it matters most", () => {
    expect(attemptDistressConcern({ peakDistress: 95, afterDistress: 90 }, 20)?.kind).toBe(
      "stayed-high",
    );
  });

  test("no ratings, no concern", () => {
    expect(attemptDistressConcern({ peakDistress: null, afterDistress: null }, 0)).toBeNull();
  });
});

describe("answers at the worst end of a tagged scale", () => {
  const distress = {
    id: "d",
    label: "How upset were you?",
    min: 0,
    max: 10,
    tag: "distress" as const,
  };
  const safety = {
    id: "s",
    label: "How safe did you feel?",
    min: 0,
    max: 10,
    tag: "safety" as const,
  };

  test("the top of a distress scale and the bottom of a safety scale", () => {
    expect(scaleAnswerConcern(distress, 10)).toEqual({
      kind: "scale-worst-end",
      question: "How upset were you?",
      value: 10,
      tag: "distress",
    });
    expect(scaleAnswerConcern(distress, 9)).toBeNull();
    expect(scaleAnswerConcern(distress, 0)).toBeNull();
    expect(scaleAnswerConcern(safety, 0)).toMatchObject({ tag: "safety" });
    expect(scaleAnswerConcern(safety, 10)).toBeNull();
  });

  test("an untagged scale, or an unanswered one, never raises a concern", () => {
    expect(scaleAnswerConcern({ ...distress, tag: undefined }, 10)).toBeNull();
    expect(scaleAnswerConcern(distress, undefined)).toBeNull();
    expect(scaleAnswerConcern(distress, "10")).toBeNull();
  });

  test("a worksheet's first concerning answer, in question order", () => {
    expect(answersConcern([distress, safety], { d: 3, s: 0 })).toMatchObject({
      question: "How safe did you feel?",
    });
    expect(answersConcern([distress, safety], { d: 3, s: 4 })).toBeNull();
  });
});

describe("the flag's one line", () => {
  test("names the rating, the place and the day in the client's zone, never their words", () => {
    // 23:30 in UTC on 1 Dec is already 2 Dec in Berlin.
    const day = flagDay(new Date("2026-12-01T23:30:00Z"), "Europe/Berlin");
    expect(day).toBe("2 Dec");
    expect(flagReason({ kind: "stayed-high", afterDistress: 80 }, "step 4", day)).toBe(
      "distress stayed at 80 after step 4 on 2 Dec",
    );
    expect(
      flagReason(
        { kind: "peak-above-expected", peakDistress: 75, expectedDistress: 40 },
        "step 2",
        day,
      ),
    ).toBe("distress peaked at 75 during step 2 on 2 Dec, expected about 40");
    expect(
      flagReason(
        { kind: "scale-worst-end", question: "How safe did you feel?", value: 0, tag: "safety" },
        "“Weekly check-in”",
        day,
      ),
    ).toBe(
      'answered 0, the least safe end, to "How safe did you feel?" in “Weekly check-in” on 2 Dec',
    );
  });
});

describe("a worksheet's answers", () => {
  const fields = [
    {
      id: "happened",
      type: "yes_no_partly",
      label: "Did it happen?",
      required: true,
      fearedOutcome: true,
    },
    { id: "other", type: "yes_no_partly", label: "Did you sleep well?", required: false },
    { id: "calm", type: "scale", label: "Calm?", required: false, min: 0, max: 10, step: 1 },
    {
      id: "upset",
      type: "scale",
      label: "Upset?",
      required: false,
      min: 0,
      max: 10,
      step: 1,
      tag: "distress",
    },
  ] satisfies TWorksheetField[];

  test("only tagged scales are read for distress", () => {
    expect(taggedScales(fields).map((f) => f.id)).toEqual(["upset"]);
    expect(answersConcern(taggedScales(fields), { calm: 10, upset: 10 })).toMatchObject({
      question: "Upset?",
    });
  });

  test("the feared outcome question decides whether the fear came true", () => {
    expect(fearCameTrueIn(fields, { happened: "yes" })).toBe("yes");
    expect(fearCameTrueIn(fields, { happened: "partly" })).toBe("partly");
    expect(fearCameTrueIn(fields, { happened: "unknown" })).toBeNull();
    expect(fearCameTrueIn(fields, { happened: "no", other: "yes" })).toBeNull();
  });
});

describe("patterns across attempts", () => {
  test("rising distress: each of the step's last 3 recorded attempts ended higher", () => {
    // Newest first, as the ladder reads them.
    expect(risingDistress([50, 40, 30])).toEqual([30, 40, 50]);
    expect(risingDistress([50, 40, 30, 90])).toEqual([30, 40, 50]);
    expect(risingDistress([50, 50, 30])).toBeNull();
    expect(risingDistress([30, 40, 50])).toBeNull();
    expect(risingDistress([50, 40])).toBeNull();
  });

  test("the feared outcome twice in a row, over the attempts whose outcome is known", () => {
    expect(fearCameTrueAgain(["YES", "YES"])).toBe(true);
    // A stop (null) or "didn't find out" in between neither breaks nor makes the pair.
    expect(fearCameTrueAgain(["YES", null, "UNKNOWN", "YES"])).toBe(true);
    expect(fearCameTrueAgain(["YES", "PARTLY", "YES"])).toBe(false);
    expect(fearCameTrueAgain(["YES"])).toBe(false);
    expect(fearCameTrueAgain(["NO", "YES", "YES"])).toBe(false);
  });

  test("their one-line reasons", () => {
    expect(
      flagReason({ kind: "rising-distress", afterDistress: [30, 40, 50] }, "step 2", "2 Dec"),
    ).toBe("distress afterwards rose over the last 3 attempts at step 2 (30, 40, 50) on 2 Dec");
    expect(flagReason({ kind: "fear-came-true-again" }, "step 4", "2 Dec")).toBe(
      "the feared outcome happened two attempts in a row, the second at step 4 on 2 Dec",
    );
    expect(flagReason({ kind: "missed", lastDay: "2 Dec" }, "", "3 Dec")).toBe(
      "missed 3 due dates in a row, the last on 2 Dec",
    );
    expect(flagReason({ kind: "quiet", lastActiveDay: "25 Nov" }, "", "3 Dec")).toBe(
      "no activity for 7 days with homework due, last active on 25 Nov",
    );
    expect(flagReason({ kind: "quiet", lastActiveDay: null }, "", "3 Dec")).toBe(
      "no activity yet, with homework due for 7 days",
    );
  });
});
