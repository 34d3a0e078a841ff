// Fewer points for the browser: largest-triangle-three-buckets (LTTB) keeps a line's visual shape with a
// fraction of its points; `reduceDaily` also keeps a chosen window at full resolution and never drops the
// series' extremes or the days the story names.
import type { DailyPoint } from "./daily-series.ts";

/** A point with a value: what a line is drawn through. */
export interface SeriesPoint {
  date: Date;
  value: number;
}

/**
 * Largest-triangle-three-buckets (Steinarsson 2013). Keeps the first and last points and, from each of
 * `threshold - 2` buckets, the point forming the largest triangle with the previous pick and the next
 * bucket's average. Returns the input when it already has `threshold` points or fewer.
 */
export function lttb<T>(
  points: readonly T[],
  threshold: number,
  x: (p: T) => number,
  y: (p: T) => number,
): T[] {
  const n = points.length;
  if (threshold >= n || n <= 2) return points.slice();
  const first = points[0];
  const last = points[n - 1];
  if (first === undefined || last === undefined) return [];
  if (threshold < 3) return [first, last];

  const picked: T[] = [first];
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      const p = points[j] as T;
      avgX += x(p);
      avgY += y(p);
    }
    const span = Math.max(nextEnd - nextStart, 1);
    avgX /= span;
    avgY /= span;

    const from = Math.floor(i * every) + 1;
    const to = Math.floor((i + 1) * every) + 1;
    const pa = points[a] as T;
    const ax = x(pa);
    const ay = y(pa);
    let best = from;
    let bestArea = -1;
    for (let j = from; j < to; j++) {
      const p = points[j] as T;
      const area = Math.abs((ax - avgX) * (y(p) - ay) - (ax - x(p)) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    picked.push(points[best] as T);
    a = best;
  }
  picked.push(last);
  return picked;
}

export interface ReduceOptions {
  /** About how many points to return (more when the window or `keep` needs them). */
  threshold: number;
  /** Dates kept at full resolution, inclusive, e.g. the April 2025 spike. */
  window?: { from: Date; to: Date };
  /** Days that must survive because the text names them (ignored when the series has no value there). */
  keep?: readonly Date[];
}

const byTime = (p: SeriesPoint) => p.date.getTime();
const byValue = (p: SeriesPoint) => p.value;

/** Full resolution inside the window; the points budget left over is shared by the stretches either side. */
function reduceAround(
  points: SeriesPoint[],
  window: { from: Date; to: Date },
  threshold: number,
): SeriesPoint[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const before = points.filter((p) => byTime(p) < from);
  const inside = points.filter((p) => byTime(p) >= from && byTime(p) <= to);
  const after = points.filter((p) => byTime(p) > to);
  const budget = Math.max(threshold - inside.length, 6);
  const outside = Math.max(before.length + after.length, 1);
  const share = (part: SeriesPoint[]) => Math.max(3, Math.round((budget * part.length) / outside));
  return [
    ...lttb(before, share(before), byTime, byValue),
    ...inside,
    ...lttb(after, share(after), byTime, byValue),
  ];
}

/**
 * A daily series reduced for a chart: days without a value are dropped, the window stays whole, the rest
 * goes through LTTB, and the overall maximum and minimum and the `keep` days are always included.
 * The output is sorted by date and has no duplicates.
 */
export function reduceDaily(series: readonly DailyPoint[], options: ReduceOptions): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const p of series) if (p.value !== null) points.push({ date: p.date, value: p.value });
  if (points.length <= options.threshold) return points;

  const chosen = options.window
    ? reduceAround(points, options.window, options.threshold)
    : lttb(points, options.threshold, byTime, byValue);

  const extremes = [
    points.reduce((m, p) => (p.value > m.value ? p : m)),
    points.reduce((m, p) => (p.value < m.value ? p : m)),
  ];
  const wanted = new Set((options.keep ?? []).map((d) => d.getTime()));
  const kept = points.filter((p) => wanted.has(byTime(p)));

  const unique = new Map<number, SeriesPoint>();
  for (const p of [...chosen, ...extremes, ...kept]) unique.set(byTime(p), p);
  return [...unique.values()].sort((a, b) => byTime(a) - byTime(b));
}
