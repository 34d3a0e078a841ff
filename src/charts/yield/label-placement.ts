// Places point labels (values on dots) where they overlap nothing: each label tries its positions in turn and
// is left out when none is free, so a narrow phone shows fewer labels instead of a pile of them. The data table
// carries every value.
import type { LineMark, Rect, TextMark } from "../scene";
import { contains, fontSizeOf, overlaps, textBox, textWidth } from "./text-layout";

export type LabelSide = "above" | "below" | "right" | "left";

export interface PointLabel {
  key: string;
  text: string;
  className: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  /** Positions to try, best first. */
  sides: readonly LabelSide[];
  /** Placed before optional labels; the story's key numbers. */
  required?: boolean;
  /** Radius of the mark at the point, so the label clears it. */
  r?: number;
  /** A side note that is better left out than drawn across the line. */
  keepOffLine?: boolean;
}

/** Space between a dot's edge and its label. */
const CLEARANCE = 5;
const GAP = 2;

function candidate(label: PointLabel, side: LabelSide, bounds: Rect, distance: number): TextMark {
  const base = { kind: "text" as const, key: label.key, className: label.className, text: label.text };
  const width = textWidth(label.text, label.className);
  const offset = (label.r ?? 4) + CLEARANCE + distance;
  const descent = fontSizeOf(label.className) * 0.3;
  const centred = (): Pick<TextMark, "x" | "anchor"> => {
    // Hug the frame's edge rather than cut the label off.
    const lo = bounds.x + width / 2;
    const hi = bounds.x + bounds.width - width / 2;
    return { x: Math.min(Math.max(label.x, lo), Math.max(lo, hi)), anchor: "middle" };
  };
  switch (side) {
    case "above":
      return { ...base, ...centred(), y: label.y - offset - descent, baseline: "alphabetic" };
    case "below":
      return { ...base, ...centred(), y: label.y + offset, baseline: "hanging" };
    case "right":
      return { ...base, x: label.x + offset, y: label.y, anchor: "start", baseline: "middle" };
    case "left":
      return { ...base, x: label.x - offset, y: label.y, anchor: "end", baseline: "middle" };
  }
}

/** Where to look, in order: near and clear of the line, near and over the line, then (key labels only) farther out. */
const PASSES = [
  { distance: 0, avoidLine: true, requiredOnly: false },
  { distance: 0, avoidLine: false, requiredOnly: false },
  ...[12, 26, 44, 64].map((distance) => ({ distance, avoidLine: false, requiredOnly: true })),
] as const;

const ALL_SIDES: readonly LabelSide[] = ["above", "below", "right", "left"];

/**
 * Returns the labels that fit, each at its first free position: inside `bounds`, clear of `obstacles` (dots,
 * axis labels, notes) and of every label placed before it, and clear of the `line` where possible (labels have a
 * halo, so crossing a line is allowed but second best). Required labels go first, then the rest in order.
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
  for (const label of ordered) {
    const free = (box: Rect, avoidLine: boolean) =>
      contains(bounds, box) &&
      !taken.some((other) => overlaps(box, other, GAP)) &&
      !(avoidLine && line.some((other) => overlaps(box, other, 1)));
    const passes = PASSES.filter(
      (pass) => (label.required || !pass.requiredOnly) && (!label.keepOffLine || pass.avoidLine),
    );
    const found = passes
      .flatMap((pass) => {
        // Farther out, a key label may take any side rather than be left out.
        const sides = pass.requiredOnly ? [...new Set([...label.sides, ...ALL_SIDES])] : label.sides;
        return sides.map((side) => ({ pass, mark: candidate(label, side, bounds, pass.distance) }));
      })
      .find(({ pass, mark }) => free(textBox(mark), pass.avoidLine));
    if (!found) continue;
    const box = textBox(found.mark);
    placed.push(found.mark);
    taken.push(box);
    // A label that had to move away from its point gets a thin rule back to it, so it cannot be misread.
    if (found.pass.distance > 0) placed.push(leader(label, box));
  }
  return placed;
}

function leader(label: PointLabel, box: Rect): LineMark {
  const tx = Math.min(Math.max(label.x, box.x), box.x + box.width);
  const ty = Math.min(Math.max(label.y, box.y), box.y + box.height);
  const length = Math.hypot(tx - label.x, ty - label.y) || 1;
  const start = (label.r ?? 4) + 1;
  return {
    kind: "line",
    key: `${label.key}-leader`,
    className: "leader",
    x1: label.x + ((tx - label.x) * start) / length,
    y1: label.y + ((ty - label.y) * start) / length,
    x2: tx,
    y2: ty,
  };
}

/** The square a dot covers, as an obstacle for labels. */
export function dotBox(cx: number, cy: number, r: number): Rect {
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}

/** A polyline as small boxes every few pixels along it, so labels can keep off the drawn line. */
export function lineSamples(points: Array<[number, number]>, within: Rect, spacing = 3): Rect[] {
  const boxes: Rect[] = [];
  const inside = (x: number, y: number) =>
    x >= within.x && x <= within.x + within.width && y >= within.y && y <= within.y + within.height;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / spacing));
    for (let k = 0; k <= steps; k++) {
      const x = x0 + ((x1 - x0) * k) / steps;
      const y = y0 + ((y1 - y0) * k) / steps;
      if (inside(x, y)) boxes.push({ x: x - 1, y: y - 1, width: 2, height: 2 });
    }
  }
  return boxes;
}
