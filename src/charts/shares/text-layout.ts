// Text geometry for the shares chart: the size of each label class, the box a text mark covers, and line
// wrapping for the step notes. Pure, so tests can check that no label overlaps another or leaves the frame.
import type { Lang } from "../../i18n/locales";
import { estimateTextWidth } from "../labels";
import type { Rect, TextMark } from "../scene";

/** Font sizes in px, as src/styles/chart.css and ./style.css give each class. */
const FONT_SIZES: Array<[className: string, px: number]> = [
  ["series-label", 14],
  ["annotation", 12.5],
  ["chart-note", 12],
  ["axis-label", 12],
  ["axis-title", 12],
];

export function fontSizeOf(className: string | undefined): number {
  const classes = new Set((className ?? "").split(/\s+/));
  return FONT_SIZES.find(([name]) => classes.has(name))?.[1] ?? 12;
}

/** Bold labels run a little wider than the estimate; the slack keeps neighbours visibly apart. */
const WIDTH_SLACK = 1.06;

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
