// Lays dots that share a value side by side instead of on top of each other (a beeswarm): each dot takes the
// level nearest the row's centre line where it touches no dot already placed. Pure and deterministic, so the
// same auction sits in the same place on the server and in the browser.

/**
 * Returns a level for each x, in input order: 0 is the centre line, then 1, -1, 2, -2, ... Dots on one level are
 * at least `2 * radius + gap` apart. `first` names dots placed before the rest (they get the centre line).
 */
export function swarmLevels(
  xs: readonly number[],
  radius: number,
  gap = 1,
  first: readonly number[] = [],
): number[] {
  const spacing = 2 * radius + gap;
  const placed: Array<{ x: number; level: number }> = [];
  const levels = new Array<number>(xs.length).fill(0);
  const order = [...first, ...xs.keys()].filter(
    (i, k, all) => all.indexOf(i) === k && i >= 0 && i < xs.length,
  );
  for (const i of order) {
    const x = xs[i] ?? 0;
    for (let k = 0; ; k++) {
      // 0, 1, -1, 2, -2, ...: below the line first, so a lone extra dot hangs under the crowd.
      const level = k === 0 ? 0 : k % 2 === 1 ? (k + 1) / 2 : -k / 2;
      if (!placed.some((p) => p.level === level && Math.abs(p.x - x) < spacing - 1e-9)) {
        placed.push({ x, level });
        levels[i] = level;
        break;
      }
    }
  }
  return levels;
}

/**
 * The vertical distance between levels: a full dot and gap where the row has room, squeezed (dots then
 * overlap a little) where it does not, so the swarm never leaves its row.
 */
export function levelStep(levels: readonly number[], radius: number, halfHeight: number, gap = 1): number {
  const deepest = Math.max(0, ...levels.map(Math.abs));
  const full = 2 * radius + gap;
  if (deepest === 0) return full;
  return Math.max(0, Math.min(full, (halfHeight - radius) / deepest));
}
