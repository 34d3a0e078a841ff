// Pure: which step is "in view" for a given layout. Used on load, after jumps and whenever scrolling settles,
// so the graphic never depends on having seen every trigger on the way.

export interface StepBox {
  /** Top and bottom of the step element, in viewport pixels. */
  top: number;
  bottom: number;
}

/**
 * The active step is the last one whose top has passed the trigger line (a fraction of the viewport height
 * from the top). Before the first step reaches the line, the first step is active, so the graphic shows
 * step 1 as the section scrolls in.
 */
export function activeStepIndex(steps: StepBox[], viewportHeight: number, offset: number): number {
  const line = viewportHeight * offset;
  let active = 0;
  steps.forEach((box, i) => {
    if (box.top <= line) active = i;
  });
  return active;
}

/** Keyboard: the step to move to from `current`, clamped to the list. */
export function neighbourStep(current: number, delta: -1 | 1, count: number): number {
  return Math.min(count - 1, Math.max(0, current + delta));
}

/** Every step but `from`, nearest first and the next before the previous: from+1, from-1, from+2, ... */
export function stepsByDistance(from: number, count: number): number[] {
  const order: number[] = [];
  for (let d = 1; d < count; d++) order.push(from + d, from - d);
  return order.filter((i) => i >= 0 && i < count);
}
