import type { TBuiltinTemplate } from "../builtins";

export const boundariesPlan = {
  key: "boundaries-plan",
  kind: "WORKSHEET",
  title: "Boundaries plan",
  summary:
    "Turn a need in one relationship into a clear boundary, plan how to say it, and note how it went.",
  whyItHelps:
    "A boundary isn't a wall: it shows someone how to treat you well, which makes trusting them " +
    "feel safer. Putting your need into one clear sentence, and planning how to say it, makes it " +
    "easier to ask for what you need instead of hoping people will guess. How the other person " +
    "responds is useful information too.",
  howToUse:
    "Work on the first parts together in session if the client finds it hard to name needs. " +
    "Encourage one specific, respectful sentence rather than a list of rules, and rehearse the " +
    "wording. The last question is for afterwards: a respectful response is evidence of " +
    "trustworthiness worth noting, while a dismissive one calls for calibrated caution with this " +
    "person rather than proof that no one can be trusted.",
  body: {
    fields: [
      {
        id: "relationship",
        type: "short_text",
        label: "Which relationship is this about?",
        help: "A first name or a role, like my sister or my manager, is enough.",
        required: true,
      },
      {
        id: "need",
        type: "long_text",
        label: "What do you need in this relationship?",
        required: true,
      },
      {
        id: "boundary",
        type: "short_text",
        label: "Your boundary in one sentence",
        help: "For example: I'd like you to tell me when plans change, rather than me finding out later.",
        required: true,
      },
      {
        id: "how_to_say_it",
        type: "long_text",
        label: "How will you say it?",
        help: "The words you'll use, and when and where you'll say them.",
        required: true,
      },
      { id: "planned_date", type: "date", label: "When do you plan to say it?", required: false },
      {
        id: "how_it_went",
        type: "long_text",
        label: "How did it go?",
        help: "Fill this in afterwards: what you said, how they responded and how you felt.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
