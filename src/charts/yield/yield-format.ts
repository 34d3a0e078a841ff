// Number and date formats for the yield chart's labels, in each reader's conventions (Intl, UTC).
import type { Lang } from "../../i18n/locales";
import { intlLocale } from "../../i18n/locales";
import { yieldText } from "./steps";
import type { ArticleQuote } from "./yield-data";
import { dateFormat, numberFormat, pluralRules } from "../../i18n/intl-formats";

const MINUS = "\u2212";

function fixed(value: number, lang: Lang, minDigits: number, maxDigits = minDigits): string {
  return numberFormat(intlLocale[lang], {
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
  }).format(value);
}

/** A yield as a chart label: "4.48%". */
export function yieldPct(value: number, lang: Lang): string {
  return `${fixed(value, lang, 2)}%`;
}

/** A yield without its unit at a given precision: "4.40", or "4.416" where the article printed three decimals. */
export function quotedPct(value: number, lang: Lang, decimals = 2): string {
  return fixed(value, lang, decimals);
}

function signed(text: string, value: number): string {
  if (value > 0) return `+${text}`;
  return value < 0 ? `${MINUS}${text}` : text;
}

/** A change in basis points with its sign: "+47 bp" / "+47bp". */
export function signedBp(value: number, lang: Lang): string {
  const digits = Number.isInteger(value) ? 0 : 1;
  return `${signed(fixed(Math.abs(value), lang, 0, digits), value)}${lang === "ja" ? "bp" : " bp"}`;
}

/** A relative change with its sign: "+10.32%". */
export function signedPct(value: number, lang: Lang, digits = 2): string {
  return `${signed(fixed(Math.abs(value), lang, digits), value)}%`;
}

/** An axis value in basis points, signed, without the unit: "+50", "−100", "0". */
export function bpTick(value: number, lang: Lang): string {
  return signed(fixed(Math.abs(value), lang, 0), value);
}

/** Decimals an axis needs to tell ticks `step` apart: 2 -> 0, 0.5 -> 1, 0.05 -> 2. */
export function decimalsForStep(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

export function axisNumber(value: number, lang: Lang, digits: number): string {
  return fixed(value, lang, digits);
}

export function count(value: number, lang: Lang): string {
  return numberFormat(intlLocale[lang]).format(value);
}

/** "22nd" / "22位". */
export function ordinal(n: number, lang: Lang): string {
  if (lang === "ja") return `${n}位`;
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" } as Record<string, string>;
  return `${n}${suffix[pluralRules("en-US", { type: "ordinal" }).select(n)] ?? "th"}`;
}

/** Day and month without the year, for labels inside a window the axis already dates: "Apr 11" / "4月11日". */
export function shortDay(t: number, lang: Lang): string {
  // Japanese "long" months are "4月", so a day reads "4月11日" rather than "4/11".
  return dateFormat(intlLocale[lang], {
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** Whole years between two dates, for "23 years earlier". */
export function yearsBetween(earlier: number, later: number): number {
  return Math.floor((later - earlier) / (365.2425 * 86_400_000));
}

/** A quote at the article's precision, with its hedge: "≈4.01" / "約4.01", "4.416". No unit. */
export function printedQuote(quote: ArticleQuote, lang: Lang): string {
  return `${quote.approximate ? yieldText.approximately[lang] : ""}${quotedPct(quote.value, lang, quote.decimals)}`;
}

/** A full date: "Apr 11, 2025" / "2025年4月11日". */
export function longDay(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** Upper-cases the first letter, for a phrase that starts a sentence or a table cell (no effect on Japanese). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
