// Line wrapping for chart notes without measuring text: a chart supplies where its text may break (tokens) and how
// wide a string is; this fits tokens into lines and stacks wrapped notes above a plot.
import type { Lang } from "../i18n/locales";
import type { TextMark } from "./scene";

/** Characters a Japanese line must not start with; they take the token before them onto the new line. */
export const NO_LINE_START = /^[、。,.)」』:;!?%]/;

/** Fits `tokens` into lines no wider than `maxWidth`; a single token wider than that gets its own line. */
export function fitLines(
  tokens: string[],
  maxWidth: number,
  width: (text: string) => number,
  lang: Lang,
): string[] {
  const joiner = lang === "en" ? " " : "";
  const lines: string[][] = [[]];
  for (const token of tokens) {
    const current = lines[lines.length - 1]!;
    const candidate = [...current, token].join(joiner).trim();
    if (current.length === 0 || width(candidate) <= maxWidth) {
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
export function stackHeader(
  entries: HeaderLine[],
  left: number,
  right: number,
  wrap: (text: string, maxWidth: number, className: string) => string[],
): { marks: TextMark[]; bottom: number } {
  const marks: TextMark[] = [];
  for (const entry of entries) {
    wrap(entry.text, right - left, entry.className).forEach((line, i) => {
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
