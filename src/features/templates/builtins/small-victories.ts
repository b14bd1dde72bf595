import type { TBuiltinTemplate } from "../builtins";

export const smallVictories = {
  key: "small-victories",
  kind: "WORKSHEET",
  title: "Small victories",
  summary: "Record a step forward in trust, however small, and decide how to mark it.",
  whyItHelps:
    "It's easy to remember the setbacks and skip past the progress. Writing down what you did, " +
    "even something that seems minor, helps the good moments count. Celebrating them keeps you " +
    "going on the days when change feels slow.",
  howToUse:
    "Encourage the client to log any step forward, including ones that seem too small to mention, " +
    "like answering honestly or not checking. Read these entries back together, especially after " +
    "a setback. The celebration can be modest; what matters is that the client deliberately " +
    "acknowledges the step.",
  body: {
    fields: [
      {
        id: "what_i_did",
        type: "long_text",
        label: "What did you do?",
        help: "Small counts: an honest reply, asking for help, letting a doubt pass.",
        required: true,
      },
      {
        id: "why_it_mattered",
        type: "long_text",
        label: "Why did it matter to you?",
        required: true,
      },
      {
        id: "celebrate",
        type: "short_text",
        label: "How will you celebrate it?",
        help: "Something that feels good to you, like telling someone, a small treat or a moment to feel proud.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
