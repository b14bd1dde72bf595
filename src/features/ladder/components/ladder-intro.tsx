/**
 * The rule for moving up and the therapist's "why this helps", worded and laid out once for the
 * client's ladder page and the template preview, so the preview shows what the client reads.
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

export function WhyItHelps({
  text,
  headingLevel = 2,
  keepLineBreaks = true,
}: {
  text: string;
  headingLevel?: 2 | 4;
  /** Off where it stands in for a page that runs the lines together (a worksheet's). */
  keepLineBreaks?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h4";
  return (
    <section aria-labelledby="why-it-helps" className="rounded-lg bg-brand-50 px-4 py-3">
      <Heading id="why-it-helps" className="font-semibold">
        Why this helps
      </Heading>
      {/* The therapist's own line breaks are kept, unless the page it previews drops them. */}
      <p className={`mt-1 text-slate-800 ${keepLineBreaks ? "whitespace-pre-line" : ""}`}>{text}</p>
    </section>
  );
}
