import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { ChartFrame } from "~/components/ui/chart-frame";
import { formatDay } from "~/lib/format";
import type { TScaleSeries } from "../schema";
import { scaleSummary } from "../summaries";
import { HEIGHT, MARGIN, Marker, WIDTH, XLabels, YAxis, type TSeriesStyle } from "./svg-parts";

const STYLE: TSeriesStyle = { color: "#0f766e", shape: "circle", filled: true };

/** One rating question of a recurring worksheet, answer by answer over time. */
export function ScaleChart({ series, timeZone }: { series: TScaleSeries; timeZone: string }) {
  const times = series.points.map((p) => p.at.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const x = scaleUtc()
    .domain([new Date(first), new Date(last === first ? first + 86_400_000 : last)])
    .range([MARGIN.left + 16, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([series.min, series.max])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path =
    line<TScaleSeries["points"][number]>()
      .x((p) => x(p.at))
      .y((p) => y(p.value))(series.points) ?? "";
  return (
    <ChartFrame
      title={`${series.title}: ${series.label}`}
      summary={scaleSummary(series)}
      columns={["Answered", "Answer"]}
      rows={series.points.map((p) => [formatDay(p.at, timeZone), p.value])}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full">
        <YAxis scale={y} ticks={Math.min(5, series.max - series.min)} />
        <path d={path} fill="none" stroke={STYLE.color} strokeWidth={2} />
        {series.points.map((p, i) => (
          <Marker key={i} style={STYLE} x={x(p.at)} y={y(p.value)} />
        ))}
        <XLabels labels={x.ticks(6).map((t) => ({ x: x(t), text: formatDay(t, timeZone) }))} />
      </svg>
    </ChartFrame>
  );
}
