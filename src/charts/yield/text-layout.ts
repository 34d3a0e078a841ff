// Text geometry for the yield chart: how big each label class is, the box a text mark covers, line wrapping for
// notes, and the stacked header of notes above the plot. Pure, so tests can check that nothing overlaps or clips.
import type { Lang } from "../../i18n/locales";
import type { TextMark } from "../scene";
import { textMetrics } from "../text-metrics";

/** Font sizes in px, the same as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["annotation", 12.5],
  ["value-label", 11.5],
  ["axis-label", 12],
  ["axis-title", 12],
  ["y-note", 12],
];

const metrics = textMetrics(FONT_SIZES, () => 1.06);
export const { fontSizeOf, textWidth, textBox } = metrics;
export { contains, overlaps } from "../text-metrics";

/** Characters a Japanese line must not start with; they stay with the word before them. */
const NO_LINE_START = /^[、。,.)」』:;!?%]/;

const MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;

/** Words (English) or characters and Latin runs (Japanese): the places a line may break. */
function breakableTokens(text: string, lang: Lang): string[] {
  if (lang === "ja") return text.match(/[A-Za-z0-9.,+\-−–%≈:/]+ ?|\s+|./gu) ?? [];
  // A unit stays with its number ("+57 bp)") and a month with its day ("Nov 16,").
  const tokens: string[] = [];
  let glueNext = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && (glueNext || /^bp\b/.test(word)))
      tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
    glueNext = MONTH.test(word);
  }
  return tokens;
}

/** Splits `text` into lines no wider than `maxWidth` (a single token wider than that gets its own line). */
export function wrapText(text: string, maxWidth: number, className: string, lang: Lang): string[] {
  const joiner = lang === "en" ? " " : "";
  const lines: string[][] = [[]];
  for (const token of breakableTokens(text, lang)) {
    const current = lines[lines.length - 1]!;
    const candidate = [...current, token].join(joiner).trim();
    if (current.length === 0 || textWidth(candidate, className) <= maxWidth) {
      current.push(token);
      continue;
    }
    // Closing punctuation carries the token before it onto the new line instead of starting a line alone.
    const carried = NO_LINE_START.test(token) && current.length > 1 ? [current.pop()!] : [];
    lines.push([...carried, token]);
  }
  return lines.map((words) => words.join(joiner).trim()).filter((line) => line.length > 0);
}

export interface HeaderLine {
  key: string;
  text: string;
  className: string;
}

export const HEADER_LINE_HEIGHT = 16;
const HEADER_FIRST_Y = 10;

/** Stacks the unit and the step's notes above the plot, wrapped to the frame; returns them and their bottom edge. */
export function headerBlock(
  entries: HeaderLine[],
  left: number,
  right: number,
  lang: Lang,
): { marks: TextMark[]; bottom: number } {
  const marks: TextMark[] = [];
  for (const entry of entries) {
    wrapText(entry.text, right - left, entry.className, lang).forEach((line, i) => {
      marks.push({
        kind: "text",
        key: `${entry.key}-${i}`,
        className: entry.className,
        x: left,
        y: HEADER_FIRST_Y + marks.length * HEADER_LINE_HEIGHT,
        text: line,
        baseline: "middle",
      });
    });
  }
  return { marks, bottom: HEADER_FIRST_Y + (marks.length - 1) * HEADER_LINE_HEIGHT + 8 };
}
