// A scene is what a chart shows at one step, as plain marks with stable keys. The server prints it as SVG and
// the browser transitions between scenes by key, so both always draw the same thing.

interface MarkBase {
  /** Stable across steps for the "same" thing, so the browser can animate it instead of replacing it. */
  key: string;
  /** CSS classes; colours and type come from the stylesheet so both themes and print work. */
  className?: string;
  /** Drawn inside the scene's plot area only (lines that run past the window while zooming). */
  clipped?: boolean;
}

export interface PathMark extends MarkBase {
  kind: "path";
  d: string;
}
export interface LineMark extends MarkBase {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface RectMark extends MarkBase {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface CircleMark extends MarkBase {
  kind: "circle";
  cx: number;
  cy: number;
  r: number;
}
export interface TextMark extends MarkBase {
  kind: "text";
  x: number;
  y: number;
  text: string;
  anchor?: "start" | "middle" | "end";
  /** Vertical alignment relative to y. */
  baseline?: "alphabetic" | "middle" | "hanging";
}

export type Mark = PathMark | LineMark | RectMark | CircleMark | TextMark;

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Scene extends Size {
  /** The plot area that `clipped` marks are cut to. */
  clip: Rect;
  marks: Mark[];
}

/** Numeric attributes of each mark kind, in the order they are written. */
export const numericAttributes = {
  path: [],
  line: ["x1", "y1", "x2", "y2"],
  rect: ["x", "y", "width", "height"],
  circle: ["cx", "cy", "r"],
  text: ["x", "y"],
} as const satisfies Record<Mark["kind"], readonly string[]>;

/** One decimal is below a device pixel at any size we draw, and keeps HTML and snapshots small and stable. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
