import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { useId } from "react";
import { ChartFrame } from "~/components/ui/chart-frame";
import { formatDay } from "~/lib/format";
import type { TStepProgress } from "../schema";
import { stepSummary } from "../summaries";
import {
  HEIGHT,
  LineSwatch,
  MARGIN,
  Marker,
  RuleSwatch,
  WIDTH,
  XLabels,
  YAxis,
  type TSeriesStyle,
} from "./svg-parts";

const SERIES = {
  before: { color: "#475569", dash: "6 3", shape: "circle", filled: false },
  peak: { color: "#b45309", dash: "2 3", shape: "triangle", filled: false },
  after: { color: "#0f766e", shape: "square", filled: true },
  stopped: { color: "#475569", shape: "cross", filled: true },
} satisfies Record<string, TSeriesStyle>;
const EXPECTED = { color: "#64748b", dash: "10 4" };
const TARGET = { color: "#15803d", dash: "1 0" };

type TKey = "before" | "peak" | "after";

/**
 * One ladder step: every attempt's distress before, at its peak and afterwards, attempt by
 * attempt, against the step's expected distress and the ladder's target.
 */
export function LadderStepChart({
  step,
  targetDistress,
  timeZone,
}: {
  step: TStepProgress;
  targetDistress: number;
  timeZone: string;
}) {
  const id = useId();
  const x = scalePoint<number>()
    .domain(step.attempts.map((_, i) => i))
    .range([MARGIN.left + 16, WIDTH - MARGIN.right - 16])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const points = step.attempts.map((a, i) => ({ ...a, x: x(i)! }));
  const path = (key: TKey) =>
    line<(typeof points)[number]>()
      .defined((p) => p[key] !== null)
      .x((p) => p.x)
      .y((p) => y(p[key] ?? 0))(points) ?? "";
  const title = `Step ${step.position}: ${step.title}${step.masteredAt ? " (mastered)" : ""}`;
  const summary =
    stepSummary(step) +
    (step.masteredAt ? ` Mastered ${formatDay(step.masteredAt, timeZone)}.` : "");
  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={[
        { label: "Before", swatch: <LineSwatch style={SERIES.before} /> },
        { label: "At the peak", swatch: <LineSwatch style={SERIES.peak} /> },
        { label: "Afterwards", swatch: <LineSwatch style={SERIES.after} /> },
        { label: "Stopped", swatch: <Marker style={SERIES.stopped} x={14} y={6} size={36} /> },
        {
          label: `Expected (${step.expectedDistress})`,
          swatch: <RuleSwatch color={EXPECTED.color} dash={EXPECTED.dash} />,
        },
        {
          label: `Target (${targetDistress})`,
          swatch: <RuleSwatch color={TARGET.color} width={3} />,
        },
      ]}
      columns={["Attempt", "Before", "At the peak", "Afterwards"]}
      rows={step.attempts.map((a) => [
        formatDay(a.at, timeZone),
        a.before,
        a.stopped ? "stopped" : (a.peak ?? "—"),
        a.stopped ? "stopped" : (a.after ?? "—"),
      ])}
    >
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        data-chart={`step-${step.id}`}
      >
        <YAxis scale={y} label="Distress" />
        {[
          { value: step.expectedDistress, style: EXPECTED, text: "expected", width: 1.5 },
          { value: targetDistress, style: TARGET, text: "target", width: 2.5 },
        ].map((ref) => (
          <g key={ref.text + id}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(ref.value)}
              y2={y(ref.value)}
              stroke={ref.style.color}
              strokeWidth={ref.width}
              strokeDasharray={ref.style.dash}
            />
            <text
              x={WIDTH - MARGIN.right + 4}
              y={y(ref.value)}
              dy="0.32em"
              fontSize="11"
              fill="#334155"
            >
              {ref.text}
            </text>
          </g>
        ))}
        {(["before", "peak", "after"] as const).map((key) => (
          <path
            key={key}
            d={path(key)}
            fill="none"
            stroke={SERIES[key].color}
            strokeWidth={2}
            strokeDasharray={(SERIES[key] as TSeriesStyle).dash}
          />
        ))}
        {points.map((p, i) => (
          <g key={i}>
            <Marker style={SERIES.before} x={p.x} y={y(p.before)} />
            {p.stopped ? (
              <Marker style={SERIES.stopped} x={p.x} y={y(0) - 8} />
            ) : (
              <>
                {p.peak !== null ? <Marker style={SERIES.peak} x={p.x} y={y(p.peak)} /> : null}
                {p.after !== null ? <Marker style={SERIES.after} x={p.x} y={y(p.after)} /> : null}
              </>
            )}
          </g>
        ))}
        <XLabels labels={points.map((p) => ({ x: p.x, text: formatDay(p.at, timeZone) }))} />
      </svg>
    </ChartFrame>
  );
}
