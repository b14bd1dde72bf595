import type { TFearedOutcome } from "../schema";

/** Dates in the viewer's own zone, the same on the server render and in the browser. */
export function formatWhen(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

export const FEARED_OUTCOME_TEXT: Record<TFearedOutcome, string> = {
  YES: "Feared outcome happened",
  NO: "Feared outcome did not happen",
  PARTLY: "Feared outcome partly happened",
  UNKNOWN: "Did not find out whether the feared outcome happened",
};

/** A number box's text as a number for zod: blank stays blank so "enter a number" shows. */
export function numberFromBox(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text);
}

/** Who is asked: the client about their own ladder, or the therapist about a client's. */
export type TMasteryAudience = { role: "client" } | { role: "therapist"; clientName: string };

/** The question before moving on; with nothing recorded it says so, since that may be fine. */
export function masteryQuestion(
  stepTitle: string,
  completedAttempts: number,
  audience: TMasteryAudience,
): string {
  if (audience.role === "client") {
    // A client can only get here with an attempt recorded (canMarkMastered).
    return `Mark “${stepTitle}” mastered? The next step becomes your current one; you can still practise this one. This cannot be undone.`;
  }
  const none =
    completedAttempts === 0
      ? `${audience.clientName} has not recorded an attempt on this step yet. That is fine if they already do it outside the app; the ladder will show that you marked it. `
      : "";
  return `${none}Mark “${stepTitle}” mastered for ${audience.clientName}? The next step becomes their current one; they can still practise this one. This cannot be undone.`;
}

/** The client's ladder page opening with its response to the attempt just recorded or stopped. */
export const afterAttemptHref = (assignmentId: string, attemptId: string) =>
  `/portal/ladders/${encodeURIComponent(assignmentId)}?after=${encodeURIComponent(attemptId)}`;
