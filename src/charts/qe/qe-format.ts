// How the QE chart and explorer write prices, yields and amounts, in each language's conventions.
import { intlLocale, type Lang } from "../../i18n/locales";
import { billionsShort, percentLabel } from "../format";
import { numberFormat } from "../../i18n/intl-formats";

const MINUS = "\u2212";

/** A bond price per 100 of face value, one decimal: "96.0". */
export function priceText(value: number, lang: Lang): string {
  return numberFormat(intlLocale[lang], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A signed price change: "+2.0" / "−4.0". */
export function priceChangeText(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? MINUS : "±";
  return `${sign}${priceText(Math.abs(rounded), lang)}`;
}

/** A yield given as a decimal rate (0.045), written as a percentage with two decimals: "4.50%". */
export function yieldText(rate: number, lang: Lang): string {
  return percentLabel(rate * 100, lang, 2);
}

/** Basis points, signed: "+50 bp" / "+50bp" (Japanese sets units tight). */
export function bpChangeText(bp: number, lang: Lang): string {
  const rounded = Math.round(bp);
  const sign = rounded > 0 ? "+" : rounded < 0 ? MINUS : "±";
  const number = numberFormat(intlLocale[lang], { maximumFractionDigits: 0 }).format(Math.abs(rounded));
  return `${sign}${number}${lang === "en" ? " " : ""}bp`;
}

/** Basis points, unsigned: "120 bp". */
export function bpText(bp: number, lang: Lang): string {
  const number = numberFormat(intlLocale[lang], { maximumFractionDigits: 0 }).format(Math.round(bp));
  return `${number}${lang === "en" ? " " : ""}bp`;
}

/** An amount in billions of dollars, as precise as a reader can type it (0.1bn): "$137.5bn" / "1375億ドル". */
export function amountText(bn: number, lang: Lang): string {
  const rounded = Math.round(bn * 10) / 10;
  return billionsShort(rounded, lang, Number.isInteger(rounded) ? 0 : 1);
}

/** A signed change in billions: "+$100bn" / "−1000億ドル". */
export function amountChangeText(bn: number, lang: Lang): string {
  const sign = bn > 0 ? "+" : bn < 0 ? MINUS : "±";
  return `${sign}${amountText(Math.abs(bn), lang)}`;
}

/**
 * A large amount in a box label, short enough for a narrow column: "$4,300bn" in English; in Japanese, trillions
 * with up to two decimals ("4.3兆ドル") from 1 trillion up, as 兆 is how Japanese readers say such sums.
 */
export function compactAmountText(bn: number, lang: Lang): string {
  if (lang === "ja" && bn >= 1_000) {
    const cho = numberFormat("ja-JP", { maximumFractionDigits: 2 }).format(bn / 1_000);
    return `${cho}兆ドル`;
  }
  if (lang === "en") {
    return `$${numberFormat("en-US", { maximumFractionDigits: 0 }).format(bn)}bn`;
  }
  return amountText(bn, lang);
}

/** A coupon rate given as a decimal (0.04), as a short percentage: "4%" / "4.5%". */
export function couponText(rate: number, lang: Lang): string {
  return `${numberFormat(intlLocale[lang], { maximumFractionDigits: 2 }).format(rate * 100)}%`;
}
