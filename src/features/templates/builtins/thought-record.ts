import type { TBuiltinTemplate } from "../builtins";
import { beliefScale, distressScale } from "./fields";

export const thoughtRecord = {
  key: "thought-record",
  kind: "WORKSHEET",
  title: "Thought record for trust fears",
  summary:
    "Catch a distrustful thought, weigh the evidence on both sides and find a more balanced view.",
  whyItHelps:
    "Fears about being let down often arrive as thoughts that feel like facts. Slowing one down " +
    "and looking at what supports it, and what doesn't, helps you see the situation more fully. " +
    "The aim isn't to talk yourself into trusting, only to make room for the whole picture.",
  howToUse:
    "Use this when the client reports a specific thought that drives suspicion or withdrawal, " +
    "such as an assumption about someone's hidden motives. Work through one together in session " +
    "first so the evidence answers stay with facts rather than interpretations. Compare the two " +
    "intensity and belief ratings, before and after: a drop suggests the balanced thought is " +
    "landing. When the evidence supports the fear, the balanced thought may stay blank: that is " +
    "information about the situation, not a failed record.",
  body: {
    fields: [
      { id: "situation", type: "long_text", label: "What was the situation?", required: true },
      {
        id: "automatic_thought",
        type: "long_text",
        label: "What went through your mind?",
        help: "Write the thought the way it came, even if it seems harsh or unlikely now.",
        required: true,
      },
      {
        id: "emotion",
        type: "short_text",
        label: "What did you feel?",
        help: "One or two words, like scared, angry or hurt.",
        required: true,
      },
      distressScale("intensity_before", "How strong was that feeling?"),
      beliefScale("belief_before", "How strongly do you believe the thought?"),
      {
        id: "evidence_for",
        type: "long_text",
        label: "What supports the thought?",
        help: "Stick to things you saw or heard, not guesses about what they meant.",
        required: true,
      },
      {
        id: "evidence_against",
        type: "long_text",
        label: "What doesn't fit the thought?",
        help: "Include anything this person has done that points the other way, even if it feels small.",
        required: true,
      },
      {
        id: "balanced_thought",
        type: "long_text",
        label: "What is a more balanced way to see it?",
        help: "Something that takes all of the evidence into account, and that you can believe. If the evidence backs up the fear, leave this blank and talk it over with your therapist.",
        // The evidence may support the fear: then there is no balanced thought to force.
        required: false,
      },
      distressScale("intensity_after", "How strong is the feeling now?"),
      beliefScale("belief_after", "How strongly do you believe the thought now?"),
    ],
  },
} satisfies TBuiltinTemplate;
