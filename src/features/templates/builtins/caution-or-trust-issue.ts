import type { TBuiltinTemplate } from "../builtins";

export const cautionOrTrustIssue = {
  key: "caution-or-trust-issue",
  kind: "WORKSHEET",
  title: "Caution or trust issue?",
  summary:
    "Check whether a worry about someone is fair caution about them or an old pattern of distrust.",
  whyItHelps:
    "Being careful with people is healthy when it rests on what they have actually done. Distrust " +
    "that follows you into every relationship, or that rises just because someone is getting " +
    "close, usually comes from past hurts rather than from the person in front of you. Sorting " +
    "one from the other helps you protect yourself where you need to and relax where it's safe.",
  howToUse:
    "Use this when the client is unsure whether a concern about someone is warranted. The " +
    "questions contrast caution tied to this person's own behaviour with vigilance that is " +
    "generalised, set off by closeness itself, or that discounts evidence of reliability. " +
    "Concluding that the caution is fair is a valid outcome; a boundaries plan may suit it better " +
    "than a ladder step.",
  body: {
    fields: [
      {
        id: "person",
        type: "short_text",
        label: "Who is this about?",
        help: "A first name or a role is enough.",
        required: true,
      },
      { id: "concern", type: "long_text", label: "What is the worry?", required: true },
      {
        id: "their_behaviour",
        type: "yes_no_partly",
        label: "Is the worry based on something this person actually said or did?",
        required: true,
      },
      {
        id: "behaviour_detail",
        type: "long_text",
        label: "If so, what did they say or do?",
        required: false,
      },
      {
        id: "generalised",
        type: "yes_no_partly",
        label:
          "Have you had the same worry about other people, including ones who gave you no reason?",
        required: true,
      },
      {
        id: "closeness",
        type: "yes_no_partly",
        label: "Did the worry grow as you got closer, rather than after something happened?",
        required: false,
      },
      {
        id: "trust_evidence",
        type: "long_text",
        label: "What has this person done that suggests they can be relied on?",
        help: "Think of promises kept, times they showed up for you, things they were honest about. If nothing comes to mind, that is an answer too.",
        // The person may not deserve trust: an empty answer is a real one.
        required: false,
      },
      {
        id: "weighed",
        type: "yes_no_partly",
        label: "Have you given that evidence as much weight as the worry?",
        required: true,
      },
      {
        id: "conclusion",
        type: "single_choice",
        label: "Where do you land?",
        required: true,
        options: [
          { id: "fair-caution", label: "Fair caution about this person" },
          { id: "old-pattern", label: "Mostly an old trust pattern" },
          { id: "some-of-each", label: "Some of each" },
          { id: "need-more", label: "I need more information first" },
        ],
      },
      {
        id: "next_step",
        type: "long_text",
        label: "What will you do with this?",
        help: "Perhaps set a boundary, ask a question, or let the worry pass for now.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
