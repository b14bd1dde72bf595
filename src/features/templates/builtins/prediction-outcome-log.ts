import type { TBuiltinTemplate } from "../builtins";
import { beliefScale } from "./fields";

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
    "The client fills in the first part before a situation that involves trusting someone and " +
    "submits it; you see the prediction as made. The second part opens on the same page for " +
    "afterwards. Encourage an honest partly, or I didn't find out, when that fits. The client's " +
    "progress page charts how often the feared outcome happened each week, and how sure the " +
    "client was beforehand against what happened. In session, " +
    "compare how sure the client was before with how likely it feels afterwards, and review the " +
    "fears that did not come true; when one did, look at what it says about that particular " +
    "person rather than about people in general. Based on reference 003: new evidence must build " +
    "up before the old expectation changes.",
  body: {
    // Two parts: the prediction before, the rest afterwards.
    afterPartFrom: "when",
    fields: [
      {
        id: "situation",
        type: "short_text",
        label: "What are you about to do?",
        help: "For example, asking a friend for help or telling your partner how you feel.",
        required: true,
      },
      { id: "feared", type: "long_text", label: "What do you fear will happen?", required: true },
      beliefScale("how_sure", "How sure are you that it will happen?"),
      { id: "when", type: "date", label: "When did it happen?", required: false },
      { id: "what_happened", type: "long_text", label: "What actually happened?", required: true },
      {
        id: "confirmed",
        type: "yes_no_partly",
        label: "Did what you feared come true?",
        required: true,
        fearedOutcome: true,
      },
      beliefScale("belief_after", "Now, how likely does it feel that it would happen next time?"),
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
