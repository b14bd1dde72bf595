import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime, formatDay } from "~/lib/format";
import type { TPortalHome, TPortalTask } from "../schema";

const linkClass =
  "font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

function Section(props: { title: string; empty: string; count: number; children: ReactNode }) {
  const id = `section-${props.title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {props.title}
      </h2>
      {props.count === 0 ? (
        <p className="text-slate-700">{props.empty}</p>
      ) : (
        <ul className="flex flex-col gap-2">{props.children}</ul>
      )}
    </section>
  );
}

function Item({ href, title, meta }: { href: string; title: string; meta: ReactNode }) {
  return (
    <li className="flex flex-col gap-0.5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <Link href={href} className={linkClass}>
        {title}
      </Link>
      <span className="text-sm text-slate-700">{meta}</span>
    </li>
  );
}

function TaskItems({
  tasks,
  timeZone,
  when,
}: {
  tasks: TPortalTask[];
  timeZone: string;
  when: "time" | "day";
}) {
  return tasks.map((t) => (
    <Item
      key={t.occurrenceId}
      href={`/portal/worksheets/${t.occurrenceId}`}
      title={t.title}
      meta={
        <>
          Due {when === "time" ? formatDateTime(t.dueAt, timeZone) : formatDay(t.dueAt, timeZone)}
          {t.hasDraft ? " · draft saved" : ""}
        </>
      }
    />
  ));
}

/** The portal home: what to do now, what slipped, what's next, and what's been said. */
export function PortalSections({ home }: { home: TPortalHome }) {
  const tz = home.timeZone;
  return (
    <>
      <Section
        title="Due today"
        empty="Nothing is due today. Enjoy the breathing space."
        count={home.dueToday.length}
      >
        <TaskItems tasks={home.dueToday} timeZone={tz} when="time" />
      </Section>
      {home.overdue.length > 0 ? (
        <Section title="Overdue" empty="" count={home.overdue.length}>
          <TaskItems tasks={home.overdue} timeZone={tz} when="day" />
        </Section>
      ) : null}
      {home.ladders.length > 0 ? (
        <Section title="Your ladder" empty="" count={home.ladders.length}>
          {home.ladders.map((l) => (
            <Item
              key={l.assignmentId}
              href={`/portal/ladders/${l.assignmentId}`}
              title={l.title}
              meta={
                l.finished
                  ? "Finished. You can still practise any step."
                  : "Take the next step at your own pace."
              }
            />
          ))}
        </Section>
      ) : null}
      <Section
        title="New feedback"
        empty="No new messages from your therapist."
        count={home.newFeedback.length}
      >
        {home.newFeedback.map((f) => (
          <Item
            key={f.id}
            href={f.href}
            title={`${f.authorName} on ${f.title}`}
            meta={<span className="line-clamp-2">{f.body}</span>}
          />
        ))}
      </Section>
      <Section
        title="Coming up"
        empty="Nothing planned for the next 7 days."
        count={home.upcoming.length}
      >
        <TaskItems tasks={home.upcoming} timeZone={tz} when="day" />
      </Section>
      <Section
        title="Recently done"
        empty="Finished worksheets from the last week will show here."
        count={home.recentlyDone.length}
      >
        {home.recentlyDone.map((t) => (
          <Item
            key={t.occurrenceId}
            href={`/portal/worksheets/${t.occurrenceId}`}
            title={t.title}
            meta={`Submitted ${formatDay(t.submittedAt, tz)}`}
          />
        ))}
      </Section>
    </>
  );
}
