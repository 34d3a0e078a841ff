// Direct labels on the lines: each line's name with its value at the window's end, and the values a step calls
// out (sizes before and after a programme), each placed where it touches no other label and no line.
import type { Lang } from "../../i18n/locales";
import type { Mark, Rect, TextMark } from "../scene";
import {
  type FedData,
  type Series,
  type Week,
  bandOf,
  largestWeek,
  latestWeek,
  smallestWeek,
  trillions,
  utc,
  weekBefore,
  weekOnOrBefore,
  weeksBetween,
} from "./fed-data";
import { tnShort } from "./fed-format";
import type { FedFrame } from "./frame";
import { type CalloutAt, type FedState, fedStepSpecs, fedText, spikeWeek } from "./steps";
import { type Point, type Room, firstFit, firstFitGroup, inflate, textBox } from "./text-boxes";

/** The week a callout names (`peak`: the series' largest in the window), or undefined when the data has no such week in the step's window. */
export function calloutWeek(
  data: FedData,
  at: CalloutAt,
  window: [number, number],
  series: Series,
): Week | undefined {
  const [from, to] = window;
  let week: Week | undefined;
  if (at === "peak") week = largestWeek(weeksBetween(data, from, to), series);
  else if (at === "spike") week = weekOnOrBefore(data, utc(spikeWeek));
  else if (at === "treasuries-low")
    week = smallestWeek(weeksBetween(data, utc(spikeWeek), latestWeek(data).date), "treasuries");
  else if ("before" in at) week = weekBefore(data, bandOf(data, at.before).start);
  else week = weekOnOrBefore(data, bandOf(data, at.end).end ?? latestWeek(data).date);
  return week && week.date >= from && week.date <= to ? week : undefined;
}

export function calloutKey(at: CalloutAt): string {
  if (typeof at === "string") return at;
  return "before" in at ? `before-${at.before}` : `end-${at.end}`;
}

/** Pixel points of a line inside the window, plus one either side so the edges' segments count too. */
export function linePoints(data: FedData, series: Series, frame: FedFrame): Point[] {
  const points: Point[] = [];
  data.weeks.forEach((t, i) => {
    const next = data.weeks[i + 1] ?? Infinity;
    const previous = data.weeks[i - 1] ?? -Infinity;
    if (next < frame.from || previous > frame.to) return;
    points.push([frame.x(new Date(t)), frame.y(trillions(data[series][i] ?? 0))]);
  });
  return points;
}

const plotRect = (f: FedFrame): Rect => ({
  x: f.left,
  y: f.top,
  width: f.right - f.left,
  height: f.bottom - f.top,
});

/** Upper line: labels above it first. Lower line: below it first. Total assets always include Treasuries. */
const prefersAbove = (series: Series) => series === "total";

/** A line's name over its value, right-aligned: two short lines fit a phone where one long one would not. */
const NAME_LINE = 16.5;
const BLOCK_HEIGHT = NAME_LINE + 14;

function nameBlock(series: Series, name: string, value: string, xEnd: number, top: number): TextMark[] {
  const base = { kind: "text" as const, x: xEnd, anchor: "end" as const, baseline: "hanging" as const };
  return [
    { ...base, key: `fed-name-${series}`, className: `series-label series-${series}`, y: top, text: name },
    {
      ...base,
      key: `fed-name-${series}-value`,
      className: `series-value series-${series}`,
      y: top + NAME_LINE,
      text: value,
    },
  ];
}

function seriesLabelCandidates(
  series: Series,
  name: string,
  value: string,
  frame: FedFrame,
  points: readonly Point[],
): TextMark[][] {
  const width = Math.max(...nameBlock(series, name, value, 0, 0).map((m) => textBox(m).width));
  const plotWidth = frame.right - frame.left;
  const candidates: TextMark[][] = [];
  // At the right end first; then further left, for steps where the line's end is crowded.
  for (const shift of [0, 0.15, 0.3, 0.45, 0.6]) {
    const xEnd = frame.right - shift * plotWidth;
    const span = points.filter((p) => p[0] >= xEnd - width && p[0] <= xEnd).map((p) => p[1]);
    if (span.length === 0) continue;
    const above = nameBlock(series, name, value, xEnd, Math.min(...span) - 5 - BLOCK_HEIGHT);
    const below = nameBlock(series, name, value, xEnd, Math.max(...span) + 5);
    candidates.push(...(prefersAbove(series) ? [above, below] : [below, above]));
  }
  return candidates;
}

