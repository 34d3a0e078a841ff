// Keeps direct labels (line-end names, annotations) from overlapping by nudging them apart vertically.

export interface LabelPosition {
  key: string;
  /** Where the label wants to sit (its anchor on the line). */
  y: number;
}

/**
 * Returns a y for each label, in input order, at least `gap` apart and inside [top, bottom], moving each label as
 * little as possible: sorted labels are pushed down from the top, then pulled up from the bottom.
 */
export function separateLabels(
  labels: LabelPosition[],
  gap: number,
  top: number,
  bottom: number,
): Map<string, number> {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const ys = sorted.map((l) => Math.min(Math.max(l.y, top), bottom));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  if (ys.length > 0) ys[ys.length - 1] = Math.min(ys[ys.length - 1]!, bottom);
  for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - gap);
  return new Map(sorted.map((l, i) => [l.key, ys[i]!]));
}

/**
 * Approximate rendered width of a label: CJK characters are about 1em wide, Latin about 0.58em. Good enough to keep
 * labels inside the frame without measuring text on the server.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return ems * fontSize;
}

/** Places a label centred on `x` unless that would cut it off at either edge; then it hugs the edge. */
export function fitLabelX(
  x: number,
  width: number,
  left: number,
  right: number,
): { x: number; anchor: "start" | "middle" | "end" } {
  if (x - width / 2 < left) return { x: Math.max(left, Math.min(x, right - width)), anchor: "start" };
  if (x + width / 2 > right) return { x: Math.min(right, Math.max(x, left + width)), anchor: "end" };
  return { x, anchor: "middle" };
}
