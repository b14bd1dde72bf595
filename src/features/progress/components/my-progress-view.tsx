import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { ChartFrame } from "~/components/ui/chart-frame";
import { formatDay } from "~/lib/format";
import {
  currentStep,
  fearsCount,
  ladderCount,
  MY_PROGRESS_TEXT as TEXT,
  trendSummary,
  weeksCount,
} from "../my-progress-text";
import { OUTCOME_TEXT, type TMyProgress } from "../schema";
import { HEIGHT, MARGIN, Marker, XLabels, YAxis, weekLabel, weekOf } from "./svg-parts";

const AFTER = { color: "#0f766e", shape: "square", filled: true } as const;
/** Drawn for a phone's width: the text stays readable when the chart fills the screen. */
const NARROW = 360;

function TrendChart({
  afters,
  timeZone,
}: {
  afters: { at: Date; after: number }[];
  timeZone: string;
}) {
  const x = scalePoint<number>()
    .domain(afters.map((_, i) => i))
    .range([MARGIN.left + 16, NARROW - 24])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path =
    line<{ after: number }>()
      .x((_, i) => x(i)!)
      .y((p) => y(p.after))(afters) ?? "";
  return (
    <ChartFrame
      title={TEXT.trendTitle}
      summary={trendSummary(afters.map((a) => a.after))}
      columns={["Day", "Distress afterwards"]}
      rows={afters.map((a) => [formatDay(a.at, timeZone), a.after])}
    >
      <svg viewBox={`0 0 ${NARROW} ${HEIGHT}`} className="h-auto w-full max-w-xl">
        <YAxis scale={y} label="Distress" width={NARROW + MARGIN.right - 24} />
        <path d={path} fill="none" stroke={AFTER.color} strokeWidth={2} />
        {afters.map((a, i) => (
          <Marker key={i} style={AFTER} x={x(i)!} y={y(a.after)} />
        ))}
        <XLabels
          most={4}
          labels={afters.map((a, i) => ({ x: x(i)!, text: formatDay(a.at, timeZone) }))}
        />
      </svg>
    </ChartFrame>
  );
}

function PracticeWeeks({ weeks }: { weeks: TMyProgress["practiceWeeks"] }) {
  const practised = weeks.filter((w) => w.practised).length;
  const height = 70;
  const x = scaleBand<string>()
    .domain(weeks.map((w) => w.weekStart))
    .range([4, NARROW - 4])
    .padding(0.2);
  const side = Math.min(x.bandwidth(), 28);
  return (
    <ChartFrame
      title={TEXT.weeksHeading}
      summary={`${weeksCount(practised, weeks.length)} ${TEXT.weeksNote}`}
      columns={["Week", "Practised"]}
      rows={weeks.map((w) => [weekOf(w.weekStart), w.practised ? "yes" : "no"])}
    >
      <svg viewBox={`0 0 ${NARROW} ${height}`} className="h-auto w-full max-w-xl">
        {weeks.map((w) => {
          const left = (x(w.weekStart) ?? 0) + (x.bandwidth() - side) / 2;
          return (
            <g key={w.weekStart}>
              <rect
                x={left}
                y={4}
                width={side}
                height={side}
                rx={6}
                fill={w.practised ? "#0f766e" : "white"}
                stroke="#0f766e"
                strokeWidth={1.5}
              />
              {w.practised ? (
                <path
                  d={`M${left + side * 0.28},${4 + side * 0.52} l${side * 0.16},${side * 0.16} l${side * 0.3},${-side * 0.34}`}
                  fill="none"
                  stroke="white"
                  strokeWidth={3}
                />
              ) : null}
            </g>
          );
        })}
        <XLabels
          most={4}
          y={height - 8}
          labels={weeks.map((w) => ({
            x: (x(w.weekStart) ?? 0) + x.bandwidth() / 2,
            text: weekLabel(w.weekStart),
          }))}
        />
      </svg>
    </ChartFrame>
  );
}

/** The client's "My progress": ladders, fears against what happened, weeks with practice. */
export function MyProgressView({ progress }: { progress: TMyProgress }) {
  const { fears, timeZone } = progress;
  return (
    <>
      <section aria-labelledby="ladders-heading" className="flex flex-col gap-3">
        <h2 id="ladders-heading" className="text-xl font-semibold">
          {TEXT.laddersHeading}
        </h2>
        {progress.ladders.length === 0 ? (
          <Card>
            <p className="text-slate-700">{TEXT.noLadder}</p>
          </Card>
        ) : (
          progress.ladders.map((ladder) => (
            <Card key={ladder.assignmentId} className="flex flex-col gap-3">
              <h3 className="text-lg font-semibold">
                <Link
                  href={`/portal/ladders/${ladder.assignmentId}`}
                  className="text-brand-800 underline underline-offset-2"
                >
                  {ladder.title}
                </Link>
              </h3>
              <p>{ladderCount(ladder.mastered, ladder.steps)}</p>
              {ladder.current ? (
                <>
                  <p>{currentStep(ladder.current.position, ladder.current.title)}</p>
                  {ladder.current.afters.length > 0 ? (
                    <TrendChart afters={ladder.current.afters} timeZone={timeZone} />
                  ) : null}
                </>
              ) : (
                <p>{TEXT.allDone}</p>
              )}
            </Card>
          ))
        )}
      </section>

      <section aria-labelledby="fears-heading" className="flex flex-col gap-3">
        <h2 id="fears-heading" className="text-xl font-semibold">
          {TEXT.fearsHeading}
        </h2>
        <Card className="flex flex-col gap-3">
          {fears.foundOut === 0 ? (
            <p className="text-slate-700">{TEXT.noFears}</p>
          ) : (
            <>
              <p className="text-lg font-semibold">
                {fearsCount(fears.didNotHappen, fears.foundOut)}
              </p>
              <p className="text-sm text-slate-700">{TEXT.fearsNote}</p>
              <details>
                <summary className="cursor-pointer font-semibold text-brand-800">
                  {TEXT.fearsList}
                </summary>
                <ul className="mt-2 flex flex-col gap-2">
                  {fears.list.map((fear, i) => (
                    <li key={i} className="border-b border-slate-100 pb-2 last:border-0">
                      <Link
                        href={fear.href}
                        className="text-brand-800 underline underline-offset-2"
                      >
                        {fear.label}
                      </Link>
                      <span className="block text-sm text-slate-700">
                        {formatDay(fear.at, timeZone)} · {OUTCOME_TEXT[fear.outcome]}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            </>
          )}
        </Card>
      </section>

      <section aria-label={TEXT.weeksHeading}>
        <PracticeWeeks weeks={progress.practiceWeeks} />
      </section>
    </>
  );
}
