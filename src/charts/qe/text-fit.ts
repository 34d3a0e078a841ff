// Text geometry for the QE chart: the size of each label class, the box a text mark covers, and line wrapping,
// so panels can lay out their words without measuring text and tests can check nothing overlaps or clips.
import type { Lang } from "../../i18n/locales";
import type { TextMark } from "../scene";
import { textMetrics } from "../text-metrics";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class (first match wins). */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["annotation", 12.5],
  ["qe-caption", 11.5],
  ["qe-box-label-s", 10],
  ["qe-box-label", 11],
  ["axis-label", 12],
  ["axis-title", 12],
];

const metrics = textMetrics(FONT_SIZES, (classes) =>
  ["annotation", "axis-title"].some((c) => classes.includes(c)) ? 1.06 : 1,
);
export const { fontSizeOf, textWidth, textBox } = metrics;
export { contains, overlaps } from "../text-metrics";

/** Distance between the middles of two lines of the same class. */
export function lineHeightOf(className: string): number {
  return Math.ceil(fontSizeOf(className) * 1.3);
}

/** "Label: value" in English; Japanese chart labels set the value after a space instead. */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === "ja" ? `${label} ${value}` : `${label}: ${value}`;
}

/** Characters a Japanese line must not start with; they stay with the character before them. */
const NO_LINE_START = /^[、。,.)」』:;!?%]/;

/**
 * Words (English) or characters and Latin runs (Japanese): the places a line may break. A Japanese amount keeps
 * its unit ("10兆ドル", "3500億ドル") in one piece.
 */
function breakableTokens(text: string, lang: Lang): string[] {
  if (lang === "ja") return text.match(/[A-Za-z0-9.,+\-−–%$:/]+(?:兆|億)?(?:ドル)? ?|\s+|./gu) ?? [];
  return text.split(/\s+/).filter(Boolean);
}

/** Splits `text` into lines no wider than `maxWidth`; a single token wider than that gets a line of its own. */
export function wrapLines(text: string, maxWidth: number, className: string, lang: Lang): string[] {
  const joiner = lang === "en" ? " " : "";
  const lines: string[][] = [[]];
  for (const token of breakableTokens(text, lang)) {
    const current = lines[lines.length - 1]!;
    const candidate = [...current, token].join(joiner).trim();
    if (current.length === 0 || textWidth(candidate, className) <= maxWidth) {
      current.push(token);
      continue;
    }
    const carried = NO_LINE_START.test(token) && current.length > 1 ? [current.pop()!] : [];
    lines.push([...carried, token]);
  }
  return lines.map((words) => words.join(joiner).trim()).filter((line) => line.length > 0);
}

/**
 * Stacked lines of one class starting at `top`, each vertically centred on its line; returns the marks and the
 * y just below the last line.
 */
export function textLines(
  key: string,
  lines: readonly string[],
  className: string,
  x: number,
  top: number,
  anchor: TextMark["anchor"] = "start",
): { marks: TextMark[]; bottom: number } {
  const lineHeight = lineHeightOf(className);
  const marks = lines.map((text, i): TextMark => ({
    kind: "text",
    key: `${key}-${i}`,
    className,
    x,
    y: top + lineHeight * (i + 0.5),
    text,
    anchor,
    baseline: "middle",
  }));
  return { marks, bottom: top + lineHeight * lines.length };
}

/** Wraps `text` to `maxWidth` and stacks the lines at `top`. */
export function wrappedText(
  key: string,
  text: string,
  className: string,
  lang: Lang,
  box: { x: number; top: number; width: number },
): { marks: TextMark[]; bottom: number } {
  return textLines(key, wrapLines(text, box.width, className, lang), className, box.x, box.top);
}
