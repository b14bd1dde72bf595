import type { TBuiltinTemplate } from "../builtins";
import { beliefScale } from "./fields";

export const keptPromisesLog = {
  key: "kept-promises-log",
  kind: "WORKSHEET",
  title: "Kept promises log",
  summary: "Notice the small promises one person makes, and whether they keep them.",
  whyItHelps:
    "Trust grows back slowly, through small promises kept again and again. When you are wary, " +
    "it is easy to remember the one broken promise and miss the ten that were kept. This log " +
    "helps you see the whole picture for one person, a little at a time.",
  howToUse:
    "Based on reference 002 (rebuilding step by step): small promises kept consistently over time rebuild confidence. Choose one " +
    "person with the client who has given no specific reason for concern, and assign this daily " +
    "or a few times a week. Promises not kept are information too: look at them together " +
    "without turning the log into a case for or against the person.",
  body: {
    fields: [
      {
        id: "person",
        type: "short_text",
        label: "Who is this log about?",
        help: "A first name or a role is enough.",
        required: true,
      },
      {
        id: "promise",
        type: "long_text",
        label: "What did they say they would do?",
        help: "Small counts: calling back, being on time, doing a chore.",
        required: true,
      },
      {
        id: "kept",
        type: "single_choice",
        label: "Did they keep it?",
        required: true,
        options: [
          { id: "kept", label: "Yes, they kept it" },
          { id: "partly", label: "Partly, or late" },
          { id: "not-kept", label: "No, not this time" },
          { id: "not-yet", label: "It is not due yet" },
        ],
      },
      {
        id: "noticed",
        type: "long_text",
        label: "What did you notice in yourself?",
        help: "Did you expect them to keep it? How did it feel when they did or didn't?",
        required: false,
      },
      beliefScale("trust_next", "How much do you trust them to keep the next small promise?"),
    ],
  },
} satisfies TBuiltinTemplate;
