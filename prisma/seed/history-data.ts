import { trustLadder } from "~/features/templates/builtins/trust-ladder";
import type { TLadderBody } from "~/features/templates/schema";

/*
 * The demo client's last three weeks on a ladder of their own: what Sam predicted, felt and
 * found, written the way a client would. Days count back from today in the client's zone.
 */

/** A fixed id, so the seed can tell it already ran (and a demo can link to it). */
export const HISTORY_LADDER_ID = "demo-trust-ladder-history";
export const HISTORY_LADDER_TITLE = "Trust ladder: friends, family and work";
export const HISTORY_LADDER_INSTRUCTIONS =
  "Start with the people we named together. Bring your notes to our sessions: the fears that " +
  "didn't come true are the ones worth talking about.";

/** Sam's own ratings, agreed in session: every step feels harder than the built-in guesses. */
const PERSONAL_EXPECTED_DISTRESS: Record<string, number> = {
  "share-a-preference": 45,
  "ask-a-small-favour": 50,
  "hand-over-a-task": 60,
  "say-what-you-think": 65,
  "share-a-worry": 70,
  "let-a-doubt-go-unchecked": 75,
  "state-a-need": 80,
  "rely-on-someone": 85,
  "share-your-story": 90,
  "talk-about-trust": 90,
};

/** The people Sam named in session, written into the first steps of the built-in ladder. */
const PERSONAL_DESCRIPTIONS: Record<string, string> = {
  "share-a-preference":
    "Tell Priya, Jordan or Maya something small about yourself: a series you like, a meal " +
    "you cooked, how your weekend went.",
  "ask-a-small-favour":
    "Ask someone for something minor (a seat saved, a parcel taken in, a charger lent) and " +
    "notice whether they follow through.",
  "hand-over-a-task":
    "Let Alex book the table or plan the route for an evening out, and leave it with them: no " +
    "checking the booking.",
};

export const HISTORY_LADDER_BODY: TLadderBody = {
  ...trustLadder.body,
  steps: trustLadder.body.steps.map((step) => ({
    ...step,
    description: PERSONAL_DESCRIPTIONS[step.id] ?? step.description,
    expectedDistress: PERSONAL_EXPECTED_DISTRESS[step.id] ?? step.expectedDistress,
  })),
};

type TSeedRatings = {
  peakDistress: number;
  afterDistress: number;
  fearedOutcome: "YES" | "NO" | "PARTLY";
  whatHappened: string;
  confidenceAfter?: number;
  learned?: string;
};

export type TSeedAttempt = {
  stepId: string;
  /** Days before today it was started, and the local time. */
  daysAgo: number;
  time: string;
  /** How long until the client recorded how it went. */
  minutes: number;
  prediction: string;
  predictionConfidence: number;
  distressBefore: number;
  note: string | null;
} & (TSeedRatings | { stopped: true });

