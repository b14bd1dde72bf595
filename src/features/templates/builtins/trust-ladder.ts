import type { TBuiltinTemplate } from "../builtins";

export const trustLadder = {
  key: "trust-ladder",
  kind: "LADDER",
  title: "Graduated trust-building ladder",
  summary: "Small, real-life acts of trust, climbed one step at a time from easiest to hardest.",
  whyItHelps:
    "Deciding to trust more rarely changes how trust feels; new experiences do. Each step is a " +
    "small, real chance to let someone in a little, starting where the risk is low. You write " +
    "down what you expect first, then notice what actually happened, and over many tries those " +
    "notes add up to new evidence. Move up only when a step has started to feel manageable: " +
    "going at your own pace is part of the work. Only include people who have given you no " +
    "specific reason for concern. If someone has hurt you, leave them off this ladder and tell " +
    "your therapist.",
  howToUse:
    "Before you build it, check for relationships where keeping distance is what keeps the " +
    "client safe (abuse, threats, control) and leave those people off; this practice belongs in " +
    "safe, supportive relationships (reference 001). Edit, add, remove or reorder steps with your " +
    "client so the ladder fits their own relationships, and agree an honest expected-distress " +
    "rating for each, without jumps of more than about 20 between steps. Before each attempt " +
    "the client writes a prediction and rates their distress; afterwards they record peak and " +
    "after distress, whether the feared outcome happened, how likely it now feels, and what " +
    "they learned. The app suggests moving up once the set number of attempts in a row peaked " +
    "at or below the step's expected distress and ended at or below the target; the client " +
    "decides. A stopped attempt counts neither way. Distress that stays high raises a flag on " +
    "the client's page. Review attempts together and dwell on predictions that did not come " +
    "true, since those are the evidence that slowly updates trust.",
  body: {
    targetDistress: 30,
    masteryStreak: 2,
    steps: [
      {
        id: "share-a-preference",
        title: "Share a small preference",
        description:
          "Tell someone you feel safe with something low-stakes about yourself, such as a film " +
          "you liked or how your weekend went.",
        expectedDistress: 15,
      },
      {
        id: "ask-a-small-favour",
        title: "Ask for a small favour",
        description:
          "Ask a friend, neighbour or colleague for something minor, like lending you a book or " +
          "saving you a seat, and notice whether they follow through.",
        expectedDistress: 20,
      },
      {
        id: "hand-over-a-task",
        title: "Hand over a small task",
        description:
          "Let someone else take care of a small shared task, such as booking a table or " +
          "choosing the route, without checking on it or redoing it.",
        expectedDistress: 30,
      },
      {
        id: "say-what-you-think",
        title: "Say what you honestly think",
        description:
          "Give an honest opinion about something minor, even if it differs from the other " +
          "person's, instead of going along to keep the peace.",
        expectedDistress: 35,
      },
      {
        id: "share-a-worry",
        title: "Share a small worry",
        description:
          "Tell a safe person about a minor worry or a difficult day, and let them respond " +
          "without rushing to change the subject.",
        expectedDistress: 45,
      },
      {
        id: "let-a-doubt-go-unchecked",
        title: "Let a doubt go unchecked",
        description:
          "When you feel the urge to check up on someone (their messages, whereabouts or social " +
          "media), wait instead. Note what you feared and what happened next.",
        expectedDistress: 55,
      },
      {
        id: "state-a-need",
        title: "State a need clearly",
        description:
          "Tell a partner, friend or family member who has given you no reason for concern one " +
          "thing you need from them, in one plain sentence, and give them the chance to respond.",
        expectedDistress: 60,
      },
      {
        id: "rely-on-someone",
        title: "Rely on someone for something that matters",
        description:
          "Let someone who has been reliable so far help with something you would normally " +
          "insist on doing alone, and leave it in their hands.",
        expectedDistress: 70,
      },
      {
        id: "share-your-story",
        title: "Share something personal from your past",
        description:
          "Tell a safe, supportive person about an experience that shaped you, sharing only as " +
          "much as feels right for now.",
        expectedDistress: 80,
      },
      {
        id: "talk-about-trust",
        title: "Talk about trust with someone close",
        description:
          "Tell a person close to you, who has given you no reason for concern, that trusting " +
          "can be hard for you and what helps you feel safer with them.",
        expectedDistress: 85,
      },
    ],
  },
} satisfies TBuiltinTemplate;
