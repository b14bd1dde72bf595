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
      Work on the current step as often as you like. When {masteryStreak} attempts in a row have
      peaked no higher than the step&rsquo;s expected distress and ended at or below{" "}
      {targetDistress}, the app suggests moving up, and you decide. If you stop or skip a try, that
      is fine: it does not count either way.
    </p>
  );
}
