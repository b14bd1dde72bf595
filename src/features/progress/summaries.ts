import { plural } from "~/lib/format";
import type {
  THomeworkWeek,
  TPredictionPair,
  TPredictionWeek,
  TScaleSeries,
  TStepProgress,
} from "./schema";

/** One sentence per chart: what a person would say looking at it. */

/** Changes this small in a rating are "about the same". */
const STEADY_WITHIN = 10;

/** "distress afterwards fell from 60 to 25 over 6 attempts" */
export function stepSummary(step: Pick<TStepProgress, "attempts" | "masteredAt">): string {
  const recorded = step.attempts.filter((a) => a.after !== null);
  const stopped = step.attempts.length - recorded.length;
  const stoppedText = stopped > 0 ? `; ${plural(stopped, "attempt")} stopped` : "";
  if (recorded.length === 0) {
    return stopped > 0 ? `No attempts recorded${stoppedText}.` : "No attempts yet.";
  }
  const first = recorded[0]!.after!;
  const last = recorded.at(-1)!.after!;
  if (recorded.length === 1) return `One attempt: distress afterwards ${last}${stoppedText}.`;
  const over = `over ${plural(recorded.length, "attempt")}`;
  const change =
    Math.abs(last - first) <= STEADY_WITHIN
      ? `stayed about the same (${first} to ${last})`
      : last < first
        ? `fell from ${first} to ${last}`
        : `rose from ${first} to ${last}`;
  return `Distress afterwards ${change} ${over}${stoppedText}.`;
}

/** Feared outcomes over the weeks shown. */
export function predictionsSummary(weeks: readonly TPredictionWeek[]): string {
  const sum = (k: keyof Omit<TPredictionWeek, "weekStart">) => weeks.reduce((n, w) => n + w[k], 0);
  const [no, partly, yes, unknown, stopped] = (
    ["no", "partly", "yes", "unknown", "stopped"] as const
  ).map(sum) as [number, number, number, number, number];
  const foundOut = no + partly + yes;
  const extra = [
    unknown > 0 ? `${unknown} not found out` : null,
    stopped > 0 ? `${plural(stopped, "attempt")} stopped` : null,
  ].filter(Boolean);
  const tail = extra.length > 0 ? `; ${extra.join(", ")}` : "";
  if (foundOut === 0) return `No feared outcomes found out in these weeks${tail}.`;
  return `Of ${plural(foundOut, "feared outcome")} found out, ${no} did not happen, ${partly} partly happened and ${yes} happened${tail}.`;
}

/** Likelihood beforehand against outcome: did the fears that felt likely come true? */
export function likelihoodSummary(pairs: readonly TPredictionPair[]): string {
  const found = pairs.filter((p) => p.outcome !== "unknown");
  const total = found.reduce((n, p) => n + p.count, 0);
  if (total === 0) return "No predictions with a rating and an outcome yet.";
  const likely = found.filter((p) => p.likelihood >= 70);
  const likelyTotal = likely.reduce((n, p) => n + p.count, 0);
  const likelyHappened = likely.filter((p) => p.outcome === "yes").reduce((n, p) => n + p.count, 0);
  const mean = Math.round(found.reduce((n, p) => n + p.likelihood * p.count, 0) / total);
  const base = `On average the fear felt ${mean} out of 100 likely beforehand`;
  if (likelyTotal === 0) return `${base}; none felt 70 or more.`;
  return `${base}; of ${plural(likelyTotal, "fear")} rated 70 or more, ${likelyHappened} fully happened.`;
}

/** Homework done and missed over the weeks shown. */
export function homeworkSummary(weeks: readonly THomeworkWeek[]): string {
  const done = weeks.reduce((n, w) => n + w.done, 0);
  const missed = weeks.reduce((n, w) => n + w.missed, 0);
  const span = `the last ${plural(weeks.length, "week")}`;
  if (done + missed === 0) return `Nothing was due in ${span}.`;
  return `In ${span}, ${done} of ${plural(done + missed, "due date")} done and ${missed} missed.`;
}

/** One rating question over time. */
export function scaleSummary(
  series: Pick<TScaleSeries, "label" | "points" | "min" | "max">,
): string {
  const { points } = series;
  if (points.length === 0) return `“${series.label}”: no answers yet.`;
  const first = points[0]!.value;
  const last = points.at(-1)!.value;
  const range = `on a scale of ${series.min} to ${series.max}`;
  if (points.length === 1) return `“${series.label}”: answered once, ${last} ${range}.`;
  const move = first === last ? `stayed at ${last}` : `went from ${first} to ${last}`;
  return `“${series.label}” ${move} over ${plural(points.length, "answer")}, ${range}.`;
}
