import type { TBuiltinTemplate } from "../builtins";

export const signsCheckIn = {
  key: "signs-check-in",
  kind: "WORKSHEET",
  title: "Signs check-in (weekly)",
  summary: "Once a week, tick the trust-issue signs you noticed and reflect on how the week went.",
  whyItHelps:
    "Noticing a pattern is the first step to changing it. This quick weekly look back helps you " +
    "see which habits of distrust show up most, and whether they are easing. Ticking a sign isn't " +
    "a failure; it's simply information for you and your therapist.",
  howToUse:
    "Assign this weekly to follow how often familiar signs show up over time. Look for signs that " +
    "fade or persist, and ask about the context of any that suddenly increase. The client's " +
    "progress page charts the closing rating week by week: how safe the client has felt with " +
    "the people close to them. A rating of 0 shows the client a calming message and raises a flag " +
    "for you.",
  body: {
    fields: [
      {
        id: "signs",
        type: "checklist",
        label: "Which of these did you notice in yourself this week?",
        help: "Tick any that fit, even if it happened only once. Leave them all unticked if none did.",
        // Not required: a week with none of these signs is a real answer.
        required: false,
        options: [
          { id: "checking", label: "Checking someone's phone, messages or social media" },
          {
            id: "doubting-kindness",
            label: "Finding it hard to believe a compliment or kind word",
          },
          {
            id: "hidden-meanings",
            label: "Reading hidden meanings into ordinary messages or remarks",
          },
          { id: "holding-back", label: "Keeping something to myself that I wanted to share" },
          { id: "pulling-away", label: "Pulling back when someone got closer" },
          { id: "fear-of-leaving", label: "Worrying that someone would leave or let me down" },
          { id: "testing", label: "Testing someone to see whether they really cared" },
          { id: "going-it-alone", label: "Doing things alone rather than asking for help" },
          { id: "jealousy", label: "Feeling jealous or suspicious without a clear reason" },
          { id: "controlling", label: "Trying to control what someone did so that I'd feel safe" },
        ],
      },
      {
        id: "reflection",
        type: "long_text",
        label: "Looking back on the week, what stands out?",
        help: "Maybe a sign that showed up less, a moment you handled differently, or a situation that keeps coming up.",
        required: true,
      },
      {
        id: "felt_safe",
        type: "scale",
        label: "Overall, how safe did you feel with the people close to you this week?",
        required: false,
        min: 0,
        max: 10,
        step: 1,
        minLabel: "Not at all safe",
        midLabel: "Somewhat safe",
        maxLabel: "Completely safe",
        tag: "safety",
      },
    ],
  },
} satisfies TBuiltinTemplate;
