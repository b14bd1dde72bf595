import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { useId } from "react";
import { ChartFrame } from "~/components/ui/chart-frame";
import {
  BoxSwatch,
  HEIGHT,
  MARGIN,
  Patterns,
  WIDTH,
  XLabels,
  YAxis,
  patternFill,
  weekLabel,
  weekOf,
} from "./svg-parts";

/** One part of a week's bar: its name, and how it is drawn (a colour or a pattern). */
export type TBarPart<K extends string> = { key: K; label: string; fill: (id: string) => string };

/**
 * Counts per week as stacked bars (d3's stack), one bar a week, the parts told apart by fill
 * pattern as well as colour. `note` adds a small count above a week's bar (e.g. "1 stopped").
 */
export function WeekBarsChart<
  K extends string,
  W extends Record<K, number> & { weekStart: string },
>({
  title,
  summary,
  weeks,
  parts,
  note,
}: {
  title: string;
  summary: string;
  weeks: W[];
  parts: TBarPart<K>[];
  note?: { label: string; value: (week: W) => number };
}) {
  const id = useId().replaceAll(":", "");
  const x = scaleBand<string>()
    .domain(weeks.map((w) => w.weekStart))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const series = stack<W, K>().keys(parts.map((p) => p.key))(weeks);
  const highest = Math.max(1, ...weeks.map((w) => parts.reduce((n, p) => n + w[p.key], 0)));
  const y = scaleLinear()
    .domain([0, highest])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top + 12]);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={parts.map((p) => ({ label: p.label, swatch: <BoxSwatch fill={p.fill(id)} /> }))}
      columns={["Week", ...parts.map((p) => p.label), ...(note ? [note.label] : [])]}
      rows={weeks.map((w) => [
        weekOf(w.weekStart),
        ...parts.map((p) => w[p.key]),
        ...(note ? [note.value(w)] : []),
      ])}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full">
        <Patterns id={id} />
        <YAxis scale={y} ticks={Math.min(5, highest)} />
        {series.map((s, i) =>
          s.map((d) => {
            const height = y(d[0]) - y(d[1]);
            return height > 0 ? (
              <rect
                key={`${i}-${d.data.weekStart}`}
                x={x(d.data.weekStart)}
                y={y(d[1])}
                width={x.bandwidth()}
                height={height}
                fill={parts[i]!.fill(id)}
                stroke="#334155"
                strokeWidth={0.75}
              />
            ) : null;
          }),
        )}
        {note
          ? weeks.map((w) => {
              const n = note.value(w);
              if (n === 0) return null;
              const total = parts.reduce((sum, p) => sum + w[p.key], 0);
              return (
                <text
                  key={w.weekStart}
                  x={(x(w.weekStart) ?? 0) + x.bandwidth() / 2}
                  y={y(total) - 4}
                  textAnchor="middle"
                  fontSize="10"
                  fill="#334155"
                >
                  +{n} {note.label.toLowerCase()}
                </text>
              );
            })
          : null}
        <XLabels
          labels={weeks.map((w) => ({
            x: (x(w.weekStart) ?? 0) + x.bandwidth() / 2,
            text: weekLabel(w.weekStart),
          }))}
        />
      </svg>
    </ChartFrame>
  );
}

/** The fills the bar charts share. */
export const FILLS = {
  solid: () => "#0f766e",
  lines: (id: string) => patternFill(id, "lines"),
  hatch: (id: string) => patternFill(id, "hatch"),
  dots: (id: string) => patternFill(id, "dots"),
};
