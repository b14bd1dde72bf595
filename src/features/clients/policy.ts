/** The caseload's "direction of distress": how the last few attempts of the current step went. */
export const DIRECTION_OVER = 3;
/** Changes this small are noise in a 0-100 self-rating. */
export const STEADY_WITHIN = 10;

export type TDistressDirection = "falling" | "rising" | "steady";

/**
 * Distress afterwards over the current step's last DIRECTION_OVER completed attempts (oldest
 * first): falling or rising when the newest differs from the oldest by more than STEADY_WITHIN,
 * else steady; null with fewer than two attempts, when there is no direction yet.
 */
export function distressDirection(afterOldestFirst: readonly number[]): TDistressDirection | null {
  const recent = afterOldestFirst.slice(-DIRECTION_OVER);
  if (recent.length < 2) return null;
  const change = recent.at(-1)! - recent[0]!;
  if (change > STEADY_WITHIN) return "rising";
  if (change < -STEADY_WITHIN) return "falling";
  return "steady";
}
