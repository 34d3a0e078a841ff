// Pure rules of the embed stepper: where it starts, where a key or a swipe takes it.

/**
 * The step to open on: the one whose key the URL asks for (`?step=<key>`, or a `#<key>` fragment), else the
 * first. A value that names no step is ignored rather than an error: links get mistyped and steps get renamed.
 */
export function startStepIndex(
  keys: readonly string[],
  ...requested: Array<string | null | undefined>
): number {
  for (const value of requested) {
    if (!value) continue;
    const index = keys.indexOf(value);
    if (index >= 0) return index;
  }
  return 0;
}

/** The step `delta` away from `current`, kept inside the list. */
export function moveStep(current: number, delta: number, count: number): number {
  return Math.min(count - 1, Math.max(0, current + delta));
}

/**
 * Left and right arrows step back and forward; up and down stay free to scroll a frame's long text. Page Down
 * and Page Up are what presentation clickers send.
 */
export function keyDelta(key: string): -1 | 1 | undefined {
  if (key === "ArrowRight" || key === "PageDown") return 1;
  if (key === "ArrowLeft" || key === "PageUp") return -1;
  return undefined;
}

/** A swipe is a quick, mostly horizontal stroke of at least this many CSS pixels. */
export const SWIPE_MIN_DISTANCE = 40;
const SWIPE_MAX_DURATION_MS = 800;
const SWIPE_MIN_SLOPE = 1.5;

/**
 * The step change a touch stroke asks for: swiping left (content moves left) goes forward, as on a phone's
 * photo viewer; slow drags and mostly vertical strokes (scrolling) ask for nothing.
 */
export function swipeDelta(dx: number, dy: number, durationMs: number): -1 | 0 | 1 {
  if (durationMs > SWIPE_MAX_DURATION_MS) return 0;
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < SWIPE_MIN_SLOPE * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
