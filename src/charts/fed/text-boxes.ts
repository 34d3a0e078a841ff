// Label geometry for the Fed chart: the box a text mark covers, overlap tests against other labels and against
// the drawn lines, and a first-fit choice among candidate positions. Pure, so tests can check every size.
import type { Rect, TextMark } from "../scene";
import { contains, overlaps, textMetrics } from "../text-metrics";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["series-label", 14],
  ["series-value", 13],
  ["annotation", 12.5],
  ["value-label", 12],
  ["axis-label", 12],
  ["axis-title", 12],
];

const metrics = textMetrics(FONT_SIZES, () => 1.08);
export const { fontSizeOf, textWidth, textBox } = metrics;
export { contains, overlaps } from "../text-metrics";

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
