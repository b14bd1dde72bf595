import { scaleBand, scaleLinear, scaleSqrt } from "d3-scale";
import { ChartFrame } from "~/components/ui/chart-frame";
import { OUTCOME_TEXT, type TOutcome, type TPredictionPair } from "../schema";
import { likelihoodSummary } from "../summaries";
import { HEIGHT, MARGIN, Marker, WIDTH, type TSeriesStyle } from "./svg-parts";

const ROWS: TOutcome[] = ["yes", "partly", "no", "unknown"];
const STYLE: Record<TOutcome, TSeriesStyle> = {
  yes: { color: "#b45309", shape: "triangle", filled: true },
  partly: { color: "#b45309", shape: "triangle", filled: false },
  no: { color: "#0f766e", shape: "circle", filled: true },
  unknown: { color: "#475569", shape: "square", filled: false },
};
const LEFT = 120;

/**
 * How likely each fear felt beforehand (across), against what happened (one row per outcome);
 * a bigger marker where the same pair happened more than once.
 */
export function LikelihoodChart({ pairs }: { pairs: TPredictionPair[] }) {
  const x = scaleLinear()
    .domain([0, 100])
    .range([LEFT, WIDTH - MARGIN.right]);
  const y = scaleBand<TOutcome>()
    .domain(ROWS)
    .range([MARGIN.top, HEIGHT - MARGIN.bottom])
    .padding(0.2);
  const size = scaleSqrt()
    .domain([1, Math.max(1, ...pairs.map((p) => p.count))])
    .range([40, 260]);
  return (
    <ChartFrame
      title="How likely it felt beforehand, and what happened"
      summary={likelihoodSummary(pairs)}
      columns={["How likely beforehand", "What happened", "Times"]}
      rows={pairs.map((p) => [p.likelihood, OUTCOME_TEXT[p.outcome], p.count])}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full">
        <g fontSize="11" fill="#334155">
          {x.ticks(5).map((t) => (
            <g key={t}>
              <line
                x1={x(t)}
                x2={x(t)}
                y1={MARGIN.top}
                y2={HEIGHT - MARGIN.bottom}
                stroke="#e2e8f0"
              />
              <text x={x(t)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
          <text x={(LEFT + WIDTH - MARGIN.right) / 2} y={HEIGHT - 2} textAnchor="middle">
            How likely it felt beforehand (0 to 100)
          </text>
          {ROWS.map((row) => (
            <text
              key={row}
              x={LEFT - 8}
              y={(y(row) ?? 0) + y.bandwidth() / 2}
              dy="0.32em"
              textAnchor="end"
            >
              {OUTCOME_TEXT[row]}
            </text>
          ))}
        </g>
        {pairs.map((p) => (
          <Marker
            key={`${p.outcome}-${p.likelihood}`}
            style={STYLE[p.outcome]}
            x={x(p.likelihood)}
            y={(y(p.outcome) ?? 0) + y.bandwidth() / 2}
            size={size(p.count)}
          />
        ))}
      </svg>
    </ChartFrame>
  );
}
