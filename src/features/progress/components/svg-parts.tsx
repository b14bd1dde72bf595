import type { ScaleLinear } from "d3-scale";
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from "d3-shape";

/** The shared drawing vocabulary of the progress charts (server-rendered SVG). */

export const WIDTH = 640;
export const HEIGHT = 220;
export const MARGIN = { top: 24, right: 64, bottom: 34, left: 40 };

const SHAPES: Record<TShape, SymbolType> = {
  circle: symbolCircle,
  triangle: symbolTriangle,
  square: symbolSquare,
  cross: symbolCross,
};
export type TShape = "circle" | "triangle" | "square" | "cross";

/** A series' look: colour helps, but the marker and dash alone tell series apart. */
export type TSeriesStyle = { color: string; dash?: string; shape: TShape; filled: boolean };

export function Marker({
  style,
  x,
  y,
  size = 56,
}: {
  style: TSeriesStyle;
  x: number;
  y: number;
  size?: number;
}) {
  return (
    <path
      d={symbol(SHAPES[style.shape], size)() ?? ""}
      transform={`translate(${x},${y})`}
      fill={style.filled ? style.color : "white"}
      stroke={style.color}
      strokeWidth={1.5}
    />
  );
}

/** A reference line's legend swatch (28 x 12): its colour, width and dash. */
export function RuleSwatch({
  color,
  dash,
  width = 2,
}: {
  color: string;
  dash?: string;
  width?: number;
}) {
  return (
    <line x1={1} x2={27} y1={6} y2={6} stroke={color} strokeWidth={width} strokeDasharray={dash} />
  );
}

/** A series' legend swatch (28 x 12): the line's dash and the marker. */
export function LineSwatch({ style }: { style: TSeriesStyle }) {
  return (
    <>
      <RuleSwatch color={style.color} dash={style.dash} />
      <Marker style={style} x={14} y={6} size={36} />
    </>
  );
}

/** A filled area's swatch: its fill (a colour or a pattern) with an outline. */
export function BoxSwatch({ fill }: { fill: string }) {
  return <rect x={6} y={1} width={16} height={10} fill={fill} stroke="#334155" />;
}

/** Hatching, lines and dots, so stacked and grouped bars differ without colour. */
export function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fde68a" />
        <path d="M0,6 L6,0" stroke="#92400e" strokeWidth="1.5" />
      </pattern>
      <pattern id={`${id}-lines`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ccfbf1" />
        <path d="M0,3 L6,3" stroke="#115e59" strokeWidth="1.5" />
      </pattern>
      <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#f1f5f9" />
        <circle cx="2.5" cy="2.5" r="1" fill="#334155" />
      </pattern>
    </defs>
  );
}
/** The pattern fills of one chart, for its bars and legend. */
export const patternFill = (id: string, name: "hatch" | "lines" | "dots") => `url(#${id}-${name})`;

/** The value axis on the left: gridlines and labels at the scale's own ticks. */
export function YAxis({
  scale,
  ticks = 5,
  label,
  width = WIDTH,
}: {
  scale: ScaleLinear<number, number>;
  ticks?: number;
  label?: string;
  /** The chart's viewBox width, when narrower than WIDTH (phone-first pages). */
  width?: number;
}) {
  return (
    <g fontSize="11" fill="#334155">
      {scale.ticks(ticks).map((t) => (
        <g key={t} transform={`translate(0,${scale(t)})`}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} stroke="#e2e8f0" />
          <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {label ? (
        <text x={4} y={10} fontSize="10">
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** Labels along the bottom, thinned so they never overlap. */
export function XLabels({
  labels,
  most = 8,
  y = HEIGHT - MARGIN.bottom + 16,
}: {
  labels: { x: number; text: string }[];
  /** How many labels fit across. */
  most?: number;
  y?: number;
}) {
  const every = Math.max(1, Math.ceil(labels.length / most));
  return (
    <g fontSize="11" fill="#334155">
      {labels.map((l, i) =>
        i % every === 0 || i === labels.length - 1 ? (
          <text key={i} x={l.x} y={y} textAnchor="middle">
            {l.text}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** "9 Mar" for a week that starts on a calendar date (YYYY-MM-DD). */
export function weekLabel(weekStart: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
  }).format(new Date(`${weekStart}T00:00:00Z`));
}

/** "Week of 9 Mar": a table's row heading. */
export const weekOf = (weekStart: string) => `Week of ${weekLabel(weekStart)}`;
