// The bid-to-cover axis along the bottom, shared by the number line and the strip: keyed by tick value, so ticks
// slide when a step rescales it. Labels that would meet their neighbour are left out.
import type { LinearScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import { fitLabelX } from "../labels";
import type { Mark, TextMark } from "../scene";
import { axisRatio } from "./auctions-format";
import { overlaps, textBox, textWidth } from "./text-layout";

/** Roughly one label per this many pixels: ratio labels are short. */
const PIXELS_PER_TICK = 100;

export interface RatioAxisOptions {
  /** The baseline the ticks hang from. */
  y: number;
  /** Gridlines run from here down to the baseline; omit for ticks only. */
  gridTop?: number;
  lang: Lang;
  /** At most this many ticks (the number line wants whole numbers only). */
  maxTicks?: number;
  /** Labels stay inside [2, frameWidth - 2]. */
  frameWidth: number;
}

export function ratioAxis(x: LinearScale, options: RatioAxisOptions): Mark[] {
  const [left = 0, right = 0] = x.range();
  const count = Math.min(
    options.maxTicks ?? Infinity,
    Math.max(2, Math.floor((right - left) / PIXELS_PER_TICK)),
  );
  const ticks = x.ticks(count);
  const step = ticks.length > 1 ? (ticks[1] ?? 0) - (ticks[0] ?? 0) : 1;
  const kept: TextMark[] = [];
  return ticks.flatMap((tick): Mark[] => {
    const px = x(tick);
    // Keys round the tick so 2.4000000000000004 and 2.4 are the same tick in every step.
    const key = `a-x-${Math.round(tick * 1000)}`;
    const marks: Mark[] = [];
    if (options.gridTop !== undefined)
      marks.push({
        kind: "line",
        key: `${key}-grid`,
        className: "gridline",
        x1: px,
        y1: options.gridTop,
        x2: px,
        y2: options.y,
      });
    marks.push({
      kind: "line",
      key: `${key}-tick`,
      className: "axis-tick",
      x1: px,
      y1: options.y,
      x2: px,
      y2: options.y + 5,
    });
    const text = axisRatio(tick, options.lang, step);
    const placed = fitLabelX(px, textWidth(text, "axis-label"), 2, options.frameWidth - 2);
    const label: TextMark = {
      kind: "text",
      key: `${key}-label`,
      className: "axis-label",
      x: placed.x,
      y: options.y + 8,
      text,
      anchor: placed.anchor,
      baseline: "hanging",
    };
    if (!kept.some((other) => overlaps(textBox(label), textBox(other), 6))) {
      kept.push(label);
      marks.push(label);
    }
    return marks;
  });
}
