/**
 * A template's "why this helps", as the client reads it on a ladder page and in the template
 * preview.
 */
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
