import type { TAnswers } from "~/features/worksheets/answer-rules";

/*
 * Three weeks of the demo client's recurring worksheets. Each plan starts 21 days before today,
 * so the days before today hold exactly three of each chosen weekday: `entries` has one item per
 * such occurrence, oldest first, and null marks one the client missed (left open, overdue).
 * Occurrences from today on stay open.
 */

export type TSeedWorksheetEntry = {
  /** When it was submitted relative to the due time (negative: early). */
  minutesFromDue: number;
  answers: TAnswers;
  /** Date fields, as days relative to the occurrence's local due date. */
  dates?: Record<string, number>;
};

export type TSeedWorksheetPlan = {
  builtinKey: string;
  instructions: string;
  /** ISO weekdays, 1 = Monday. */
  weekdays: number[];
  dueTime: string;
  hoursBefore: number | null;
  entries: readonly (TSeedWorksheetEntry | null)[];
  /** A two-part worksheet's next due date, with its before part already in (the rest to come). */
  nextBeforePart?: TSeedWorksheetEntry["answers"];
};

/** How far back the plans start; also how far back the ladder history goes. */
export const HISTORY_DAYS = 21;
export const HISTORY_SCHEDULE_WEEKS = 6;

const triggerJournal: TSeedWorksheetPlan = {
  builtinKey: "trust-trigger-journal",
  instructions: "Fill this in on the evening of a day when distrust flared up, even a little.",
  weekdays: [1, 3, 5],
  dueTime: "20:30",
  hoursBefore: 1,
  entries: [
    {
      minutesFromDue: -40,
      answers: {
        situation: "Alex said they'd be home by eight and came in at half nine without texting.",
        who: "Alex (my partner)",
        feelings: ["anxious", "suspicious", "hurt"],
        body: "Tight chest, couldn't sit still",
        intensity: 80,
        now_or_then: "the-past",
        what_i_did: "Texted three times, then went quiet and cold when Alex got home.",
        try_next: "Ask what happened before I decide what it means.",
      },
    },
    {
      minutesFromDue: -15,
      answers: {
        situation: "Priya didn't answer my message all day.",
        who: "Priya (friend)",
        feelings: ["anxious", "sad"],
        body: "Knot in my stomach",
        intensity: 70,
        now_or_then: "the-past",
        what_i_did:
          "Kept checking whether she'd been online. Wrote a message asking if I'd upset her, " +
          "then deleted it.",
        try_next: "Give it until the next day before reading anything into it.",
      },
    },
    {
      minutesFromDue: 35,
      answers: {
        situation:
          "In the team meeting Jordan presented an idea we'd worked out together and didn't " +
          "mention me.",
        who: "Jordan (colleague)",
        feelings: ["angry", "hurt"],
        body: "Hot face",
        intensity: 75,
        now_or_then: "both",
        what_i_did: "Said nothing in the meeting and avoided him at lunch.",
        try_next: "Ask him about it calmly, just the two of us.",
      },
    },
    null,
    {
      minutesFromDue: -55,
      answers: {
        situation:
          "Alex was laughing at something on their phone and tilted the screen away when I " +
          "walked past.",
        who: "Alex",
        feelings: ["suspicious", "jealous"],
        body: "Heart racing",
        intensity: 70,
        now_or_then: "the-past",
        what_i_did:
          "Asked what was funny. It was a video from Alex's brother, and Alex showed me straight away.",
        try_next: "Asking worked. Do it sooner instead of stewing.",
      },
    },
    {
      minutesFromDue: -20,
      answers: {
        situation: "Maya cancelled our Sunday lunch the night before.",
        who: "Maya (my sister)",
        feelings: ["hurt", "sad"],
        body: "Heavy and tired",
        intensity: 55,
        now_or_then: "both",
        what_i_did: "Told her I was disappointed, and we picked another day.",
        try_next: "Keep saying how I feel in plain words.",
      },
    },
    {
      minutesFromDue: 10,
      answers: {
        situation: "Jordan forgot to send the file he'd promised me by lunchtime.",
        who: "Jordan",
        feelings: ["anxious", "angry"],
        intensity: 50,
        now_or_then: "this-person",
        what_i_did: "Reminded him once. He sent it within the hour.",
        try_next: "One reminder is fair. I don't need to take the task back and do it myself.",
      },
    },
    {
      minutesFromDue: -30,
      answers: {
        situation: "Alex went out with old friends I don't know well.",
        who: "Alex",
        feelings: ["anxious"],
        body: "Restless all evening",
        intensity: 45,
        now_or_then: "both",
        what_i_did: "Did the slow breathing, watched a film and didn't check Alex's location.",
        try_next: "Plan something nice for myself on evenings like this.",
      },
    },
    {
      minutesFromDue: -45,
      answers: {
        situation: "Priya asked if I was all right because I'd been quiet at lunch.",
        who: "Priya",
        feelings: ["anxious", "sad"],
        body: "Tight throat",
        intensity: 40,
        now_or_then: "not-sure",
        what_i_did: "Told her it had been a hard week at work. She listened and didn't rush me.",
        try_next: "Remember that telling her made it lighter, not heavier.",
      },
    },
  ],
};

