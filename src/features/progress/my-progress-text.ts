/**
 * The fixed words of the client's "My progress" page, kept together so their reading ease is
 * tested (my-progress-text.test.ts: Flesch 70 or more). Plain and warm; no scores to live up to.
 */
export const MY_PROGRESS_TEXT = {
  title: "My progress",
  intro:
    "Trust grows bit by bit. Some weeks feel like a step back, and that is a normal part of it. " +
    "Progress goes up and down, not in a straight line. What counts is that you keep going.",
  laddersHeading: "Your ladders",
  noLadder: "You have no ladder yet. Your therapist may add one when the time is right.",
  allDone: "You have done every step on this ladder. Well done.",
  fearsHeading: "What you feared, and what happened",
  noFears:
    "When you find out how a feared moment went, it shows here. Then you can see how often the fear came true.",
  fearsNote: "Times you didn't find out are left out of this count.",
  fearsList: "See the list",
  weeksHeading: "Weeks you practised",
  weeksNote: "Any practice counts: a worksheet or a step on your ladder. A quiet week is fine too.",
  trendTitle: "How you felt afterwards, each time",
} as const;

export const fearsCount = (didNotHappen: number, foundOut: number) =>
  `${didNotHappen} of your ${foundOut} feared outcomes did not happen.`;

export const ladderCount = (mastered: number, steps: number) =>
  `${mastered} of ${steps} steps done.`;

export const currentStep = (position: number, title: string) =>
  `Now working on step ${position}: ${title}.`;

export const weeksCount = (practised: number, weeks: number) =>
  `You practised in ${practised} of the last ${weeks} weeks.`;

/** "Your distress afterwards went from 60 to 25 over 4 tries." */
export function trendSummary(afters: readonly number[]): string {
  if (afters.length === 0) return "No tries of this step yet.";
  const last = afters.at(-1)!;
  if (afters.length === 1) return `After your first try, your distress was ${last}.`;
  const first = afters[0]!;
  const move = first === last ? `stayed at ${last}` : `went from ${first} to ${last}`;
  return `Your distress afterwards ${move} over ${afters.length} tries.`;
}
