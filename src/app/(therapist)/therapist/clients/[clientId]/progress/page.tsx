import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import Link from "next/link";
import { TherapistFrame } from "~/components/layout/therapist-frame";
import { Card } from "~/components/ui/card";
import { PrintButton } from "~/components/ui/print-button";
import { LadderProgress } from "~/features/progress/components/ladder-progress";
import { LikelihoodChart } from "~/features/progress/components/likelihood-chart";
import { ScaleChart } from "~/features/progress/components/scale-chart";
import { FILLS, WeekBarsChart } from "~/features/progress/components/week-bars-chart";
import { WEEKS_SHOWN } from "~/features/progress/schema";
import { homeworkSummary, predictionsSummary } from "~/features/progress/summaries";
import { Pager } from "~/components/ui/pager";
import { Timeline } from "~/features/progress/components/timeline";
import { hrefWith, pagerLinks, readCursor } from "~/lib/paging";
import { firstDayOfWeek } from "~/lib/weeks";
import { recordTherapistView } from "~/server/audit-view";
import { requireTherapist } from "~/server/auth/guard";
import { getServerApi, orNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Progress" };

/** One part of the page: a heading the outline and screen readers list, and its charts. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ClientProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { clientId } = await params;
  const cursor = readCursor((await searchParams).cursor);
  const actor = await requireTherapist(`/therapist/clients/${clientId}/progress`);
  const weekStartsOn = firstDayOfWeek((await headers()).get("accept-language"));
  const api = await getServerApi();
  const [p, timeline] = await Promise.all([
    orNotFound(api.progress.client({ clientId, weekStartsOn })),
    orNotFound(api.progress.timeline({ clientId, cursor })),
  ]);
  await recordTherapistView({ entity: "progress", entityId: clientId, clientId });
  const tz = p.timeZone;
  return (
    <TherapistFrame actor={actor} wide>
      <Link
        href={`/therapist/clients/${p.client.id}`}
        className="self-start font-semibold text-brand-800 underline underline-offset-2 print:hidden"
      >
        Back to {p.client.name}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Progress: {p.client.name}</h1>
          <p className="text-slate-700">
            Dates in your time zone ({tz}); weekly charts show the last {WEEKS_SHOWN} weeks.
          </p>
        </div>
        <PrintButton label="Print" />
      </div>

      <Section id="ladder" title="Ladder">
        {p.ladders.length === 0 ? (
          <Card>
            <p className="text-slate-700">No ladder assigned yet.</p>
          </Card>
        ) : (
          p.ladders.map((ladder) => (
            <LadderProgress key={ladder.assignmentId} ladder={ladder} timeZone={tz} />
          ))
        )}
      </Section>

      <Section id="predictions" title="Predictions">
        <div className="grid max-w-3xl gap-4">
          <WeekBarsChart
            title="Did the feared outcome happen? Per week"
            summary={predictionsSummary(p.predictions.weeks)}
            weeks={p.predictions.weeks}
            parts={[
              { key: "no", label: "Did not happen", fill: FILLS.solid },
              { key: "partly", label: "Partly", fill: FILLS.lines },
              { key: "yes", label: "Happened", fill: FILLS.hatch },
              { key: "unknown", label: "Didn't find out", fill: FILLS.dots },
            ]}
            note={{ label: "Stopped", value: (w) => w.stopped }}
          />
          <LikelihoodChart pairs={p.predictions.pairs} />
        </div>
      </Section>

      <Section id="homework" title="Homework">
        <div className="max-w-3xl">
          <WeekBarsChart
            title="Due dates done and missed, per week"
            summary={homeworkSummary(p.homework)}
            weeks={p.homework}
            parts={[
              { key: "done", label: "Done", fill: FILLS.solid },
              { key: "missed", label: "Missed", fill: FILLS.hatch },
            ]}
          />
        </div>
      </Section>

      <Section id="ratings" title="Ratings over time">
        {p.scales.length === 0 ? (
          <Card>
            <p className="text-slate-700">
              No answers yet to a rating question of a recurring worksheet.
            </p>
          </Card>
        ) : (
          <div className="grid max-w-3xl gap-4">
            {p.scales.map((s) => (
              <ScaleChart key={`${s.assignmentId}-${s.fieldId}`} series={s} timeZone={tz} />
            ))}
          </div>
        )}
      </Section>
      <Section id="timeline" title="Timeline">
        <Timeline items={timeline.items} timeZone={tz} />
        <Pager
          of="the timeline"
          {...pagerLinks(cursor, timeline.nextCursor, (next) =>
            hrefWith(
              `/therapist/clients/${p.client.id}/progress`,
              {},
              { cursor: next },
              "timeline-heading",
            ),
          )}
        />
      </Section>
    </TherapistFrame>
  );
}
