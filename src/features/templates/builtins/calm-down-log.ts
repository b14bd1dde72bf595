import type { TBuiltinTemplate } from "../builtins";
import { distressScale } from "./fields";

export const calmDownLog = {
  key: "calm-down-log",
  kind: "WORKSHEET",
  title: "Calm-down practice log",
  summary: "Practise a calming technique and rate your distress before and after.",
  whyItHelps:
    "When distrust is set off, your body can go into alarm before you've had time to think. " +
    "Practising a calming skill, ideally when you are only mildly stirred up, makes it easier to " +
    "reach for when it counts. Rating your distress before and after shows you what works for you.",
  howToUse:
    "Teach or review the techniques in session before assigning this, and suggest practising at " +
    "low to moderate distress first. The before and after ratings show which techniques help this " +
    "client most. Notes often reveal when a technique was skipped or cut short, which is worth " +
    "exploring together.",
  body: {
    fields: [
      {
        id: "technique",
        type: "single_choice",
        label: "Which technique did you practise?",
        required: true,
        options: [
          { id: "slow-breathing", label: "Slow breathing" },
          { id: "grounding", label: "Grounding (noticing what you can see, hear and touch)" },
          { id: "muscle-relaxing", label: "Tensing and then relaxing your muscles" },
          { id: "mindful-pause", label: "Mindful pause (noticing a thought without acting on it)" },
          {
            id: "self-soothing",
            label: "Self-soothing (a kind word to yourself, a warm drink, a walk)",
          },
          { id: "other", label: "Something else" },
        ],
      },
      {
        id: "other_technique",
        type: "short_text",
        label: "If something else, what was it?",
        required: false,
      },
      { id: "situation", type: "short_text", label: "What was going on?", required: false },
      distressScale("distress_before", "How distressed were you before?"),
      distressScale("distress_after", "How distressed were you afterwards?"),
      {
        id: "notes",
        type: "long_text",
        label: "Notes",
        help: "Anything that helped, got in the way, or that you would change next time.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
