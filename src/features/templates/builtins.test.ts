import { describe, expect, test } from "vitest";
import { BUILTIN_TEMPLATES, getBuiltinTemplate } from "./builtins";
import { ZSlugSchema, ZTemplateContentSchema, ladderOrderWarnings, worksheetParts } from "./schema";

const text = (t: (typeof BUILTIN_TEMPLATES)[number]) =>
  [t.summary, t.whyItHelps, t.howToUse].join(" ");
const sentences = (text: string) => text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== "");

const EXPECTED_KEYS = [
  "trust-ladder",
  "trust-trigger-journal",
  "thought-record",
  "caution-or-trust-issue",
  "trusting-too-much",
  "prediction-outcome-log",
  "behavioural-experiment",
  "kept-promises-log",
  "boundaries-plan",
  "calm-down-log",
  "self-trust-reflection",
  "signs-check-in",
  "small-victories",
];
/** Added from the sources after the clinical review: each names its source for the therapist. */
const FROM_THE_SOURCES = [
  "trusting-too-much",
  "behavioural-experiment",
  "kept-promises-log",
  "self-trust-reflection",
];

describe("built-in templates", () => {
  test("all 13 exist with unique slug keys", () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.key)).toEqual(EXPECTED_KEYS);
    for (const { key } of BUILTIN_TEMPLATES)
      expect(ZSlugSchema.safeParse(key).success, key).toBe(true);
    expect(getBuiltinTemplate("thought-record")?.title).toBe("Thought record for trust fears");
    expect(getBuiltinTemplate("nope")).toBeUndefined();
  });

  test("1 ladder and 12 worksheets", () => {
    expect(BUILTIN_TEMPLATES.filter((t) => t.kind === "LADDER").map((t) => t.key)).toEqual([
      "trust-ladder",
    ]);
    expect(BUILTIN_TEMPLATES.filter((t) => t.kind === "WORKSHEET")).toHaveLength(12);
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))(
    "%s: body validates and parsing changes nothing",
    (_key, template) => {
      const content = { kind: template.kind, body: template.body };
      const result = ZTemplateContentSchema.safeParse(content);
      expect(result.error?.issues ?? []).toEqual([]);
      // Parsing must not trim or default anything: the code is already in stored form.
      expect(result.data).toEqual(content);
    },
  );

  test.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))(
    "%s: has a one-sentence summary and notes for client and therapist",
    (_key, template) => {
      expect(template.title.trim()).not.toBe("");
      expect(sentences(template.summary)).toHaveLength(1);
      const why = sentences(template.whyItHelps).length;
      const how = sentences(template.howToUse).length;
      expect(why).toBeGreaterThanOrEqual(2);
      expect(why).toBeLessThanOrEqual(6);
      expect(how).toBeGreaterThanOrEqual(2);
      expect(how).toBeLessThanOrEqual(10);
      // Only what the app shows: a chart is promised only where the client's progress page
      // draws one (feared-outcome and rating questions of worksheets).
      if (/chart|trend|graph/i.test(text(template))) {
        expect(text(template)).toMatch(/progress page charts/);
        const fields = template.kind === "WORKSHEET" ? template.body.fields : [];
        expect(
          fields.some((f) => f.type === "scale" || (f.type === "yes_no_partly" && f.fearedOutcome)),
        ).toBe(true);
      }
      // No phone numbers or figures presented as facts in product text.
      expect(text(template)).not.toMatch(/\d{3}[\s-]?\d{3}|%/);
    },
  );

  test("the ladder has 6-10 steps climbing in expected distress", () => {
    const ladder = getBuiltinTemplate("trust-ladder");
    if (ladder?.kind !== "LADDER") throw new Error("trust-ladder must be a LADDER");
    const { steps } = ladder.body;
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(10);
    const distress = steps.map((s) => s.expectedDistress);
    expect(distress).toEqual([...distress].sort((a, b) => a - b));
    expect(ladderOrderWarnings(steps)).toEqual([]);
    for (const step of steps) expect(step.description.length, step.id).toBeGreaterThan(0);
  });

  test("core fields from the design are covered with fitting types", () => {
    const typeOf = (key: string, id: string) => {
      const t = getBuiltinTemplate(key);
      return t?.kind === "WORKSHEET" ? t.body.fields.find((f) => f.id === id)?.type : undefined;
    };
    expect(typeOf("trust-trigger-journal", "intensity")).toBe("scale");
    expect(typeOf("trust-trigger-journal", "now_or_then")).toBe("single_choice");
    expect(typeOf("thought-record", "intensity_before")).toBe("scale");
    expect(typeOf("thought-record", "intensity_after")).toBe("scale");
    expect(typeOf("thought-record", "balanced_thought")).toBe("long_text");
    expect(typeOf("caution-or-trust-issue", "their_behaviour")).toBe("yes_no_partly");
    expect(typeOf("caution-or-trust-issue", "conclusion")).toBe("single_choice");
    expect(typeOf("prediction-outcome-log", "how_sure")).toBe("scale");
    expect(typeOf("prediction-outcome-log", "confirmed")).toBe("yes_no_partly");
    expect(typeOf("boundaries-plan", "boundary")).toBe("short_text");
    expect(typeOf("calm-down-log", "distress_before")).toBe("scale");
    expect(typeOf("calm-down-log", "distress_after")).toBe("scale");
    expect(typeOf("signs-check-in", "signs")).toBe("checklist");
    expect(typeOf("small-victories", "celebrate")).toBe("short_text");
  });

  test("every distress or safety rating is tagged, so its worst end gets a response", () => {
    const tags = BUILTIN_TEMPLATES.flatMap((t) =>
      t.kind === "WORKSHEET"
        ? t.body.fields.flatMap((f) => (f.type === "scale" ? [[`${t.key}.${f.id}`, f.tag]] : []))
        : [],
    );
    expect(Object.fromEntries(tags)).toEqual({
      "trust-trigger-journal.intensity": "distress",
      "thought-record.intensity_before": "distress",
      "thought-record.belief_before": undefined,
      "thought-record.intensity_after": "distress",
      "thought-record.belief_after": undefined,
      "prediction-outcome-log.how_sure": undefined,
      "prediction-outcome-log.belief_after": undefined,
      "behavioural-experiment.belief_before": undefined,
      "behavioural-experiment.belief_after": undefined,
      "kept-promises-log.trust_next": undefined,
      "calm-down-log.distress_before": "distress",
      "calm-down-log.distress_after": "distress",
      "self-trust-reflection.self_trust": undefined,
      "signs-check-in.felt_safe": "safety",
    });
  });

  test("questions about a feared outcome offer “I didn't find out”", () => {
    const asked = BUILTIN_TEMPLATES.flatMap((t) =>
      t.kind === "WORKSHEET"
        ? t.body.fields.filter((f) => f.type === "yes_no_partly" && f.fearedOutcome)
        : [],
    );
    expect(asked.map((f) => f.id)).toEqual(["confirmed", "prediction_came_true"]);
  });

  test("answers the client may not have are optional", () => {
    const required = (key: string, id: string) => {
      const t = getBuiltinTemplate(key);
      return t?.kind === "WORKSHEET" ? t.body.fields.find((f) => f.id === id)?.required : true;
    };
    expect(required("caution-or-trust-issue", "trust_evidence")).toBe(false);
    expect(required("small-victories", "celebrate")).toBe(false);
    expect(required("thought-record", "balanced_thought")).toBe(false);
  });

  test("the ladder keeps the practice to safe people, and says so to both", () => {
    const ladder = getBuiltinTemplate("trust-ladder")!;
    expect(ladder.whyItHelps).toContain(
      "If someone has hurt you, leave them off this ladder and tell your therapist.",
    );
    expect(ladder.whyItHelps).toContain("no specific reason for concern");
    expect(ladder.howToUse).toMatch(/keeping distance is what keeps the client safe/);
  });

  test.each(FROM_THE_SOURCES)("%s names the reference it comes from", (key) => {
    expect(getBuiltinTemplate(key)?.howToUse).toMatch(/^Based on (the FAQs of )?references? 00\d/);
  });
});

describe("two-part built-ins", () => {
  test.each([
    ["prediction-outcome-log", ["situation", "feared", "how_sure"]],
    ["behavioural-experiment", ["belief", "belief_before", "prediction", "experiment"]],
  ])("%s asks its before part first", (key, before) => {
    const template = getBuiltinTemplate(key);
    if (template?.kind !== "WORKSHEET") throw new Error(`${key} must be a worksheet`);
    const parts = worksheetParts(template.body);
    expect(parts?.before.map((f) => f.id)).toEqual(before);
    // The before part is asked in the present tense: it is filled in beforehand.
    for (const field of parts?.before ?? []) expect(field.label).not.toMatch(/\b(were|did|was)\b/);
  });
});
