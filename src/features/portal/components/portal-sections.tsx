import type { ReactNode } from "react";
import type { TPortalHome } from "../schema";
import { DoneList, LadderList, NewFeedbackList, TaskList } from "./portal-lists";

function Section(props: { title: string; empty?: string; count: number; children: ReactNode }) {
  const id = `section-${props.title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {props.title}
      </h2>
      {props.count === 0 ? <p className="text-slate-700">{props.empty}</p> : props.children}
    </section>
  );
}

/** The portal home: what to do now, what slipped, what's next, and what's been said. */
export function PortalSections({ home }: { home: TPortalHome }) {
  const tz = home.timeZone;
  return (
    <>
      <Section
        title="Due today"
        empty="Nothing is due today. Enjoy the breathing space."
        count={home.today.items.length}
      >
        <TaskList section="today" label="Due today" first={home.today} timeZone={tz} />
      </Section>
      {home.overdue.items.length > 0 ? (
        <Section title="Overdue" count={home.overdue.items.length}>
          <p className="text-sm text-slate-700">
            You can still do these. The most recent are first.
          </p>
          <TaskList section="overdue" label="Overdue" first={home.overdue} timeZone={tz} />
        </Section>
      ) : null}
      {home.ladders.items.length > 0 ? (
        <Section title="Your ladder" count={home.ladders.items.length}>
          <LadderList first={home.ladders} />
        </Section>
      ) : null}
      <Section
        title="New feedback"
        empty="No new messages from your therapist."
        count={home.newFeedback.items.length}
      >
        <NewFeedbackList first={home.newFeedback} />
      </Section>
      <Section
        title="Coming up"
        empty="Nothing planned for the next 7 days."
        count={home.upcoming.items.length}
      >
        <TaskList section="upcoming" label="Coming up" first={home.upcoming} timeZone={tz} />
      </Section>
      <Section
        title="Recently done"
        empty="Worksheets and ladder practice you finish will show here for 7 days."
        count={home.done.items.length}
      >
        <DoneList first={home.done} timeZone={tz} />
      </Section>
    </>
  );
}
