import type { TBuiltinTemplate } from "../builtins";

export const trustingTooMuch = {
  key: "trusting-too-much",
  kind: "WORKSHEET",
  title: "Trusting too much?",
  summary: "Check whether you are giving someone more trust than they have shown they deserve.",
  whyItHelps:
    "Trust issues are not only about trusting too little. Some people trust too much: they keep " +
    "giving chances, explain away warning signs, or go along to keep the peace. Healthy trust " +
    "matches what a person has actually shown, with limits that keep you safe. This check helps " +
    "you look at one relationship with clear eyes.",
  howToUse:
    "Based on the FAQs of references 001 and 003: trusting too much is the opposite pattern, often " +
    "learned where noticing betrayal felt unsafe, and healthy trust rests on evidence and " +
    "boundaries. Use it when a client describes repeated broken promises or pressure in one " +
    "relationship. If there are signs of abuse or control, put safety first rather than " +
    "working on trust with that person.",
  body: {
    fields: [
      {
        id: "person",
        type: "short_text",
        label: "Who is this about?",
        help: "A first name or a role is enough.",
        required: true,
      },
      {
        id: "signs",
        type: "checklist",
        label: "Do any of these fit?",
        help: "Tick any that fit. Leave them all unticked if none do.",
        required: false,
        options: [
          { id: "more-chances", label: "I keep giving chances after promises are broken" },
          { id: "explain-away", label: "I explain away things that worry me" },
          { id: "share-early", label: "I share private things before I know they will be safe" },
          { id: "cannot-say-no", label: "I find it hard to say no to them" },
          { id: "others-worried", label: "People who care about me have raised concerns" },
          { id: "gut-ignored", label: "I ignore my gut feeling to keep the peace" },
        ],
      },
      {
        id: "evidence",
        type: "long_text",
        label: "What has this person actually done, good and not so good?",
        required: true,
      },
      {
        id: "fit",
        type: "single_choice",
        label: "Where do you land?",
        required: true,
        options: [
          { id: "fits", label: "My trust fits what they have shown" },
          { id: "too-much", label: "I may be trusting more than they have shown" },
          { id: "unsure", label: "I am not sure yet" },
        ],
      },
      {
        id: "protect",
        type: "long_text",
        label: "One thing you could do to look after yourself here",
        help: "For example: wait before sharing more, or say no to one request.",
        required: false,
      },
    ],
  },
} satisfies TBuiltinTemplate;
