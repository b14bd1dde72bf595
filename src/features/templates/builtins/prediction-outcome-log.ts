import type { TBuiltinTemplate } from "../builtins";
import { intensityScale } from "./fields";

export const predictionOutcomeLog = {
  key: "prediction-outcome-log",
  kind: "WORKSHEET",
  title: "Prediction vs outcome log",
  summary:
    "Write down what you fear will happen before trusting someone, then record what really happened.",
  whyItHelps:
    "Your sense of who is safe was shaped by what happened to you, and it keeps learning the same " +
    "way: through new experiences. Each time you note a fear beforehand and then see whether it " +
    "came true, you add a piece of fresh evidence. When fear after fear doesn't come true, that " +
    "record can slowly change what you expect from people.",
  howToUse:
    "Ask the client to fill in the first part before a situation that involves trusting someone, " +
    "and the rest afterwards. The answer to whether the fear came true feeds the " +
    "predictions-confirmed chart, so encourage an honest partly when that fits. In session, " +
    "review the fears that did not come true; when one did, look at what it says about that " +
    "particular person rather than about people in general.",
  body: {
    fields: [
      {
        id: "situation",
        type: "short_text",
        label: "What were you about to do?",
        help: "For example, asking a friend for help or telling your partner how you feel.",
        required: true,
      },
      { id: "feared", type: "long_text", label: "What did you fear would happen?", required: true },
      intensityScale("how_sure", "How sure were you that it would happen?", {
        minLabel: "Not sure at all",
        maxLabel: "Completely sure",
      }),
      { id: "when", type: "date", label: "When did it happen?", required: false },
      { id: "what_happened", type: "long_text", label: "What actually happened?", required: true },
      {
        id: "confirmed",
        type: "yes_no_partly",
        label: "Did what you feared come true?",
        required: true,
      },
      {
        id: "learned",
        type: "long_text",
        label: "What does this tell you?",
        help: "About this person, about the fear, or about yourself.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
