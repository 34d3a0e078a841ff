// Label geometry for the Fed chart: the box a text mark covers, overlap tests against other labels and against
// the drawn lines, and a first-fit choice among candidate positions. Pure, so tests can check every size.
import { estimateTextWidth } from "../labels";
import type { Rect, TextMark } from "../scene";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["series-label", 14],
  ["series-value", 13],
  ["annotation", 12.5],
  ["value-label", 12],
  ["axis-label", 12],
  ["axis-title", 12],
];

export function fontSizeOf(className: string | undefined): number {
  const classes = new Set((className ?? "").split(/\s+/));
  return FONT_SIZES.find(([name]) => classes.has(name))?.[1] ?? 12;
}

/** Bold labels run a little wider than the estimate; the slack keeps neighbours visibly apart. */
const WIDTH_SLACK = 1.08;

export function textWidth(text: string, className: string | undefined): number {
  return estimateTextWidth(text, fontSizeOf(className)) * WIDTH_SLACK;
}

/** The rectangle a text mark covers, from its anchor and baseline. */
export function textBox(mark: TextMark): Rect {
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
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

const EPSILON = 1e-6;

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  );
}

export type Point = readonly [x: number, y: number];

function inside(p: Point, r: Rect): boolean {
  return p[0] >= r.x && p[0] <= r.x + r.width && p[1] >= r.y && p[1] <= r.y + r.height;
}

/** Whether segments ab and cd cross (touching counts). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (p: Point, q: Point, r: Point) =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 <= 0 && d3 * d4 <= 0;
}

/** Whether a polyline passes through a rectangle; a label there would sit on the line. */
export function lineCrosses(points: readonly Point[], box: Rect): boolean {
  const corners: Point[] = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    if (inside(a, box)) return true;
    const b = points[i + 1];
    if (!b) break;
    // Only segments that reach the box's x range can cross it.
    if (Math.max(a[0], b[0]) < box.x || Math.min(a[0], b[0]) > box.x + box.width) continue;
    for (let k = 0; k < 4; k++) if (segmentsCross(a, b, corners[k]!, corners[(k + 1) % 4]!)) return true;
  }
  return false;
}

/** Grows a rectangle by `by` px on every side. */
export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export interface Room {
  /** The area a label must stay inside. */
  bounds: Rect;
  /** Boxes already taken (other labels, dots). */
  taken: Rect[];
  /** Lines a label must not sit on. */
  lines: ReadonlyArray<readonly Point[]>;
}

/** Space kept between a label and anything else, so neighbours read as separate. */
const LABEL_GAP = 2;

function fitsRoom(mark: TextMark, room: Room): boolean {
  const box = textBox(mark);
  if (!contains(room.bounds, box)) return false;
  if (room.taken.some((t) => overlaps(t, box, LABEL_GAP))) return false;
  const padded = inflate(box, 1);
  return !room.lines.some((line) => lineCrosses(line, padded));
}

/** The first candidate that fits the room, or undefined when none does. Does not claim the space. */
export function firstFit(candidates: readonly TextMark[], room: Room): TextMark | undefined {
  return candidates.find((mark) => fitsRoom(mark, room));
}

/** The same for labels of several lines: the first group whose every line fits. */
export function firstFitGroup(
  candidates: ReadonlyArray<readonly TextMark[]>,
  room: Room,
): TextMark[] | undefined {
  const group = candidates.find((marks) => marks.every((mark) => fitsRoom(mark, room)));
  return group ? [...group] : undefined;
}
