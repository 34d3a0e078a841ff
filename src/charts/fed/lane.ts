// The label lane above the plot: programme names over their bands and the names of marked days. Labels that
// would touch go to a second or third row; on narrow screens they switch to their short form, and labels the
// step is not about are left out before any label the step needs.
import { fitLabelX } from "../labels";
import type { TextMark } from "../scene";
import { overlaps, textBox, textWidth } from "./text-boxes";

export interface LaneItem {
  key: string;
  /** Where the label wants to be centred: the visible middle of a band, or a marked day. */
  x: number;
  long: string;
  short: string;
  /** Labels the step is about; they are always printed, in more rows if need be. */
  required: boolean;
  className: string;
}

export interface LaneOptions {
  /** Horizontal room for labels (the frame, less a small edge). */
  left: number;
  right: number;
  /** The first row's vertical centre, and the distance between rows. */
  firstRowY: number;
  rowHeight: number;
  /** Rows optional labels may use; required ones may use two more. */
  rows: number;
}

export interface LaneLayout {
  marks: TextMark[];
  /** Rows in use (0 when the lane is empty). */
  rows: number;
}

/** Room left between neighbouring labels in a row. */
const LABEL_GAP = 8;
const CLASS = "annotation lane-label";

function candidate(item: LaneItem, text: string, row: number, options: LaneOptions): TextMark {
  const width = textWidth(text, CLASS);
  const placed = fitLabelX(item.x, width, options.left, options.right);
  return {
    kind: "text",
    key: item.key,
    className: `${CLASS} ${item.className}`,
    x: placed.x,
    y: options.firstRowY + row * options.rowHeight,
    text,
    anchor: placed.anchor,
    baseline: "middle",
  };
}

export function layOutLane(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const placed: Array<{ mark: TextMark; row: number }> = [];
  // Rows are a label's height apart, so only labels in the same row can touch.
  const fits = (mark: TextMark, row: number) => {
    const box = textBox(mark);
    return placed.every((p) => p.row !== row || !overlaps(textBox(p.mark), box, LABEL_GAP));
  };
  const tryRows = (item: LaneItem, text: string, from: number, to: number) => {
    for (let row = from; row < to; row++) {
      const mark = candidate(item, text, row, options);
      if (fits(mark, row)) return { mark, row };
    }
    return undefined;
  };
  // Required labels claim their places first, left to right; the others fill what is left.
  const ordered = [...items].sort((a, b) => Number(b.required) - Number(a.required) || a.x - b.x);
  for (const item of ordered) {
    const texts = item.long === item.short ? [item.long] : [item.long, item.short];
    let found: { mark: TextMark; row: number } | undefined;
    for (const text of texts) found ??= tryRows(item, text, 0, options.rows);
    if (!found && item.required) found = tryRows(item, item.short, options.rows, options.rows + 2);
    if (found) placed.push(found);
  }
  const rows = placed.reduce((most, p) => Math.max(most, p.row + 1), 0);
  const marks = placed.map((p) => p.mark).sort((a, b) => a.x - b.x);
  return { marks, rows };
}
