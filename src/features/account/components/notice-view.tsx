import type { TNotice } from "~/lib/notices";

/** A notice in short, plain points, under its own heading level. */
export function NoticeView({
  notice,
  headingLevel = 2,
}: {
  notice: TNotice;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-label={notice.title}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <Heading className="text-lg font-semibold">{notice.title}</Heading>
      <dl className="flex flex-col gap-2 text-sm">
        {notice.points.map((p) => (
          <div key={p.heading}>
            <dt className="font-semibold">{p.heading}</dt>
            <dd className="text-slate-800">{p.text}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-600">Version of {notice.version}</p>
    </section>
  );
}
