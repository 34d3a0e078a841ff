// Places labels at points (values on dots, names on lines) where they overlap nothing: each label tries its
// positions in turn, then its shorter wordings, and an optional label with no free place is left out, so a narrow
// phone shows fewer labels instead of a pile of them. The data table carries every value.
import type { LineMark, Rect, TextMark } from "../scene";
import { contains, fontSizeOf, overlaps, textBox, textWidth } from "./text-layout";

export type LabelSide = "above" | "below" | "right" | "left";

export interface PointLabel {
  key: string;
  /** Wordings, longest first: the first that fits is drawn. */
  texts: readonly string[];
  className: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  /** Other points it may sit at instead, tried after (x, y): a line's name may go anywhere along the line. */
  alternatives?: ReadonlyArray<readonly [number, number]>;
  /** Positions to try, best first. */
  sides: readonly LabelSide[];
  /** Placed before optional labels and, if need be, farther out with a leader: the story's key numbers. */
  required?: boolean;
  /** Radius of the mark at the point, so the label clears it. */
  r?: number;
}

/** Space between a mark's edge and its label, and between neighbouring labels. */
const CLEARANCE = 4;
const GAP = 2;

interface Anchor {
  x: number;
  y: number;
  r?: number;
}

function candidate(
  label: Pick<PointLabel, "key" | "className">,
  at: Anchor,
  text: string,
  side: LabelSide,
  bounds: Rect,
  distance: number,
): TextMark {
  const base = { kind: "text" as const, key: label.key, className: label.className, text };
  const width = textWidth(text, label.className);
  const offset = (at.r ?? 0) + CLEARANCE + distance;
  const descent = fontSizeOf(label.className) * 0.3;
  // Above and below, the label hugs the frame's edge rather than be cut off.
  const lo = bounds.x + width / 2;
  const hi = bounds.x + bounds.width - width / 2;
  const x = Math.min(Math.max(at.x, lo), Math.max(lo, hi));
  switch (side) {
    case "above":
      return { ...base, x, anchor: "middle", y: at.y - offset - descent, baseline: "alphabetic" };
    case "below":
      return { ...base, x, anchor: "middle", y: at.y + offset, baseline: "hanging" };
    case "right":
      return { ...base, x: at.x + offset, y: at.y, anchor: "start", baseline: "middle" };
    case "left":
      return { ...base, x: at.x - offset, y: at.y, anchor: "end", baseline: "middle" };
  }
}

const ALL_SIDES: readonly LabelSide[] = ["above", "below", "right", "left"];

/**
 * Where to look, in order: near and clear of lines (a few pixels out still reads as the point's own label); for key
 * labels, a little farther out and still clear, with a leader; then near and over a line (labels have a halo);
 * and last, key labels anywhere farther out.
 */
const PASSES = [
  { distance: 0, avoidLine: true, requiredOnly: false },
  { distance: 6, avoidLine: true, requiredOnly: false },
  { distance: 16, avoidLine: true, requiredOnly: true },
  { distance: 28, avoidLine: true, requiredOnly: true },
  { distance: 0, avoidLine: false, requiredOnly: false },
  ...[16, 28, 44, 64].map((distance) => ({ distance, avoidLine: false, requiredOnly: true })),
] as const;
/** A label farther than this from its point gets a leader. */
const LEADER_DISTANCE = 10;

/**
 * Returns the labels that fit, each at its first free position: inside `bounds`, clear of `obstacles` and of every
 * label placed before it, and clear of `line` where possible (labels have a halo, so crossing a line is allowed
 * but second best). Required labels go first, then the rest in order. A label moved away from its point gets a
 * thin leader back to it.
 */
export function placeLabels(
  labels: PointLabel[],
  obstacles: Rect[],
  bounds: Rect,
  line: Rect[] = [],
): Array<TextMark | LineMark> {
  const taken = [...obstacles];
  const placed: Array<TextMark | LineMark> = [];
  const ordered = [...labels.filter((l) => l.required), ...labels.filter((l) => !l.required)];
  const crossesLine = lineIndex(line);
  for (const label of ordered) {
    const free = (box: Rect, avoidLine: boolean) =>
      contains(bounds, box) &&
      !taken.some((other) => overlaps(box, other, GAP)) &&
      !(avoidLine && crossesLine(box));
    const anchors: Anchor[] = [
      { x: label.x, y: label.y, ...(label.r === undefined ? {} : { r: label.r }) },
      ...(label.alternatives ?? []).map(([x, y]) => ({ x, y })),
    ];
    const tries = PASSES.filter((pass) => label.required || !pass.requiredOnly).flatMap((pass) =>
      label.texts.flatMap((text) =>
        anchors.flatMap((at) =>
          (pass.requiredOnly ? [...new Set([...label.sides, ...ALL_SIDES])] : label.sides).map((side) => ({
            pass,
            at,
            mark: candidate(label, at, text, side, bounds, pass.distance),
          })),
        ),
      ),
    );
    const found = tries.find(({ pass, mark }) => free(textBox(mark), pass.avoidLine));
    if (!found) continue;
    const box = textBox(found.mark);
    placed.push(found.mark);
    taken.push(box);
    if (found.pass.distance > LEADER_DISTANCE) placed.push(leader(label.key, found.at, box));
  }
  return placed;
}

function leader(key: string, at: Anchor, box: Rect): LineMark {
  const tx = Math.min(Math.max(at.x, box.x), box.x + box.width);
  const ty = Math.min(Math.max(at.y, box.y), box.y + box.height);
  const length = Math.hypot(tx - at.x, ty - at.y) || 1;
  const start = (at.r ?? 0) + 1;
  return {
    kind: "line",
    key: `${key}-leader`,
    className: "leader",
    x1: at.x + ((tx - at.x) * start) / length,
    y1: at.y + ((ty - at.y) * start) / length,
    x2: tx,
    y2: ty,
  };
}

/**
 * A test of whether a box touches any of a line's sample boxes, looking only at samples in the box's horizontal
 * range (sorted by x), so trying hundreds of label positions against long lines stays fast.
 */
function lineIndex(samples: Rect[]): (box: Rect) => boolean {
  const sorted = [...samples].sort((a, b) => a.x - b.x);
  const xs = sorted.map((r) => r.x);
  const widest = Math.max(0, ...sorted.map((r) => r.width));
  return (box) => {
    const from = box.x - widest - 1;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && (xs[i] ?? 0) <= box.x + box.width + 1; i++)
      if (overlaps(box, sorted[i]!, 1)) return true;
    return false;
  };
}

/** The square a dot covers, as an obstacle for labels. */
export function dotBox(cx: number, cy: number, r: number): Rect {
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}

/** A polyline as small boxes every few pixels along it, so labels can keep off the drawn line. */
export function lineSamples(points: Array<[number, number]>, within: Rect, spacing = 3): Rect[] {
  const boxes: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / spacing));
    for (let k = 0; k <= steps; k++) {
      const box = {
        x: x0 + ((x1 - x0) * k) / steps - 1,
        y: y0 + ((y1 - y0) * k) / steps - 1,
        width: 2,
        height: 2,
      };
      if (contains(within, box)) boxes.push(box);
    }
  }
  return boxes;
}
