// Number and date formats for the spreads chart, in each reader's conventions (Intl, UTC). Spreads are basis
// points: whole numbers in the data, "96 bp" in English and "96bp" in Japanese.
import type { Lang } from "../../i18n/locales";
import { intlLocale } from "../../i18n/locales";
import { dateFormat, numberFormat } from "../../i18n/intl-formats";

const MINUS = "\u2212";

/** A number in bp without the unit, at whole bp unless the value has a fraction: "96", "1,000". */
export function bpNumber(value: number, lang: Lang): string {
  return numberFormat(intlLocale[lang], {
    maximumFractionDigits: Number.isInteger(value) ? 0 : 1,
  }).format(value);
}

const unit = (lang: Lang) => (lang === "ja" ? "bp" : " bp");

/** A spread with its unit: "96 bp" / "96bp". */
export function bp(value: number, lang: Lang): string {
  return `${bpNumber(value, lang)}${unit(lang)}`;
}

/** A change with its sign: "+25 bp", "−19 bp", "0 bp". */
export function signedBp(value: number, lang: Lang): string {
  const sign = value > 0 ? "+" : value < 0 ? MINUS : "";
  return `${sign}${bpNumber(Math.abs(value), lang)}${unit(lang)}`;
}

/** Day and month, for labels inside a window the axis already dates: "Apr 9" / "4月9日". */
export function shortDay(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** Two days of one year as a range: "Apr 1–3", "Mar 31–Apr 3" / "4月1日〜3日". Built by hand: ICU's range formats
 * differ between engines (Node prints Japanese ranges as "04/01～04/03"). */
export function dayRange(from: number, to: number, lang: Lang): string {
  const a = new Date(from);
  const b = new Date(to);
  const sameMonth = a.getUTCMonth() === b.getUTCMonth();
  const end = sameMonth
    ? `${numberFormat(intlLocale[lang]).format(b.getUTCDate())}${lang === "ja" ? "日" : ""}`
    : shortDay(to, lang);
  return `${shortDay(from, lang)}${lang === "ja" ? "〜" : "–"}${end}`;
}

/** A full date: "Apr 9, 2025" / "2025年4月9日". */
export function longDay(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** A list in the reader's convention: "82, 81 and 89" / "82、81、89". */
export function listOf(items: string[], lang: Lang): string {
  return new Intl.ListFormat(intlLocale[lang], { style: "long", type: "conjunction" }).format(items);
}
