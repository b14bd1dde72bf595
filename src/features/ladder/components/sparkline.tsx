import { polylinePoints, sparklineCoordinates, sparklineLabel } from "../sparkline";

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
  // Each series once: its line and its markers share the points.
  const beforePoints = sparklineCoordinates(before, BOX);
  const afterPoints = sparklineCoordinates(after, BOX);
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
          points={polylinePoints(beforePoints)}
          fill="none"
          stroke={BEFORE}
          strokeWidth="1.5"
          strokeDasharray="3 2"
        />
        <polyline
          points={polylinePoints(afterPoints)}
          fill="none"
          stroke={AFTER}
          strokeWidth="2"
          strokeLinejoin="round"
        />
        {beforePoints.map((p, i) => (
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
        {afterPoints.map((p, i) => (
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
