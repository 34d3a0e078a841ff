// Label geometry without measuring text: each chart names its label classes' font sizes, and gets back the box a
// text mark covers, so models can place labels and tests can prove nothing overlaps or clips at any size.
import { estimateTextWidth } from "./labels";
import type { Rect, TextMark } from "./scene";

export interface TextMetrics {
  /** Font size in px of the first class in the chart's table that the mark has (12 when none). */
  fontSizeOf(className: string | undefined): number;
  textWidth(text: string, className: string | undefined): number;
  /** The rectangle a text mark covers, from its anchor and baseline. */
  textBox(mark: TextMark): Rect;
}

/**
 * @param fontSizes class name -> px, as the chart's stylesheet sets them (first match wins)
 * @param slack widening factor for a mark's classes: bold labels run a little wider than the estimate, and the
 *   slack keeps neighbours visibly apart
 */
export function textMetrics(
  fontSizes: ReadonlyArray<readonly [className: string, px: number]>,
  slack: (classes: string[]) => number,
): TextMetrics {
  const fontSizeOf = (className: string | undefined) => {
    const classes = new Set((className ?? "").split(/\s+/));
    return fontSizes.find(([name]) => classes.has(name))?.[1] ?? 12;
  };
  const textWidth = (text: string, className: string | undefined) =>
    estimateTextWidth(text, fontSizeOf(className)) * slack((className ?? "").split(/\s+/));
  const textBox = (mark: TextMark): Rect => {
    const size = fontSizeOf(mark.className);
    const width = textWidth(mark.text, mark.className);
    const left =
      mark.anchor === "end" ? mark.x - width : mark.anchor === "middle" ? mark.x - width / 2 : mark.x;
    const top =
      mark.baseline === "middle"
        ? mark.y - size * 0.6
        : mark.baseline === "hanging"
          ? mark.y
          : mark.y - size * 0.85;
    return { x: left, y: top, width, height: size * 1.15 };
  };
  return { fontSizeOf, textWidth, textBox };
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Tolerance for sums like `x + width / 2 + width / 2`, which can land a hair past an edge they were put on. */
const EPSILON = 1e-6;

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  );
}
