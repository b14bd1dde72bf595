import { sparklineLabel, sparklinePoints } from "../sparkline";

const BOX = { width: 120, height: 32, padding: 3 };

/**
 * Distress before (dashed) and after (solid) across a step's attempts. The picture is for sighted
 * people at a glance; the numbers are in the text alternative.
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
          stroke="#64748b"
          strokeWidth="1.5"
          strokeDasharray="3 2"
        />
        <polyline
          points={sparklinePoints(after, BOX)}
          fill="none"
          stroke="#0f766e"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <figcaption className="text-xs text-slate-700">
        <span className="block">{sparklineLabel("After-distress", after)}</span>
        <span className="block">{sparklineLabel("Distress before", before)}</span>
      </figcaption>
    </figure>
  );
}
