// Number and date formats for the auction chart, in each reader's conventions (Intl, UTC).
import type { Lang } from "../../i18n/locales";
import { intlLocale } from "../../i18n/locales";
import { dateFormat, numberFormat, pluralRules } from "../../i18n/intl-formats";

/** A bid-to-cover ratio as Treasury prints it, two decimals: "2.47" (the facts print the same). */
export function ratioText(value: number, lang: Lang): string {
  return numberFormat(intlLocale[lang], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** An axis value with just the decimals its tick step needs: "2.4", "3". */
export function axisRatio(value: number, lang: Lang, step: number): string {
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return numberFormat(intlLocale[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function countText(value: number, lang: Lang): string {
  return numberFormat(intlLocale[lang]).format(value);
}

/** "9th" / "9位". */
export function ordinal(n: number, lang: Lang): string {
  if (lang === "ja") return `${n}位`;
  const suffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
  return `${countText(n, lang)}${suffix[pluralRules("en-US", { type: "ordinal" }).select(n)] ?? "th"}`;
}

/** Day and month, for labels whose year the chart already states: "Apr 8" / "4月8日". */
export function shortDay(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** A full date: "Apr 8, 2025" / "2025年4月8日". */
export function longDay(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

function monthName(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    month: lang === "ja" ? "long" : "short",
    timeZone: "UTC",
  }).format(new Date(t));
}

/**
 * A span of months, the year said once where both ends share it: "May–Oct 2025", "Jan 2022–Oct 2025" /
 * "2025年5月〜10月", "2022年1月〜2025年10月"; with `words`, "May to Oct 2025" for sentences. (Intl's
 * formatRange prints "2025/05～2025/10" in Japanese.)
 */
export function monthSpan(from: number, to: number, lang: Lang, join: "dash" | "words" = "dash"): string {
  const y1 = new Date(from).getUTCFullYear();
  const y2 = new Date(to).getUTCFullYear();
  if (lang === "ja") {
    return y1 === y2
      ? `${y1}年${monthName(from, lang)}〜${monthName(to, lang)}`
      : `${y1}年${monthName(from, lang)}〜${y2}年${monthName(to, lang)}`;
  }
  // Sentences read "from May to Oct 2025"; labels use the shorter dash.
  const between = join === "words" ? " to " : "–";
  return y1 === y2
    ? `${monthName(from, lang)}${between}${monthName(to, lang)} ${y1}`
    : `${monthName(from, lang)} ${y1}${between}${monthName(to, lang)} ${y2}`;
}

/** Joins a list the way each language does: "a, b and c" / "a、b、c". */
export function listText(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(intlLocale[lang], { style: "long", type: "conjunction" }).format(items);
}
