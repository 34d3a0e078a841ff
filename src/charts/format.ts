// Short number and date formats for chart labels (long forms for prose live with the facts).
import type { Lang } from "../i18n/locales";
import { intlLocale } from "../i18n/locales";
import { dateFormat, numberFormat } from "../i18n/intl-formats";

/** Billions of dollars, as a chart label: "$759bn" / "7590億ドル". */
export function billionsShort(value: number, lang: Lang, digits = 0): string {
  if (lang === "ja") {
    const oku = value * 10;
    if (oku >= 10_000) {
      const cho = Math.floor(oku / 10_000);
      const rest = Math.round(oku - cho * 10_000);
      return rest === 0 ? `${cho}兆ドル` : `${cho}兆${rest}億ドル`;
    }
    return `${numberFormat("ja-JP", { maximumFractionDigits: 0, useGrouping: false }).format(oku)}億ドル`;
  }
  return `$${numberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}bn`;
}

/** Axis value in billions without the unit (the axis title carries it). */
export function plainNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(intlLocale[lang], { maximumFractionDigits: digits }).format(value);
}

export function monthLabel(t: number, lang: Lang, style: "short" | "long" = "short"): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    // Japanese "long" months read 2024年12月; "numeric" would print 2024/12.
    month: lang === "ja" ? "long" : style,
    timeZone: "UTC",
  }).format(new Date(t));
}

export function dayLabel(t: number, lang: Lang): string {
  return dateFormat(intlLocale[lang], {
    year: "numeric",
    month: lang === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(t));
}

export function percentLabel(value: number, lang: Lang, digits = 2): string {
  return `${numberFormat(intlLocale[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}%`;
}
