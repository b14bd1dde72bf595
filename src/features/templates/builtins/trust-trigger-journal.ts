import type { TBuiltinTemplate } from "../builtins";
import { distressScale } from "./fields";

export const trustTriggerJournal = {
  key: "trust-trigger-journal",
  kind: "WORKSHEET",
  title: "Trust trigger journal",
  summary:
    "Capture a moment when distrust flared up, and untangle what was happening now from what it echoed.",
  whyItHelps:
    "When distrust flares, it can be hard to tell whether you're responding to the person in " +
    "front of you or to an old hurt. Writing the moment down soon afterwards helps you spot your " +
    "triggers and the patterns behind them. Over time this gives you a little space between the " +
    "trigger and what you do next, so you get to choose your response.",
  howToUse:
    "Ask the client to fill this in soon after a moment when suspicion, fear or the urge to pull " +
    "away showed up. Recurring situations, people and answers to the past-or-present question " +
    "make good material for sessions. Use the intensity ratings to see whether reactions ease " +
    "over the weeks, and the last question to plan one different response to try.",
  body: {
    fields: [
      {
        id: "situation",
        type: "long_text",
        label: "What happened?",
        help: "Describe it plainly, as a camera would have seen it: where you were and what was said or done.",
        required: true,
      },
      {
        id: "who",
        type: "short_text",
        label: "Who was involved?",
        help: "A first name or a role, like my partner or a colleague, is enough.",
        required: true,
      },
      {
        id: "feelings",
        type: "multi_choice",
        label: "What did you feel?",
        help: "Choose as many as fit.",
        required: true,
        options: [
          { id: "anxious", label: "Anxious or on edge" },
          { id: "suspicious", label: "Suspicious" },
          { id: "hurt", label: "Hurt" },
          { id: "angry", label: "Angry" },
          { id: "jealous", label: "Jealous" },
          { id: "sad", label: "Sad" },
          { id: "ashamed", label: "Ashamed" },
          { id: "numb", label: "Numb or shut down" },
          { id: "other", label: "Something else" },
        ],
      },
      {
        id: "body",
        type: "short_text",
        label: "What did you notice in your body?",
        help: "For example a tight chest, a racing heart, a knot in your stomach or wanting to leave.",
        required: false,
      },
      distressScale("intensity", "How strong was the feeling at its peak?"),
      {
        id: "now_or_then",
        type: "single_choice",
        label: "Were you reacting to this person, or reliving something from the past?",
        help: "There is no right answer here. Often it's a bit of both.",
        required: true,
        options: [
          { id: "this-person", label: "Mostly to what this person did" },
          { id: "the-past", label: "Mostly to something it reminded me of" },
          { id: "both", label: "A mix of both" },
          { id: "not-sure", label: "I'm not sure yet" },
        ],
      },
      { id: "what_i_did", type: "long_text", label: "What did you do?", required: true },
      {
        id: "try_next",
        type: "long_text",
        label: "What could you try next time?",
        help: "One small thing is plenty, like a few slow breaths before replying, or asking instead of assuming.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
