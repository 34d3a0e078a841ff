// Prints a fact for a page in Japanese or English, as a newspaper in that language would:
// "$759.0 billion" / "7590億ドル", "+47 bp" / "+47ベーシスポイント", "April 11, 2025" / "2025年4月11日".
import type { AmountUnit, Fact } from "./fact.ts";
import { dateFormat, numberFormat, pluralRules } from "../i18n/intl-formats";

export type FactLang = "ja" | "en";

const locale: Record<FactLang, string> = { ja: "ja-JP", en: "en-US" };

function decimal(value: number, lang: FactLang, digits: number, sign = false): string {
  return numberFormat(locale[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(sign ? { signDisplay: "exceptZero" as const } : {}),
  }).format(value);
}

/**
 * Japanese money in 兆 and 億 (1兆 = 10,000億), rounded to the 億: 10615 -> "1兆615億ドル".
 * Japanese papers write these counts without thousands separators.
 */
function okuDollars(oku: number): string {
  const rounded = Math.round(Math.abs(oku));
  const sign = oku < 0 && rounded > 0 ? "-" : "";
  const cho = Math.floor(rounded / 10_000);
  const rest = rounded % 10_000;
  if (cho === 0) return `${sign}${rest}億ドル`;
  return `${sign}${cho}兆${rest === 0 ? "" : `${rest}億`}ドル`;
}

function amount(value: number, unit: AmountUnit, lang: FactLang, digits: number | undefined): string {
  switch (unit) {
    case "busd":
      // 1 billion = 10億; billions with one decimal are whole 億.
      return lang === "ja" ? okuDollars(value * 10) : `$${decimal(value, lang, digits ?? 1)} billion`;
    case "musd":
      // 1 million = 0.01億. English switches to billions below a trillion ("$925.7 billion").
      if (lang === "ja") return okuDollars(value / 100);
      return Math.abs(value) >= 1_000_000
        ? `$${decimal(value / 1_000_000, lang, digits ?? 2)} trillion`
        : `$${decimal(value / 1_000, lang, digits ?? 1)} billion`;
    case "usd-per-oz":
      return lang === "ja"
        ? `1トロイオンス${Math.round(value)}ドル`
        : `$${decimal(value, lang, digits ?? 0)} an ounce`;
  }
}

const ordinalSuffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

function ordinal(n: number, lang: FactLang): string {
  if (lang === "ja") return `${n}位`;
  const category = pluralRules("en-US", { type: "ordinal" }).select(n);
  return `${decimal(n, lang, 0)}${ordinalSuffix[category] ?? "th"}`;
}

function calendar(date: Date, lang: FactLang, withDay: boolean): string {
  return dateFormat(locale[lang], {
    year: "numeric",
    month: "long", // ja-JP "long" is "12月"; "numeric" would print "2024/12"
    ...(withDay ? { day: "numeric" as const } : {}),
    timeZone: "UTC",
  }).format(date);
}

/** The fact as the page prints it. */
export function formatFact(fact: Fact, lang: FactLang): string {
  switch (fact.kind) {
    case "amount":
      return amount(fact.value, fact.unit, lang, fact.digits);
    case "percent":
      return `${decimal(fact.value, lang, fact.digits ?? 2)}%`;
    case "bp": {
      const text = decimal(fact.value, lang, 0, fact.signed);
      return lang === "ja" ? `${text}ベーシスポイント` : `${text} bp`;
    }
    case "ratio":
      return decimal(fact.value, lang, 2);
    case "share":
      return `${decimal(fact.value * 100, lang, 1)}%`;
    case "change-pct":
      return `${decimal(fact.value, lang, fact.digits ?? 1, true)}%`;
    case "month":
      return calendar(fact.date, lang, false);
    case "day":
      return calendar(fact.date, lang, true);
    case "year":
      return lang === "ja" ? `${fact.value}年` : String(fact.value);
    case "rank":
      return ordinal(fact.value, lang);
    case "count":
      return decimal(fact.value, lang, 0);
  }
}
