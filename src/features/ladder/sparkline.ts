/**
 * Points for a small 0-100 line chart. Pure so the maths is unit-tested; the component only
 * draws it. Higher distress is drawn higher (smaller y).
 */
export type TSparklineBox = { width: number; height: number; padding?: number };
type TSparklinePoint = { x: number; y: number };

/** Where each value sits in the box; a marker is drawn at each, so one value still shows. */
export function sparklineCoordinates(
  values: readonly number[],
  box: TSparklineBox,
): TSparklinePoint[] {
  const pad = box.padding ?? 2;
  const innerW = box.width - 2 * pad;
  const innerH = box.height - 2 * pad;
  const clamp = (v: number) => Math.min(100, Math.max(0, v));
  const round = (n: number) => Math.round(n * 10) / 10;
  return values.map((v, i) => ({
    // A single value sits in the middle rather than on the left edge.
    x: round(values.length === 1 ? box.width / 2 : pad + (innerW * i) / (values.length - 1)),
    y: round(pad + innerH * (1 - clamp(v) / 100)),
  }));
}

/** Coordinates as an SVG polyline `points` string (a line needs two of them). */
export const polylinePoints = (coordinates: readonly TSparklinePoint[]): string =>
  coordinates.map((p) => `${p.x},${p.y}`).join(" ");

/** The text alternative: the numbers the line shows, in order. */
export function sparklineLabel(what: string, values: readonly number[]): string {
  if (values.length === 0) return `No ${what.toLowerCase()} recorded yet.`;
  const attempts = values.length === 1 ? "1 attempt" : `${values.length} attempts`;
  return `${what} over ${attempts}: ${values.join(", ")}.`;
}