/** Places around a dot, nearest first: above (or below) it, beside it, then a line further away. */
function calloutCandidates(key: string, text: string, series: Series, cx: number, cy: number): TextMark[] {
  const base = { kind: "text" as const, key, className: `value-label value-${series}`, text };
  const side = (dy: number, baseline?: "hanging"): TextMark[] => [
    { ...base, x: cx, y: cy + dy, anchor: "middle", ...(baseline ? { baseline } : {}) },
    { ...base, x: cx - 7, y: cy + dy, anchor: "end", ...(baseline ? { baseline } : {}) },
    { ...base, x: cx + 7, y: cy + dy, anchor: "start", ...(baseline ? { baseline } : {}) },
  ];
  const above = [...side(-8), ...side(-22), ...side(-36)];
  const below = [...side(8, "hanging"), ...side(22, "hanging"), ...side(36, "hanging")];
  return prefersAbove(series) ? [...above, ...below] : [...below, ...above];
}

const DOT_RADIUS = 3.5;

/**
 * The lines' names and the step's callouts, placed in that order; a callout that fits nowhere is left out with
 * its dot (the step's words still give its value). `taken` holds labels already on the plot (axis labels).
 */
export function lineLabels(
  data: FedData,
  state: FedState,
  frame: FedFrame,
  lang: Lang,
  taken: Rect[],
): Mark[] {
  const lines = {
    total: linePoints(data, "total", frame),
    treasuries: linePoints(data, "treasuries", frame),
  };
  const room: Room = { bounds: plotRect(frame), taken: [...taken], lines: [lines.total, lines.treasuries] };
  const marks: Mark[] = [];
  const end = weekOnOrBefore(data, frame.to);
  const series: Series[] = ["total", "treasuries"];

  for (const s of series) {
    const candidates = seriesLabelCandidates(s, fedText[s][lang], tnShort(end[s], lang), frame, lines[s]);
    // A line's name is never dropped: if nothing fits, it takes the first place (the tests say this never happens).
    const block = firstFitGroup(candidates, room) ?? candidates[0];
    if (!block) continue;
    room.taken.push(...block.map(textBox));
    marks.push(...block);
  }

  const window: [number, number] = [frame.from, frame.to];
  const dots: Array<{ key: string; cx: number; cy: number; series: Series; value: number }> = [];
  for (const callout of fedStepSpecs[state].callouts) {
    const week = calloutWeek(data, callout.at, window, callout.series);
    if (!week) continue;
    const cx = frame.x(new Date(week.date));
    const cy = frame.y(trillions(week[callout.series]));
    dots.push({
      key: `fed-callout-${calloutKey(callout.at)}-${callout.series}`,
      cx,
      cy,
      series: callout.series,
      value: week[callout.series],
    });
  }
  // Every dot is taken space before any value label is placed, so no label covers another callout's dot.
  const dotBox = (d: { cx: number; cy: number }) =>
    inflate({ x: d.cx, y: d.cy, width: 0, height: 0 }, DOT_RADIUS + 1);
  room.taken.push(...dots.map(dotBox));
  for (const d of dots) {
    const label = firstFit(
      calloutCandidates(`${d.key}-text`, tnShort(d.value, lang), d.series, d.cx, d.cy),
      room,
    );
    if (!label) continue;
    room.taken.push(textBox(label));
    marks.push(
      {
        kind: "circle",
        key: `${d.key}-dot`,
        className: `dot series-${d.series}`,
        cx: d.cx,
        cy: d.cy,
        r: DOT_RADIUS,
      },
      label,
    );
  }
  return marks;
}
