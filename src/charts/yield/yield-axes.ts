// The yield chart's axes: percent and time for the line steps, basis points and weeks for the histogram. Built
// on the shared keyed axes, so ticks slide when a step rescales; labels are kept inside the frame and apart.
import type { LinearScale, TimeScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import { timeAxis, valueAxis, valueTickCount } from "../axes";
import type { Mark, TextMark } from "../scene";
import { overlaps, textBox, textWidth } from "./text-layout";
import { axisNumber, bpTick, count, decimalsForStep } from "./yield-format";

/** Axis labels that would run off the frame hug its edge; a label that then meets its neighbour is dropped. */
export function keepAxisLabelsApart(marks: Mark[], frameLeft: number, frameRight: number): Mark[] {
  const kept: TextMark[] = [];
  return marks.flatMap((mark): Mark[] => {
    if (mark.kind !== "text") return [mark];
    const width = textWidth(mark.text, mark.className);
    let fitted: TextMark = mark;
    if (mark.anchor === "middle" && mark.x - width / 2 < frameLeft) {
      fitted = { ...mark, x: frameLeft, anchor: "start" };
    } else if (mark.anchor === "middle" && mark.x + width / 2 > frameRight) {
      fitted = { ...mark, x: frameRight, anchor: "end" };
    }
    const box = textBox(fitted);
    if (kept.some((other) => overlaps(box, textBox(other), 4))) return [];
    kept.push(fitted);
    return [fitted];
  });
}

/** Width of the value labels plus a little air: where the plot may start without running under them. */
export function axisLabelGutter(axis: Mark[]): number {
  const widths = axis.flatMap((m) => (m.kind === "text" ? [textWidth(m.text, m.className)] : []));
  return Math.max(0, ...widths) + 6;
}

export function percentAxis(y: LinearScale, options: { left: number; right: number; lang: Lang }): Mark[] {
  const [bottom = 0, top = 0] = y.range();
  const ticks = y.ticks(valueTickCount(bottom - top));
  const step = ticks.length > 1 ? (ticks[1] ?? 0) - (ticks[0] ?? 0) : 1;
  const digits = decimalsForStep(step);
  return valueAxis(y, { ...options, keyPrefix: "y", format: (v) => axisNumber(v, options.lang, digits) });
}

export function dateAxis(x: TimeScale, options: { y: number; lang: Lang; frameWidth: number }): Mark[] {
  return keepAxisLabelsApart(
    timeAxis(x, { y: options.y, lang: options.lang, keyPrefix: "y" }),
    2,
    options.frameWidth - 2,
  );
}

/** Weeks on the histogram's vertical axis, grouped by the reader's convention ("1,000"). */
export function weeksAxis(y: LinearScale, options: { left: number; right: number; lang: Lang }): Mark[] {
  return valueAxis(y, { ...options, keyPrefix: "yw", format: (v) => count(v, options.lang) });
}

/** Roughly one label per this many pixels: "−100" and "+50 bp" need less room than dates. */
const PIXELS_PER_BP_TICK = 56;

/** Weekly change in basis points along the bottom; the last label carries the unit. */
export function bpAxis(x: LinearScale, options: { y: number; lang: Lang; frameWidth: number }): Mark[] {
  const [left = 0, right = 0] = x.range();
  const ticks = x.ticks(Math.max(2, Math.floor((right - left) / PIXELS_PER_BP_TICK)));
  const unit = options.lang === "ja" ? "bp" : " bp";
  const marks = ticks.flatMap((tick, i): Mark[] => {
    const px = x(tick);
    const key = `yw-x-${tick}`;
    const label = bpTick(tick, options.lang) + (i === ticks.length - 1 ? unit : "");
    return [
      {
        kind: "line",
        key: `${key}-tick`,
        className: "axis-tick",
        x1: px,
        y1: options.y,
        x2: px,
        y2: options.y + 5,
      },
      {
        kind: "text",
        key: `${key}-label`,
        className: "axis-label",
        x: px,
        y: options.y + 8,
        text: label,
        anchor: "middle",
        baseline: "hanging",
      },
    ];
  });
  return keepAxisLabelsApart(marks, 2, options.frameWidth - 2);
}
