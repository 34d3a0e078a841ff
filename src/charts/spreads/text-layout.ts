// Text geometry for the spreads chart: the size of each label class, the box a text mark covers, line wrapping
// for notes, and the notes stacked above the plot. Pure, so tests can check that nothing overlaps or clips.
import type { Lang } from "../../i18n/locales";
import { estimateTextWidth } from "../labels";
import type { Rect, TextMark } from "../scene";
import { fitLines, stackHeader, type HeaderLine } from "../text-wrap";
export { contains, overlaps } from "../text-metrics";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class (first match wins). */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["s-part-name", 13],
  ["s-series-name", 13],
  ["annotation", 12.5],
  ["value-label", 11.5],
  ["axis-label", 12],
  ["axis-title", 12],
  ["s-note", 12],
];

export function fontSizeOf(className: string | undefined): number {
  const classes = new Set((className ?? "").split(/\s+/));
  return FONT_SIZES.find(([name]) => classes.has(name))?.[1] ?? 12;
}

/** Bold labels run a little wider than the estimate; the slack keeps neighbours visibly apart. */
const WIDTH_SLACK = 1.08;

/** Label placement measures the same few labels thousands of times per scene; the estimate is pure, so keep it. */
const widthCache = new Map<string, number>();

export function textWidth(text: string, className: string | undefined): number {
  const key = `${className ?? ""}\u0000${text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    width = estimateTextWidth(text, fontSizeOf(className)) * WIDTH_SLACK;
    if (widthCache.size > 5000) widthCache.clear();
    widthCache.set(key, width);
  }
  return width;
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

/** Sums like `x + width / 2 + width / 2` can land a hair past the edge they were put on. */

/** Where a line may break: between words in English; between characters or Latin runs in Japanese. */
function breakableTokens(text: string, lang: Lang): string[] {
  // Katakana words ("ポイント") stay whole, like Latin runs.
  if (lang === "ja") return text.match(/[A-Za-z0-9.,+\-−–%:→=]+ ?|[ァ-ヶー]+|\s+|./gu) ?? [];
  // A unit stays with its number ("+25 bp") and a month with its day ("Apr 9").
  const tokens: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const previous = tokens[tokens.length - 1];
    const glue = previous !== undefined && (/^bp\b/.test(word) || /^(Jan|Feb|Mar|Apr|May)$/.test(previous));
    if (glue) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

/** Splits `text` into lines no wider than `maxWidth` (a single token wider than that gets its own line). */
export function wrapText(text: string, maxWidth: number, className: string, lang: Lang): string[] {
  return fitLines(
    breakableTokens(text, lang),
    maxWidth,
    (candidate) => textWidth(candidate, className),
    lang,
  );
}

export type { HeaderLine } from "../text-wrap";
export { HEADER_LINE_HEIGHT as LINE_HEIGHT } from "../text-wrap";

/** Stacks the unit and the step's notes above the plot, wrapped to the frame; returns them and their bottom edge. */
export function headerBlock(
  entries: HeaderLine[],
  left: number,
  right: number,
  lang: Lang,
): { marks: TextMark[]; bottom: number } {
  return stackHeader(entries, left, right, (text, maxWidth, className) =>
    wrapText(text, maxWidth, className, lang),
  );
}
