// Numbers and dates as the Fed chart prints them: trillions of dollars in each language's convention, days and
// months in UTC. Values arrive in millions of USD, as the H.4.1 reports them.
import type { Lang } from "../../i18n/locales";
import { intlLocale } from "../../i18n/locales";
import { trillions } from "./fed-data";
import { dateFormat, numberFormat } from "../../i18n/intl-formats";

function fixed(value: number, lang: Lang, digits: number): string {
  return numberFormat(intlLocale[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Japanese counts sums under a trillion in 億 (0.93兆 reads oddly; 9300億 is how a paper writes it),
 * rounded to the nearest 100億 so it is as precise as the two decimals of a trillion.
 */
function okuUnderOneCho(musd: number): string {
  const oku = Math.round(musd / 10_000) * 100;
  return `${numberFormat("ja-JP", { useGrouping: false }).format(oku)}億ドル`;
}

/** A level on a chart label: "$6.74tn" / "6.74兆ドル" (under a trillion: "$0.93tn" / "9300億ドル"). */
export function tnShort(musd: number, lang: Lang): string {
  const tn = trillions(musd);
  if (lang === "ja") return tn < 0.995 ? okuUnderOneCho(musd) : `${fixed(tn, lang, 2)}兆ドル`;
  return `$${fixed(tn, lang, 2)}tn`;
}

/** A level in a sentence: "$6.74 trillion" / "6.74兆ドル". */
export function tnLong(musd: number, lang: Lang): string {
  if (lang === "ja") return tnShort(musd, lang);
  return `$${fixed(trillions(musd), lang, 2)} trillion`;
}

/** A weekly change in a sentence, in billions with its sign: "+$1.2 billion" / "+12億ドル". */
export function signedBillions(musd: number, lang: Lang): string {
  const sign = musd > 0 ? "+" : musd < 0 ? "−" : "";
  const abs = Math.abs(musd);
  if (lang === "ja") {
    return `${sign}${numberFormat("ja-JP", { maximumFractionDigits: 0, useGrouping: false }).format(abs / 100)}億ドル`;
  }
  return `${sign}$${fixed(abs / 1000, lang, 1)} billion`;
}

/** Axis ticks in trillions; the unit is in the axis title. */
export function tickLabel(tn: number, lang: Lang, step: number): string {
  const digits = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  return fixed(tn, lang, digits);
}

/** "September 10, 2008" / "2008年9月10日". */
export function longDay(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** "March 2010" / "2010年3月". */
export function longMonth(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(t));
}

/** "Apr 2025" / "2025年4月": short enough for a label on a phone. */
export function shortMonth(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: lang === "ja" ? "long" : "short",
    timeZone: "UTC",
  }).format(new Date(t));
}

export const isoDate = (t: number): string => new Date(t).toISOString().slice(0, 10);