/** Oldest first. After-distress falls as a step is repeated; the feared outcome rarely comes. */
export const HISTORY_ATTEMPTS: readonly TSeedAttempt[] = [
  {
    stepId: "share-a-preference",
    daysAgo: 20,
    time: "12:40",
    minutes: 95,
    prediction: "Priya will look bored and I'll feel stupid for talking about myself.",
    predictionConfidence: 70,
    distressBefore: 55,
    peakDistress: 70,
    afterDistress: 60,
    fearedOutcome: "PARTLY",
    whatHappened:
      "I told her about the series I've been watching. She seemed distracted at first, then " +
      "asked what it was called and said she'd try it.",
    note: "My heart was racing and I nearly stopped halfway through.",
  },
  {
    stepId: "share-a-preference",
    daysAgo: 18,
    time: "13:05",
    minutes: 80,
    prediction: "Jordan will make a joke about my taste in music.",
    predictionConfidence: 60,
    distressBefore: 50,
    peakDistress: 55,
    afterDistress: 40,
    fearedOutcome: "NO",
    whatHappened: "He asked which album to start with and played a song from it at lunch.",
    note: "Easier than last time, though I replayed it on the bus home.",
  },
  {
    stepId: "share-a-preference",
    daysAgo: 16,
    time: "18:30",
    minutes: 60,
    prediction: "Maya will change the subject straight away.",
    predictionConfidence: 45,
    distressBefore: 40,
    peakDistress: 45,
    afterDistress: 25,
    fearedOutcome: "NO",
    whatHappened:
      "We talked about the curry I made for ten minutes and she asked me to send the recipe.",
    note: "I kept waiting for the catch. There wasn't one.",
  },
  {
    stepId: "share-a-preference",
    daysAgo: 14,
    time: "12:50",
    minutes: 70,
    prediction: "Priya will think I'm oversharing.",
    predictionConfidence: 35,
    distressBefore: 30,
    peakDistress: 35,
    afterDistress: 20,
    fearedOutcome: "NO",
    whatHappened: "She told me about her weekend too. It felt like an ordinary chat.",
    note: "I think I'm ready for the next step.",
  },
  {
    stepId: "ask-a-small-favour",
    daysAgo: 12,
    time: "11:45",
    minutes: 120,
    prediction: "Jordan will say yes and then forget, and I'll be cross with myself for asking.",
    predictionConfidence: 75,
    distressBefore: 60,
    peakDistress: 65,
    afterDistress: 50,
    fearedOutcome: "PARTLY",
    whatHappened:
      "He picked up my lunch but forgot the drink I asked for. He noticed and said sorry.",
    note: "A bit of it came true, but it was a small thing and he owned it.",
  },
  {
    stepId: "ask-a-small-favour",
    daysAgo: 10,
    time: "09:15",
    minutes: 45,
    prediction: "Jordan will sigh and make me feel like a nuisance.",
    predictionConfidence: 60,
    distressBefore: 50,
    peakDistress: 55,
    afterDistress: 35,
    fearedOutcome: "NO",
    whatHappened: "He lent me his charger without a second thought and said to keep it all day.",
    note: null,
  },
  {
    stepId: "ask-a-small-favour",
    daysAgo: 8,
    time: "08:20",
    minutes: 600,
    prediction: "My neighbour won't take the parcel in, or she'll be annoyed that I asked.",
    predictionConfidence: 50,
    distressBefore: 40,
    peakDistress: 45,
    afterDistress: 30,
    fearedOutcome: "NO",
    whatHappened: "She had it waiting by her door and said it was no trouble at all.",
    note: "I worried about it on and off all day, less than I expected.",
  },
  {
    stepId: "ask-a-small-favour",
    daysAgo: 6,
    time: "17:30",
    minutes: 150,
    prediction: "Priya will be too busy to save me a seat and I'll end up standing alone.",
    predictionConfidence: 40,
    distressBefore: 30,
    peakDistress: 35,
    afterDistress: 25,
    fearedOutcome: "NO",
    whatHappened: "She waved me over as soon as I came in. She'd kept the seat and got me a drink.",
    note: "Two in a row at 30 or below.",
  },
  {
    stepId: "hand-over-a-task",
    daysAgo: 3,
    time: "16:00",
    minutes: 330,
    prediction:
      "Alex will book the wrong time or the wrong place, the evening will go badly and it'll " +
      "be my fault for not checking.",
    predictionConfidence: 70,
    distressBefore: 60,
    peakDistress: 65,
    afterDistress: 40,
    fearedOutcome: "NO",
    whatHappened:
      "Alex booked for half seven instead of seven, which turned out fine. I looked at the " +
      "confirmation once rather than over and over.",
    note: "I still checked once. Next time I'd like to leave it completely.",
  },
  // A hard evening: the distress stayed high, so the therapist has a flag about it.
  {
    stepId: "hand-over-a-task",
    daysAgo: 2,
    time: "17:30",
    minutes: 240,
    prediction: "If I don't check, Alex will forget the deposit and we'll lose the booking.",
    predictionConfidence: 80,
    distressBefore: 65,
    peakDistress: 85,
    afterDistress: 75,
    fearedOutcome: "NO",
    whatHappened:
      "Alex paid it on time, but I couldn't settle all evening. I kept thinking of other things " +
      "that could go wrong.",
    confidenceAfter: 70,
    learned: "Alex did what they said. The worry didn't leave just because nothing went wrong.",
    note: null,
  },
  // Stopped: information, not failure.
  {
    stepId: "hand-over-a-task",
    daysAgo: 1,
    time: "18:00",
    minutes: 120,
    prediction: "Alex will pick a route that makes us late.",
    predictionConfidence: 60,
    distressBefore: 50,
    stopped: true,
    note: "We stayed in after all, so I didn't get to try it.",
  },
];

/** Steps the client moved past, and who marked them (the client decides; once it was in session). */
export const HISTORY_MASTERED: readonly {
  stepId: string;
  daysAgo: number;
  time: string;
  by: "client" | "therapist";
}[] = [
  { stepId: "share-a-preference", daysAgo: 14, time: "14:10", by: "client" },
  { stepId: "ask-a-small-favour", daysAgo: 5, time: "10:30", by: "therapist" },
];

export type TSeedFeedbackTarget = { attempt: number } | { worksheet: string; entry: number };

/**
 * The therapist's notes on a few pieces of work, all already read by the client: the e2e test of
 * the worksheet journey expects "New feedback" to be empty once it has read its own.
 */
export const HISTORY_FEEDBACK: readonly {
  target: TSeedFeedbackTarget;
  /** Hours after the work was done. */
  afterHours: number;
  body: string;
  reply?: string;
}[] = [
  {
    target: { attempt: 0 },
    afterHours: 20,
    body:
      "You stayed in the conversation with your heart racing, and Priya asked what the series " +
      "was called. That's worth remembering next time the fear says people aren't interested.",
  },
  {
    target: { worksheet: "thought-record", entry: 0 },
    afterHours: 16,
    body:
      "Your evidence against the thought is specific and fair, and the balanced thought sounds " +
      "like something you can actually believe. The drop from 85 to 45 shows it landed.",
    reply: "Thank you. Writing it down helped more than I expected it to.",
  },
  {
    target: { worksheet: "trust-trigger-journal", entry: 6 },
    afterHours: 14,
    body:
      "One calm reminder and then letting Jordan do his part: that's caution based on what he " +
      "actually did, not on the past. Nicely done.",
  },
  {
    target: { attempt: 8 },
    afterHours: 18,
    body:
      "Checking once instead of over and over is real progress. In our next session, let's " +
      "look at what made it hard to leave the booking alone completely.",
  },
];

/** Sam's safety plan, one item per line, as the client wrote it. */
export const HISTORY_SAFETY_PLAN = {
  warningSigns:
    "Checking Alex's location again and again\nNot sleeping before work\nCancelling on friends",
  calmingThings:
    "Slow breathing, in for four and out for six\nA walk round the park\nMusic in the bath",
  people: "Maya (sister)\nPriya from work",
  professionals: "Dana, my therapist (session days)\nMy GP surgery\nThe crisis line on the app",
};