const thoughtRecord: TSeedWorksheetPlan = {
  builtinKey: "thought-record",
  instructions: "Once a week, pick the thought that stuck with you most.",
  weekdays: [7],
  dueTime: "19:00",
  hoursBefore: 24,
  entries: [
    {
      minutesFromDue: -90,
      answers: {
        situation: "Alex sent a text saying 'we need to talk later'.",
        automatic_thought: "They're going to end it. I knew this was coming.",
        emotion: "Scared",
        intensity_before: 85,
        belief_before: 90,
        evidence_for: "The message was short, and we'd had a tense week.",
        evidence_against:
          "Alex has said 'we need to talk' before about bills and holidays. Last week Alex said " +
          "they were glad we'd moved in together. Nothing else has changed.",
        balanced_thought:
          "A short message doesn't tell me what it's about. Most of our talks are about ordinary " +
          "things, and I can ask instead of guessing.",
        intensity_after: 45,
        belief_after: 40,
      },
    },
    {
      minutesFromDue: -25,
      answers: {
        situation: "Jordan was promoted and I heard it from someone else, not from him.",
        automatic_thought:
          "He never saw me as a friend. People only keep me around when it suits them.",
        emotion: "Hurt, angry",
        intensity_before: 70,
        belief_before: 75,
        evidence_for: "He didn't tell me himself.",
        evidence_against:
          "He found out on Friday afternoon and I was off that day. He's asked me to lunch most " +
          "weeks for a year. He told me on Monday morning and seemed pleased I already knew.",
        balanced_thought:
          "He hadn't had the chance yet. One missed update doesn't cancel out a year of lunches.",
        intensity_after: 35,
        belief_after: 30,
      },
    },
    {
      minutesFromDue: 20,
      answers: {
        situation: "Priya said she'd call at seven and rang at half past.",
        automatic_thought: "I'm not a priority for anyone.",
        emotion: "Sad",
        intensity_before: 55,
        belief_before: 60,
        evidence_for: "She was late and didn't text.",
        evidence_against:
          "She apologised straight away; her train was stuck. She has called every week since I " +
          "moved.",
        balanced_thought:
          "She was late because of a train, not because of me. She keeps making time for me.",
        intensity_after: 20,
        belief_after: 15,
      },
    },
  ],
};

const predictionLog: TSeedWorksheetPlan = {
  builtinKey: "prediction-outcome-log",
  instructions: "Before you ask someone for something this week, write down what you fear.",
  weekdays: [6],
  dueTime: "18:00",
  hoursBefore: 1,
  entries: [
    {
      minutesFromDue: -120,
      dates: { when: -1 },
      answers: {
        situation: "Asking Alex to pick up my prescription on the way home",
        feared: "Alex will forget, I'll have to go out late anyway and feel stupid for asking.",
        how_sure: 70,
        what_happened:
          "Alex texted from the chemist to check the name and came home with it and some chocolate.",
        confirmed: "no",
        belief_after: 35,
        learned:
          "When I ask clearly, Alex follows through. The fear was about old flatmates, not Alex.",
      },
    },
    {
      minutesFromDue: -10,
      dates: { when: -2 },
      answers: {
        situation: "Telling Maya I don't want to host the family this Christmas",
        feared: "She'll be angry and tell Mum I'm being selfish.",
        how_sure: 80,
        what_happened:
          "She was put out at first and said it was a shame. Then she offered to host herself.",
        confirmed: "partly",
        belief_after: 50,
        learned: "Being disappointed isn't the same as rejecting me. She was fine within minutes.",
      },
    },
    null,
  ],
  nextBeforePart: {
    situation: "Asking Jordan to cover my shift on Monday",
    feared: "He'll say he's busy and think I'm unreliable for asking.",
    how_sure: 65,
  },
};

export const HISTORY_WORKSHEETS: readonly TSeedWorksheetPlan[] = [
  triggerJournal,
  thoughtRecord,
  predictionLog,
];
