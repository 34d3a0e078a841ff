// The spreads chart's steps: what each one shows, as data the model, the scroller and embeds all read, and every
// label in both languages. Dates here are the ones the article and the chapter name; values come from the data.
import type { Localized } from "../../i18n/locales";

export const spreadsStates = [
  "what-is-spread",
  "early-2025",
  "april-move",
  "article-table",
  "high-yield",
] as const;
export type SpreadsState = (typeof spreadsStates)[number];

/** How a step draws: the schematic of a bond's yield, or the daily spread lines. */
export type SpreadsView = "explainer" | "lines";

export interface SpreadsStepSpec {
  view: SpreadsView;
  /** First and last day of the time window (ISO dates; the line views only). */
  from: string;
  to: string;
  /** Draw the high-yield line as well as the investment-grade one. */
  highYield: boolean;
  /** Windows of a few weeks run half a day past their ends, so end dots sit clear of the frame. */
  padded: boolean;
}

/** The months the browser receives and the early-2025 view shows: calm, the April shock, the easing after. */
export const shippedWindow = { from: "2025-01-01", to: "2025-05-31" } as const;

export const spreadsStepSpecs: Record<SpreadsState, SpreadsStepSpec> = {
  "what-is-spread": { view: "explainer", ...shippedWindow, highYield: false, padded: false },
  "early-2025": { view: "lines", ...shippedWindow, highYield: false, padded: false },
  "april-move": { view: "lines", from: "2025-03-03", to: "2025-04-30", highYield: false, padded: true },
  "article-table": { view: "lines", from: "2025-03-31", to: "2025-04-09", highYield: false, padded: true },
  "high-yield": { view: "lines", ...shippedWindow, highYield: true, padded: false },
};

/** The week the chapter measures: 2 April 2025 (the tariff announcement) to 9 April. */
export const moveWeek = { from: "2025-04-02", to: "2025-04-09" } as const;

/** The days the chapter quotes for the high-yield index (its jump to the April high). */
export const highYieldDays = { from: "2025-04-02", to: "2025-04-07" } as const;

export const spreadsText = {
  title: {
    ja: "社債の対米国債スプレッド、2025年1〜5月(ICE BofAオプション調整後スプレッド、ベーシスポイント)",
    en: "Corporate bond spreads over Treasuries, January–May 2025 (ICE BofA option-adjusted spread, basis points)",
  },
  unit: { ja: "米国債に対するスプレッド(bp)", en: "Spread over Treasuries, bp" },
  investmentGrade: { ja: "投資適格(全格付け)", en: "Investment grade, all ratings" },
  investmentGradeShort: { ja: "投資適格", en: "Investment grade" },
  highYield: { ja: "ハイイールド", en: "High yield" },
  // The schematic of the first step.
  equation: {
    ja: "社債の利回り = 米国債の利回り + スプレッド",
    en: "A company's bond yield = Treasury yield + spread",
  },
  bpNote: {
    ja: "スプレッドはベーシスポイント(bp)で表す。100bp = 1%ポイント",
    en: "Spreads are quoted in basis points (bp): 100 bp = 1 percentage point",
  },
  treasuryBar: { ja: "米国債", en: "US Treasury" },
  corporateBar: { ja: "社債", en: "Company bond" },
  treasuryPart: { ja: "米国債の利回り", en: "Treasury yield" },
  treasuryWhy: {
    ja: "土台: 最も安全な借り手である米国政府が払う利回り",
    en: "The floor: what the safest borrower, the US government, pays",
  },
  spreadPart: { ja: "スプレッド", en: "Spread" },
  spreadWhy: {
    ja: "上乗せ分: 倒産のリスクと売りにくさへの見返り",
    en: "The extra: pay for the risk of default and for being harder to sell",
  },
  notToScale: { ja: "模式図(縮尺は実際と異なる)", en: "Illustration, not to scale" },
  // The article's table.
  articleA: { ja: ["記事: A格", "A格"], en: ["Article: A-rated", "Article: A", "A"] },
  articleAA: { ja: ["記事: AA格", "AA格"], en: ["Article: AA-rated", "Article: AA", "AA"] },
  onlyAllGrades: {
    ja: "線は全格付けの指数(A格・AA格の指数はこのサイトのデータにない)",
    en: "Line: all ratings (this site's data has no A or AA index)",
  },
  highYieldNote: {
    ja: "ハイイールド: 投資適格に満たない企業の社債",
    en: "High yield: bonds of companies rated below investment grade",
  },
} satisfies Record<string, Localized | Localized<readonly string[]>>;

/** Labels with numbers in them: the numbers are computed and formatted by the caller. */
export const spreadsTemplates = {
  dayValue: {
    ja: (day: string, value: string) => `${day} ${value}`,
    en: (day: string, value: string) => `${day}: ${value}`,
  },
  low: {
    ja: (day: string, value: string) => `最低 ${day} ${value}`,
    en: (day: string, value: string) => `Low ${day}: ${value}`,
  },
  high: {
    ja: (day: string, value: string) => `最高 ${day} ${value}`,
    en: (day: string, value: string) => `High ${day}: ${value}`,
  },
  moveNote: {
    ja: (from: string, to: string, change: string, article: string) =>
      `${from}→${to}: ${change}(記事は「${article}近く」)`,
    en: (from: string, to: string, change: string, article: string) =>
      `${from} → ${to}: ${change} (the article: "nearly ${article}")`,
  },
  switchNote: {
    ja: (from: string, to: string, aValue: string, aaValue: string) =>
      `${from}→${to}の${aValue}→${aaValue}は指数の切り替えで、市場の動きではない`,
    en: (from: string, to: string, aValue: string, aaValue: string) =>
      `${aValue} → ${aaValue} from ${from} to ${to} is a switch of index, not a market move`,
  },
  bothMoves: {
    ja: (from: string, to: string, hy: string, ig: string) =>
      `${from}→${to}: ハイイールド${hy}、投資適格${ig}`,
    en: (from: string, to: string, hy: string, ig: string) =>
      `${from} → ${to}: high yield ${hy}, investment grade ${ig}`,
  },
} satisfies Record<string, Localized<(...args: never[]) => string>>;
