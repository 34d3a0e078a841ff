// Placing a (one- or two-line) label beside a dot: try spots in order of preference and take the first that
// stays in the plot, clear of other labels and of the lines. Pure, so tests can check every size.
import type { Mark, Rect, TextMark } from "../scene";
import { overlaps, textBox } from "./text-layout";

export interface Point {
  x: number;
  y: number;
}

/**
 * Where a label may go around a dot: to its left (the text ends there), centred on it or to its right, and how
 * far above (negative) or below (positive) the dot the label's nearest line sits.
 */
export interface Spot {
  side: "left" | "center" | "right";
  dy: number;
  /** Extra distance sideways, away from the dot (left and right spots only). */
  gap?: number;
}

export const above = (side: Spot["side"], rise = 0, gap = 0): Spot => ({ side, dy: -9 - rise, gap });
export const below = (side: Spot["side"], drop = 0, gap = 0): Spot => ({ side, dy: 18 + drop, gap });

const LINE_HEIGHT = 15;
/** Farther from the dot than this, a thin leader line joins label and dot. */
const LEADER_FROM = 20;

/** The label's lines at a spot: stacked upwards from the dot when above it, downwards when below. */
export function labelAt(key: string, lines: string[], at: Point, spot: Spot): TextMark[] {
  const anchor = spot.side === "left" ? "end" : spot.side === "right" ? "start" : "middle";
  const away = 7 + (spot.gap ?? 0);
  const x = anchor === "end" ? at.x - away : anchor === "start" ? at.x + away : at.x;
  const first = spot.dy < 0 ? at.y + spot.dy - (lines.length - 1) * LINE_HEIGHT : at.y + spot.dy;
  return lines.map((text, i) => ({
    kind: "text",
    key: i === 0 ? key : `${key}-${i + 1}`,
    className: "annotation",
    x,
    y: first + i * LINE_HEIGHT,
    text,
    anchor,
  }));
}

/** The smallest rectangle around all the boxes. */
export function unionBox(boxes: Rect[]): Rect {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

function hitsLine(box: Rect, points: readonly Point[]): boolean {
  return points.some(
    (p) =>
      p.x >= box.x - 2 && p.x <= box.x + box.width + 2 && p.y >= box.y - 2 && p.y <= box.y + box.height + 2,
  );
}

export interface Placement {
  marks: TextMark[];
  box: Rect;
  spot: Spot;
}

/**
 * The first spot whose label stays inside `bounds`, clear of `taken` boxes (other labels, axis labels) and of
 * the line `points`; failing that, the first one clear of the boxes; failing that, the first inside the bounds.
 */
export function placeLabel(
  key: string,
  lines: string[],
  at: Point,
  spots: Spot[],
  options: { bounds: Rect; taken: readonly Rect[]; points: readonly Point[] },
): Placement {
  const candidates = spots.map((spot): Placement => {
    const marks = labelAt(key, lines, at, spot);
    return { marks, box: unionBox(marks.map(textBox)), spot };
  });
  const fits = candidates.filter((c) => inside(c.box, options.bounds));
  const clearOfLabels = fits.filter((c) => !options.taken.some((t) => overlaps(c.box, t, 2)));
  const clear = clearOfLabels.find((c) => !hitsLine(c.box, options.points));
  return clear ?? clearOfLabels[0] ?? fits[0] ?? candidates[0]!;
}

/** A thin vertical line from the dot towards a label that had to move away from it. */
export function leader(key: string, at: Point, placed: Placement): Mark[] {
  const { spot, box } = placed;
  if (Math.abs(spot.dy) < LEADER_FROM) return [];
  const end = spot.dy < 0 ? box.y + box.height + 1 : box.y - 1;
  return [
    {
      kind: "line",
      key,
      className: "leader",
      x1: at.x,
      y1: at.y + Math.sign(spot.dy) * 5,
      x2: at.x,
      y2: end,
    },
  ];
}
