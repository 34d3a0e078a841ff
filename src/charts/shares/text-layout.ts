// Text geometry for the shares chart: the size of each label class, the box a text mark covers, and line
// wrapping for the step notes. Pure, so tests can check that no label overlaps another or leaves the frame.
import type { Lang } from "../../i18n/locales";
import { textMetrics } from "../text-metrics";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["series-label", 14],
  ["annotation", 12.5],
  ["chart-note", 12],
  ["axis-label", 12],
  ["axis-title", 12],
];

const metrics = textMetrics(FONT_SIZES, () => 1.06);
export const { fontSizeOf, textWidth, textBox } = metrics;
export { overlaps } from "../text-metrics";

/** Characters a Japanese line must not start with; they stay with the character before them. */
const NO_LINE_START = /^[、。,.)」』:;!?%]/;

/** English breaks between words; Japanese between characters, keeping Latin runs ("TIC", "2011年") whole. */
function tokens(text: string, lang: Lang): string[] {
  if (lang === "en") return text.split(/\s+/).filter(Boolean);
  return text.match(/[A-Za-z0-9.,%]+|./gu) ?? [];
}

/** Splits `text` into lines no wider than `maxWidth` (a token wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, className: string, lang: Lang): string[] {
  const joiner = lang === "en" ? " " : "";
  const lines: string[][] = [[]];
  for (const token of tokens(text, lang)) {
    const current = lines[lines.length - 1]!;
    if (current.length === 0 || textWidth([...current, token].join(joiner), className) <= maxWidth) {
      current.push(token);
      continue;
    }
    // Closing punctuation takes the character before it to the new line rather than start a line alone.
    const carried = NO_LINE_START.test(token) && current.length > 1 ? [current.pop()!] : [];
    lines.push([...carried, token]);
  }
  return lines.map((line) => line.join(joiner)).filter((line) => line.length > 0);
}
