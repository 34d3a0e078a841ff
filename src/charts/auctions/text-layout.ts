// Text geometry for the auction chart: the size of each label class, the box a label covers and line wrapping
// for notes. Pure, so tests can check that no label overlaps another or leaves the frame at any width.
import type { Lang } from "../../i18n/locales";
import { estimateTextWidth } from "../labels";
import type { Rect, TextMark } from "../scene";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["a-big-number", 30],
  ["a-row-name", 13],
  ["annotation", 12.5],
  ["axis-label", 12],
  ["axis-title", 12],
  ["a-note", 12],
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

/** Characters a Japanese line must not start with; they stay with the text before them. */
const NO_LINE_START = /^[、。,.)」』:;!?%・]/;
/** Characters a line must not end with: opening brackets. */
const NO_LINE_END = /[(「『(]$/;

/** Words (English), or characters and runs of Latin and digits (Japanese): where a line may break. */
function tokens(text: string, lang: Lang): string[] {
  if (lang === "ja") return text.match(/[A-Za-z0-9.,+\-−–%×÷=:/]+ ?|\s+|./gu) ?? [];
  return text.split(/\s+/).filter(Boolean);
}

/** Splits `text` into lines no wider than `maxWidth` (a single token wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, className: string, lang: Lang): string[] {
  const joiner = lang === "en" ? " " : "";
  const lines: string[][] = [[]];
  for (const token of tokens(text, lang)) {
    const current = lines[lines.length - 1]!;
    const candidate = [...current, token].join(joiner).trim();
    if (current.length === 0 || textWidth(candidate, className) <= maxWidth) {
      current.push(token);
      continue;
    }
    // Closing punctuation carries the token before it to the new line rather than starting a line alone, and
    // an opening bracket goes with the text it opens.
    const carried =
      (NO_LINE_START.test(token) || NO_LINE_END.test(current[current.length - 1] ?? "")) && current.length > 1
        ? [current.pop()!]
        : [];
    lines.push([...carried, token]);
  }
  return lines.map((words) => words.join(joiner).trim()).filter((line) => line.length > 0);
}

export interface NoteLine {
  key: string;
  text: string;
  className: string;
}

export const LINE_HEIGHT = 16;

/** Stacks notes from `top` down, each wrapped to the frame; returns the text marks and the bottom of the block. */
export function noteBlock(
  notes: readonly NoteLine[],
  left: number,
  right: number,
  top: number,
  lang: Lang,
): { marks: TextMark[]; bottom: number } {
  const marks: TextMark[] = [];
  for (const note of notes) {
    wrapText(note.text, right - left, note.className, lang).forEach((line, i) => {
      marks.push({
        kind: "text",
        key: `${note.key}-${i}`,
        className: note.className,
        x: left,
        y: top + LINE_HEIGHT / 2 + marks.length * LINE_HEIGHT,
        text: line,
        baseline: "middle",
      });
    });
  }
  return { marks, bottom: top + marks.length * LINE_HEIGHT };
}
