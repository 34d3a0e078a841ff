// The yield chart's steps: what each one shows, as data the model, the scroller and embeds all read.
import type { Localized } from "../../i18n/locales";

export const yieldStates = [
  "long-run",
  "zoom-2025",
  "april-days",
  "week-vs-history",
  "article-vs-close",
] as const;
export type YieldState = (typeof yieldStates)[number];

/** How a step draws the yield: a line over time, or the histogram of weekly changes. */
export type YieldView = "long" | "year" | "days" | "histogram" | "article";

export interface YieldStepSpec {
  view: YieldView;
  /** First and last day of the time window ("start"/"latest" = the ends of the data); unused by the histogram. */
  from: string | "start";
  to: string | "latest";
}

export const yieldStepSpecs: Record<YieldState, YieldStepSpec> = {
  "long-run": { view: "long", from: "start", to: "latest" },
  "zoom-2025": { view: "year", from: "2025-01-01", to: "2025-12-31" },
  "april-days": { view: "days", from: "2025-04-01", to: "2025-04-16" },
  "week-vs-history": { view: "histogram", from: "start", to: "latest" },
  "article-vs-close": { view: "article", from: "2025-04-04", to: "2025-04-11" },
};

/** The week the article is about: the close a week before and the close it reports. Dates the article names. */
export const focusWeek = { from: "2025-04-04", to: "2025-04-11" } as const;

/** The era the long view emphasises: from the 2008 crisis and QE through the year of the spike. */
export const emphasisEra = { from: "2008-01-01", to: "2025-12-31" } as const;

export const yieldText = {
  title: {
    ja: "米10年国債利回り(日次終値、%)",
    en: "10-year US Treasury yield (daily close, %)",
  },
  unit: { ja: "10年債利回り(%)", en: "10-year yield, %" },
  era: { ja: "2008〜2025年", en: "2008–2025" },
  spike: { ja: "2025年4月", en: "Apr 2025" },
  noTrading: {
    ja: "点のない日は取引なし(週末・祝日)",
    en: "No dot: no trading that day (weekend or holiday)",
  },
  histogramUnit: {
    ja: "週の数(前週比の変化幅、bp)",
    en: "Number of weeks, by week-on-week change (bp)",
  },
  close: { ja: "終値", en: "Close" },
  article: { ja: "記事", en: "Article" },
  approximately: { ja: "約", en: "≈" },
  whyDifferent: {
    ja: "記事の数字は取引時間中の遅延気配値、FREDは各日の終値ベースの定満期利回り",
    en: "The article quoted intraday, delayed prices; FRED records end-of-day constant-maturity yields",
  },
} satisfies Record<string, Localized>;

/** Labels with numbers in them: the numbers are computed and formatted by the caller. */
export const yieldTemplates = {
  dayValue: {
    ja: (day: string, value: string) => `${day} ${value}`,
    en: (day: string, value: string) => `${day}: ${value}`,
  },
  yearHigh: {
    ja: (day: string, value: string) => `年間最高 ${day} ${value}`,
    en: (day: string, value: string) => `2025 high: ${day}, ${value}`,
  },
  yearLow: {
    ja: (day: string, value: string) => `年間最低 ${day} ${value}`,
    en: (day: string, value: string) => `2025 low: ${day}, ${value}`,
  },
  weekCompared: {
    ja: (week: string, article: string | undefined, closes: string, bp: string) =>
      `${week}の変化: ${article ? `記事 ${article}、` : ""}終値 ${closes}(${bp})`,
    en: (week: string, article: string | undefined, closes: string, bp: string) =>
      `${week}: ${article ? `article ${article}, ` : ""}closes ${closes} (${bp})`,
  },
  focusRise: {
    ja: (week: string, bp: string, rank: string, total: string, since: string) =>
      `${week}: ${bp}。${since}年以降の${total}週で上昇幅${rank}`,
    en: (week: string, bp: string, rank: string, total: string, since: string) =>
      `${week}: ${bp}, the ${rank}-largest rise of ${total} weeks since ${since}`,
  },
  lastLarger: {
    ja: (week: string, bp: string, years: number) => `これを上回った直近の週: ${week}(${bp})、${years}年前`,
    en: (week: string, bp: string, years: number) =>
      `Last larger rise: ${week} (${bp}), ${years} years earlier`,
  },
  noLarger: {
    ja: (since: string) => `${since}年以降で最大の上昇`,
    en: (since: string) => `The largest rise since ${since}`,
  },
  largerWeeks: {
    ja: (n: string) => `これより大きい上昇 ${n}週`,
    en: (n: string) => `${n} weeks rose more`,
  },
  largerWeeksShort: {
    ja: (n: string) => `${n}週`,
    en: (n: string) => `${n} weeks`,
  },
  weekTo: {
    ja: (day: string) => `${day}までの週`,
    en: (day: string) => `week to ${day}`,
  },
  weekFromTo: {
    ja: (from: string, to: string) => `${from}→${to}`,
    en: (from: string, to: string) => `${from}→${to}`,
  },
} satisfies Record<string, Localized<(...args: never[]) => string>>;
