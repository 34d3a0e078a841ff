// Text geometry for the auction chart: the size of each label class, the box a label covers and line wrapping
// for notes. Pure, so tests can check that no label overlaps another or leaves the frame at any width.
import type { Lang } from "../../i18n/locales";
import type { TextMark } from "../scene";
import { textMetrics } from "../text-metrics";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["a-big-number", 30],
  ["a-row-name", 13],
  ["annotation", 12.5],
  ["axis-label", 12],
  ["axis-title", 12],
  ["a-note", 12],
];

const metrics = textMetrics(FONT_SIZES, () => 1.08);
export const { fontSizeOf, textWidth, textBox } = metrics;
export { overlaps } from "../text-metrics";

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
