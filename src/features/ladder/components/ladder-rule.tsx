/**
 * The rule for moving up, worded and laid out once for the client's ladder page and the template
 * preview, so the preview shows what the client reads.
 */
export function LadderRule({
  targetDistress,
  masteryStreak,
}: {
  targetDistress: number;
  masteryStreak: number;
}) {
  return (
    <p className="text-sm text-slate-700">
      Work on the current step as often as you like. When your distress afterwards has been at or
      below {targetDistress} for {masteryStreak} attempts in a row, the app suggests moving up, and
      you decide.
    </p>
  );
}
