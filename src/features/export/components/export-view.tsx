import { formatDateTime, formatDay } from "~/lib/format";
import type { TClientExport } from "../schema";

const show = (value: unknown): string =>
  Array.isArray(value) ? value.map(show).join(", ") : value === null ? "" : String(value);

function Feedback({
  items,
  timeZone,
}: {
  items: TClientExport["homework"][number]["entries"][number]["feedback"];
  timeZone: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 border-l-2 border-slate-300 pl-3">
      {items.map((f, i) => (
        <li key={i}>
          <p className="text-sm text-slate-700">
            {f.from}, {formatDateTime(f.at, timeZone)}
          </p>
          <p className="whitespace-pre-wrap">{f.message}</p>
          {f.reply ? <p className="whitespace-pre-wrap italic">Your reply: {f.reply}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The export as a page to read and print: every entry in full, in order. */
export function ExportView({ doc }: { doc: TClientExport }) {
  const tz = doc.account.timeZone;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-slate-700">
        {doc.account.name} · {doc.account.email} · exported {formatDateTime(doc.exportedAt, tz)}
      </p>
      {doc.homework.map((h, i) => (
        <section key={i} className="flex flex-col gap-3 break-inside-avoid-page">
          <h2 className="text-xl font-semibold">{h.title}</h2>
          <p className="text-sm text-slate-700">
            From {h.from}, assigned {formatDay(h.assignedAt, tz)} · {h.status}
          </p>
          {h.entries.map((e, j) => (
            <article
              key={j}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
            >
              <h3 className="font-semibold">
                Due {formatDateTime(e.dueAt, tz)}
                {e.justForMe ? " · just for me" : ""}
                {e.status === "draft" ? " · draft" : ""}
              </h3>
              <dl className="flex flex-col gap-1">
                {e.answers.map((a, k) => (
                  <div key={k}>
                    <dt className="text-sm font-semibold">{a.question}</dt>
                    <dd className="whitespace-pre-wrap">{show(a.answer)}</dd>
                  </div>
                ))}
              </dl>
              {e.followUpNote ? (
                <p className="whitespace-pre-wrap">Later: {e.followUpNote}</p>
              ) : null}
              <Feedback items={e.feedback} timeZone={tz} />
            </article>
          ))}
          {h.practice.map((p, j) => (
            <article
              key={`p${j}`}
              className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3"
            >
              <h3 className="font-semibold">
                {p.step}, {formatDateTime(p.startedAt, tz)}
                {p.stoppedAt ? " · stopped" : ""}
              </h3>
              <p>
                Prediction: {p.prediction} (how sure: {p.howSureBefore}%)
              </p>
              <p>
                Distress before {p.distressBefore}
                {p.peakDistress !== null ? `, at the peak ${p.peakDistress}` : ""}
                {p.distressAfter !== null ? `, afterwards ${p.distressAfter}` : ""}
              </p>
              {p.whatHappened ? (
                <p className="whitespace-pre-wrap">What happened: {p.whatHappened}</p>
              ) : null}
              {p.learned ? (
                <p className="whitespace-pre-wrap">What I learned: {p.learned}</p>
              ) : null}
              {p.note ? <p className="whitespace-pre-wrap">Note: {p.note}</p> : null}
              <Feedback items={p.feedback} timeZone={tz} />
            </article>
          ))}
        </section>
      ))}
      {doc.safetyPlan ? (
        <section className="flex flex-col gap-2 break-inside-avoid-page">
          <h2 className="text-xl font-semibold">Safety plan</h2>
          {(
            [
              ["Warning signs", doc.safetyPlan.warningSigns],
              ["Things that calm me", doc.safetyPlan.calmingThings],
              ["People I can reach", doc.safetyPlan.people],
              ["Professionals", doc.safetyPlan.professionals],
            ] as const
          ).map(([title, text]) => (
            <div key={title}>
              <h3 className="font-semibold">{title}</h3>
              <p className="whitespace-pre-wrap">{text || "—"}</p>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
