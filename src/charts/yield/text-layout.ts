// Text geometry for the yield chart: how big each label class is, the box a text mark covers, line wrapping for
// notes, and the stacked header of notes above the plot. Pure, so tests can check that nothing overlaps or clips.
import type { Lang } from "../../i18n/locales";
import type { TextMark } from "../scene";
import { textMetrics } from "../text-metrics";
import { fitLines, stackHeader, type HeaderLine } from "../text-wrap";

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
  return fitLines(
    breakableTokens(text, lang),
    maxWidth,
    (candidate) => textWidth(candidate, className),
    lang,
  );
}

export type { HeaderLine } from "../text-wrap";
export { HEADER_LINE_HEIGHT } from "../text-wrap";

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
