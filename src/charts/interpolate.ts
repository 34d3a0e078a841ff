// In-between values for the browser's transitions: numbers, and the numbers inside strings such as path data.
// The same results as d3-interpolate's interpolateNumber and interpolateString (test/unit/charts/interpolate.test.ts
// compares them). Why our own: d3-interpolate ships as one file whose colour interpolators run when it loads, so
// importing two small functions from it brought d3-color's parser and its named-colour table (about 4 kB gzipped).

export function interpolateNumber(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

/** d3's number pattern: signed decimals with optional exponent. */
const NUMBER = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Pairs the numbers of `a` and `b` in order and interpolates those that differ; everything else is `b`'s text.
 * A path whose points changed count still ends exactly on `b`.
 */
export function interpolateString(a: string, b: string): (t: number) => string {
  const from = a.match(NUMBER) ?? [];
  const parts: Array<string | ((t: number) => number)> = [];
  let end = 0;
  let n = 0;
  for (const match of b.matchAll(NUMBER)) {
    const start = from[n++];
    if (start === undefined) break;
    parts.push(b.slice(end, match.index));
    parts.push(start === match[0] ? match[0] : interpolateNumber(Number(start), Number(match[0])));
    end = match.index + match[0].length;
  }
  parts.push(b.slice(end));
  return (t) => parts.map((part) => (typeof part === "string" ? part : String(part(t)))).join("");
}
