import type { TBuiltinTemplate } from "../builtins";
import { beliefScale } from "./fields";

export const behaviouralExperiment = {
  key: "behavioural-experiment",
  kind: "WORKSHEET",
  title: "Behavioural experiment",
  summary: "Test a belief about trust with a small, planned step, then see what really happened.",
  whyItHelps:
    "A belief like “people always let me down” feels true because it was learned the hard way. " +
    "You cannot argue it away, but you can test it. Plan a small, safe experiment, write down " +
    "what you expect, and then look at what really happened. Each test adds new evidence, and " +
    "over time that evidence can start to count for more than the old.",
  howToUse:
    "Based on reference 003 (what changes trust issues): trust changes through new experiences, and the new evidence has to build " +
    "up before it outweighs a long history. Agree the belief and the experiment in session, " +
    "with people who have given no specific reason for concern. The client submits the first " +
    "part before the experiment and the second part afterwards. Compare the belief ratings " +
    "before and after, and talk through what was learned, whichever way it went.",
  body: {
    // Two parts: the belief, prediction and plan before; what happened afterwards.
    afterPartFrom: "outcome",
    fields: [
      {
        id: "belief",
        type: "long_text",
        label: "What belief do you want to test?",
        help: "For example: if I ask for help, people will think I am weak.",
        required: true,
      },
      beliefScale("belief_before", "How strongly do you believe it right now?"),
      {
        id: "prediction",
        type: "long_text",
        label: "If the belief is true, what do you expect will happen?",
        required: true,
      },
      {
        id: "experiment",
        type: "long_text",
        label: "What will you do to test it, and with whom?",
        help: "Keep it small and safe, with someone who has given you no reason for concern.",
        required: true,
      },
      { id: "outcome", type: "long_text", label: "What actually happened?", required: true },
      {
        id: "prediction_came_true",
        type: "yes_no_partly",
        label: "Did what you expected happen?",
        required: true,
        fearedOutcome: true,
      },
      beliefScale("belief_after", "How strongly do you believe it now?"),
      {
        id: "learned",
        type: "long_text",
        label: "What did you learn?",
        help: "About the belief, about this person, or about yourself.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
