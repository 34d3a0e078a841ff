// The holdings chart's steps: what each one shows, as data the model, the scroller and embeds all read.
import type { Localized } from "../../i18n/locales";

export const holdingsStates = [
  "long-view",
  "china-peak",
  "japan-path",
  "article-table",
  "after-april",
] as const;
export type HoldingsState = (typeof holdingsStates)[number];

export interface HoldingsStepSpec {
  /** First and last month drawn ("latest" = the last month in the data). */
  from: string;
  to: string | "latest";
  /** Which line the step is about; the other is drawn quieter. */
  focus: "both" | "china" | "japan";
}

export const holdingsStepSpecs: Record<HoldingsState, HoldingsStepSpec> = {
  "long-view": { from: "2000-03-01", to: "latest", focus: "both" },
  "china-peak": { from: "2000-03-01", to: "latest", focus: "china" },
  "japan-path": { from: "2019-01-01", to: "latest", focus: "japan" },
  "article-table": { from: "2023-09-01", to: "2025-03-01", focus: "both" },
  "after-april": { from: "2024-07-01", to: "latest", focus: "both" },
};

export const holdingsText = {
  title: {
    ja: "中国と日本の米国債保有額(月末、10億ドル)",
    en: "China's and Japan's holdings of US Treasuries (end of month, $ billion)",
  },
  unit: { ja: "10億ドル", en: "$ billion" },
  china: { ja: "中国", en: "China" },
  japan: { ja: "日本", en: "Japan" },
  peak: { ja: "ピーク", en: "Peak" },
  articleValue: { ja: "記事", en: "Article" },
  afterArticle: { ja: "記事の後", en: "After the article" },
  seriesBreaks: { ja: "統計の区切り(年次調査)", en: "series breaks (annual surveys)" },
} satisfies Record<string, Localized>;
