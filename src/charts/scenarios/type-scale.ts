// The scenarios graphic's type: the few font sizes a layout may choose from (each one a CSS class in
// ./style.css), the spacing that follows from a size, how wide a label will be drawn (estimated without a
// browser) and labels wrapped at that size.
import { estimateTextWidth } from "../labels";
import { wrapText } from "./wrap-text";

/** Sizes in px, largest first; a layout takes the largest whose boxes fit the frame. */
export const fontSizes = [16, 15, 14, 13, 12, 11] as const;
export type FontSize = (typeof fontSizes)[number];

/** The class that sets `size` on a text mark (./style.css). */
export const sizeClass = (size: FontSize) => `sc-fs-${size}`;

/** Distance between the middles of two wrapped lines. */
export const lineHeight = (size: FontSize) => Math.round(size * 1.35);

/** Full-width characters, which every Japanese font sets exactly 1em wide. */
const FULL_WIDTH = /[\u3000-\u9fff\uff00-\uffef]/g;

/**
 * Latin letters vary by font: estimateTextWidth assumes an average one, and the slack covers system UI fonts
 * that run a little wider (bold ones wider still), so every line stays inside its box in the fonts readers have.
 */
const REGULAR_SLACK = 1.06;
const BOLD_SLACK = 1.14;

export function textWidth(text: string, size: FontSize, bold = false): number {
  const fullWidth = text.match(FULL_WIDTH)?.length ?? 0;
  const latin = text.replace(FULL_WIDTH, "");
  return fullWidth * size + estimateTextWidth(latin, size) * (bold ? BOLD_SLACK : REGULAR_SLACK);
}

/** A measuring function for wrapText at one size and weight. */
export const measureAt =
  (size: FontSize, bold = false) =>
  (text: string) =>
    textWidth(text, size, bold);

/** Which words a frame takes: full or short stage labels, with or without the roads' titles. */
export interface Wording {
  labels: "label" | "short";
  titles: boolean;
}

/** One attempt at a layout: the words, the type size, and the spacing that follows from the size. */
export interface Metrics {
  wording: Wording;
  /** Balancing never adds a line to a label, so the search for a fit can skip it. */
  balance: boolean;
  size: FontSize;
  /** Line height. */
  lh: number;
  /** Padding inside a box, across and down. */
  padX: number;
  padY: number;
  /** The column inside a box that holds the stage number. */
  gutter: number;
  /** Vertical space between boxes, where the arrows go. */
  gap: number;
}

export function metrics(wording: Wording, size: FontSize, gap: number, balance = false): Metrics {
  return {
    wording,
    balance,
    size,
    lh: lineHeight(size),
    padX: Math.round(size * 0.7),
    padY: Math.round(size * 0.5),
    gutter: Math.round(size * 1.5),
    gap,
  };
}

/**
 * Wrapped labels, remembered: the search for a fit and every resize ask for the same few labels at the same few
 * widths again and again.
 */
const wrapped = new Map<string, string[]>();
const WRAP_CACHE_LIMIT = 4000;

export function wrapLabel(text: string, maxWidth: number, m: Metrics, bold: boolean): string[] {
  const key = [text, maxWidth, m.size, bold, m.balance].join("|");
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= WRAP_CACHE_LIMIT) wrapped.clear();
    lines = wrapText(text, { maxWidth, measure: measureAt(m.size, bold), balance: m.balance });
    wrapped.set(key, lines);
  }
  return lines;
}
