import { sparklineCoordinates, sparklineLabel, sparklinePoints } from "../sparkline";

const BOX = { width: 120, height: 32, padding: 4 };
const BEFORE = "#64748b";
const AFTER = "#0f766e";

/**
 * Distress before (dashed, hollow markers) and after (solid, filled markers) across a step's
 * attempts. Markers make a single attempt visible, where a line has nothing to join. The picture
 * is for sighted people at a glance; the numbers are in the text alternative.
 */
export function DistressSparkline({
  before,
  after,
}: {
  before: readonly number[];
  after: readonly number[];
}) {
  if (before.length === 0 && after.length === 0) return null;
  return (
    <figure className="flex items-center gap-3">
      <svg
        aria-hidden="true"
        width={BOX.width}
        height={BOX.height}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        className="shrink-0 rounded border border-slate-200 bg-slate-50"
      >
        <polyline
          points={sparklinePoints(before, BOX)}
          fill="none"
          stroke={BEFORE}
          strokeWidth="1.5"
          strokeDasharray="3 2"
        />
        <polyline
          points={sparklinePoints(after, BOX)}
          fill="none"
          stroke={AFTER}
          strokeWidth="2"
          strokeLinejoin="round"
        />
        {sparklineCoordinates(before, BOX).map((p, i) => (
          <circle
            key={`b${i}`}
            cx={p.x}
            cy={p.y}
            r="2.5"
            fill="white"
            stroke={BEFORE}
            strokeWidth="1.5"
          />
        ))}
        {sparklineCoordinates(after, BOX).map((p, i) => (
          <circle key={`a${i}`} cx={p.x} cy={p.y} r="3" fill={AFTER} />
        ))}
      </svg>
      <figcaption className="text-xs text-slate-700">
        <span className="block">{sparklineLabel("After-distress", after)}</span>
        <span className="block">{sparklineLabel("Distress before", before)}</span>
      </figcaption>
    </figure>
  );
}
