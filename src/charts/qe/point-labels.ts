// Labels beside a dot on the curve: tries the corners around it in turn and keeps the first that fits.
import type { Rect, TextMark } from "../scene";
import { contains, lineHeightOf, overlaps, textBox, textLines } from "./text-fit";

const LABEL = "annotation";

/**
 * Places a block of label lines next to a point: the first candidate corner that keeps it inside the plot and
 * clear of the obstacles wins; undefined if none does.
 */
export function placeBeside(
  key: string,
  lines: string[],
  cx: number,
  cy: number,
  plot: Rect,
  obstacles: Rect[],
): TextMark[] | undefined {
  const lineHeight = lineHeightOf(LABEL);
  const height = lines.length * lineHeight;
  const candidates: Array<{ x: number; top: number; anchor: "start" | "end" }> = [
    { x: cx + 9, top: cy - 6 - height, anchor: "start" },
    { x: cx - 9, top: cy + 6, anchor: "end" },
    { x: cx + 10, top: cy - height / 2, anchor: "start" },
    { x: cx - 9, top: cy - 6 - height, anchor: "end" },
    { x: cx + 9, top: cy + 6, anchor: "start" },
  ];
  for (const c of candidates) {
    const marks = textLines(key, lines, LABEL, c.x, c.top, c.anchor).marks;
    const boxes = marks.map(textBox);
    if (boxes.every((b) => contains(plot, b) && !obstacles.some((o) => overlaps(o, b, 2)))) return marks;
  }
  return undefined;
}

/** The square around a dot, so labels keep clear of it. */
export function circleBox(cx: number, cy: number, r: number): Rect {
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}
