// The Fed chart's time axis. Over several years it ticks on New Year's Day only (every year, or every 2, 5 or 10
// when the width needs), so a year never labels two ticks; labels stay inside the frame and never touch.
import type { TimeScale } from "../scales";
import { utcYear } from "d3-time";
import type { Lang } from "../../i18n/locales";
import { formatTimeTick, timeTickCount } from "../axes";
import { fitLabelX } from "../labels";
import type { Mark, TextMark } from "../scene";
import { overlaps, textBox } from "./text-boxes";

const DAY = 86_400_000;
const YEAR_STEPS = [1, 2, 5, 10];
/** A year label ("2015") is narrow: one every this many px still leaves clear space between them. */
const PIXELS_PER_YEAR_TICK = 56;

function ticksFor(x: TimeScale, spanDays: number): Date[] {
  const [left = 0, right = 0] = x.range();
  if (spanDays <= 3 * 365) return x.ticks(timeTickCount(right - left));
  const most = Math.max(2, Math.floor((right - left) / PIXELS_PER_YEAR_TICK));
  const years = spanDays / 365.25;
  const step = YEAR_STEPS.find((s) => years / s <= most) ?? 10;
  return x.ticks(utcYear.every(step) ?? utcYear);
}

export function fedTimeAxis(x: TimeScale, options: { y: number; lang: Lang; width: number }): Mark[] {
  const [start, end] = x.domain();
  if (!start || !end) return [];
  const spanDays = (end.getTime() - start.getTime()) / DAY;
  let previous: TextMark | undefined;
  const ticks = ticksFor(x, spanDays);
  const [a, b] = ticks;
  // formatTimeTick chooses years, months or days from the distance between neighbouring ticks.
  const tickSpacingDays = a && b ? (b.getTime() - a.getTime()) / DAY : spanDays;
  return ticks.flatMap((tick): Mark[] => {
    const px = x(tick);
    const key = `fed-x-${tick.getTime()}`;
    const text = formatTimeTick(tick, options.lang, tickSpacingDays);
    const label: TextMark = {
      kind: "text",
      key: `${key}-label`,
      className: "axis-label",
      x: px,
      y: options.y + 8,
      text,
      anchor: "middle",
      baseline: "hanging",
    };
    // Inside the frame; a label that would then touch its neighbour is left out (its tick stays).
    const placed = fitLabelX(px, textBox(label).width, 1, options.width - 1);
    const fitted: TextMark = { ...label, x: placed.x, anchor: placed.anchor };
    const keep = !previous || !overlaps(textBox(previous), textBox(fitted), 6);
    if (keep) previous = fitted;
    const tickMark: Mark = {
      kind: "line",
      key: `${key}-tick`,
      className: "axis-tick",
      x1: px,
      y1: options.y,
      x2: px,
      y2: options.y + 5,
    };
    return keep ? [tickMark, fitted] : [tickMark];
  });
}
