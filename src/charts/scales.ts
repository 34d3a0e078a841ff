// The two scales the charts use: numbers to pixels, and UTC dates to pixels. They compute exactly what
// d3-scale's scaleLinear and scaleUtc compute for a two-value domain and range (test/unit/charts/scales.test.ts
// holds them side by side), with d3-array's ticks and d3-time's calendar ticks. Why not d3-scale itself: its
// scales import d3-interpolate's colour parser, d3-format and d3-time-format whether a chart formats with them
// or not (we format with Intl), about 9 kB gzipped on every chapter that draws a chart.
import { tickIncrement, ticks as numberTicks } from "d3-array";
import { utcTicks, type TimeInterval } from "d3-time";

export type Pair = readonly [number, number];

export interface LinearScale {
  (value: number): number;
  /** The value drawn at a pixel position (the probe's question: which date or value is under the pointer?). */
  invert(pixel: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** Round values inside the domain, about `count` of them (d3-array's ticks). */
  ticks(count?: number): number[];
}

export interface TimeScale {
  (date: Date | number): number;
  invert(pixel: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  /** Calendar ticks: about `count` of them (d3-time picks years, months or days), or every `interval`. */
  ticks(countOrInterval?: number | TimeInterval): Date[];
}

/** d3-scale's normalize + interpolateNumber: x in [a, b] -> t in [0, 1] -> [c, d], reversed domains included. */
function mapping(from: Pair, to: Pair): (x: number) => number {
  let [a, b] = from;
  let [c, d] = to;
  if (b < a) [a, b, c, d] = [b, a, d, c];
  const span = b - a;
  return (x) => {
    const t = span ? (x - a) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return c * (1 - t) + d * t;
  };
}

/**
 * Widens [start, stop] to round values, as d3's `scale.nice(count)`: repeats until the tick step stops changing,
 * so the ends land on ticks.
 */
export function niceDomain(domain: Pair, count = 10): [number, number] {
  let [start, stop] = domain;
  const reversed = stop < start;
  if (reversed) [start, stop] = [stop, start];
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  // No step (an empty or non-finite domain), or no agreement within ten rounds: d3 keeps the domain as given.
  return [domain[0], domain[1]];
}

export function linearScale(domain: Pair, range: Pair, options: { nice?: boolean } = {}): LinearScale {
  const d: [number, number] = options.nice ? niceDomain(domain) : [domain[0], domain[1]];
  const r: [number, number] = [range[0], range[1]];
  const scale = mapping(d, r) as LinearScale;
  scale.invert = mapping(r, d);
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  scale.ticks = (count = 10) => numberTicks(d[0], d[1], count);
  return scale;
}

export function utcScale(domain: readonly [Date, Date], range: Pair): TimeScale {
  const [start, end] = domain;
  const ms: Pair = [start.getTime(), end.getTime()];
  const r: [number, number] = [range[0], range[1]];
  const toPixel = mapping(ms, r);
  const toTime = mapping(r, ms);
  const scale = ((date: Date | number) => toPixel(+date)) as TimeScale;
  // Whole milliseconds, as d3 rounds them.
  scale.invert = (pixel) => new Date(Math.round(toTime(pixel)));
  scale.domain = () => [new Date(ms[0]), new Date(ms[1])];
  scale.range = () => [r[0], r[1]];
  scale.ticks = (countOrInterval = 10) =>
    typeof countOrInterval === "number"
      ? utcTicks(new Date(ms[0]), new Date(ms[1]), countOrInterval)
      : countOrInterval.range(new Date(ms[0]), new Date(ms[1] + 1));
  return scale;
}
