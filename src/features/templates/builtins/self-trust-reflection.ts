import type { TBuiltinTemplate } from "../builtins";
import { beliefScale } from "./fields";

export const selfTrustReflection = {
  key: "self-trust-reflection",
  kind: "WORKSHEET",
  title: "Trusting yourself",
  summary: "Look back on a choice you made, and answer your inner critic with kindness.",
  whyItHelps:
    "After being let down, many people stop trusting their own judgement as well as other " +
    "people. Rebuilding trust starts at home: noticing the choices you got right and speaking to " +
    "yourself the way you would speak to a good friend. Being kind to yourself is not letting " +
    "yourself off the hook. It makes change easier to keep up.",
  howToUse:
    "Based on references 000 and 001 (healing and self-compassion): healing includes rebuilding confidence in yourself, and self-" +
    "compassion supports it. Useful when a client blames themselves for being hurt or doubts " +
    "every choice. In session, look at the gap between the inner critic and the kind words, and " +
    "at how the self-trust rating moves over several entries.",
  body: {
    fields: [
      {
        id: "choice",
        type: "long_text",
        label: "Think of a recent choice you made for yourself. What was it?",
        help: "Big or small: saying no, asking a question, leaving early.",
        required: true,
      },
      {
        id: "went_well",
        type: "long_text",
        label: "What did you handle well?",
        required: true,
      },
      {
        id: "inner_critic",
        type: "long_text",
        label: "What did your inner critic say about it?",
        required: false,
      },
      {
        id: "kind_words",
        type: "long_text",
        label: "What would you say to a good friend in your place?",
        required: true,
      },
      beliefScale("self_trust", "How much do you trust your own judgement today?"),
      {
        id: "back_yourself",
        type: "short_text",
        label: "One small way to back yourself this week",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
