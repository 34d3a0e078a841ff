// The auction chart's steps and words: what bid-to-cover is, then every 3-, 10- and 30-year auction since 2022
// with the week of the yield spike marked. Pure data, read by the model, the scroller and the tables.
import type { NominalTenor } from "../../data/auction-stats";
import type { Localized } from "../../i18n/locales";

export const auctionsStates = ["what-is-btc", "ratio", "three-tenors", "april-2025", "after"] as const;
export type AuctionsState = (typeof auctionsStates)[number];

/** How a step draws: one auction as bars and a number line, or every auction as a dot per tenor. */
export type AuctionsView = "explainer" | "strip";

export interface AuctionsStepSpec {
  view: AuctionsView;
  /** Which auctions the strip picks out: none, the week of the spike, or the ones held after it. */
  focus: "none" | "april" | "after";
}

export const auctionsStepSpecs: Record<AuctionsState, AuctionsStepSpec> = {
  "what-is-btc": { view: "explainer", focus: "none" },
  ratio: { view: "explainer", focus: "none" },
  "three-tenors": { view: "strip", focus: "none" },
  "april-2025": { view: "strip", focus: "april" },
  after: { view: "strip", focus: "after" },
};

/** The tenors the article's claim is about, one row each, shortest first. */
export const auctionTenors: readonly NominalTenor[] = ["3-Year", "10-Year", "30-Year"];

/** The auctions held in the week of the spike, 8-10 April 2025 (the dates the facts use too). */
export const aprilAuctionDates: Record<NominalTenor, string> = {
  "3-Year": "2025-04-08",
  "10-Year": "2025-04-09",
  "30-Year": "2025-04-10",
};

/** The auction the explainer takes apart: the weakest of that week, the one the article's claim fits. */
export const exampleTenor: NominalTenor = "3-Year";

export const auctionsText = {
  title: {
    ja: "米国債入札の応札倍率(3年債・10年債・30年債)",
    en: "Bid-to-cover ratios at US Treasury auctions (3-, 10- and 30-year)",
  },
  tenor: {
    "3-Year": { ja: "3年債", en: "3-year" },
    "10-Year": { ja: "10年債", en: "10-year" },
    "30-Year": { ja: "30年債", en: "30-year" },
  } satisfies Record<NominalTenor, Localized>,
  tenorLong: {
    "3-Year": { ja: "3年債", en: "3-year note" },
    "10-Year": { ja: "10年債", en: "10-year note" },
    "30-Year": { ja: "30年債", en: "30-year bond" },
  } satisfies Record<NominalTenor, Localized>,
  barsNote: {
    ja: "棒の長さは発行額を1とした比(データにあるのは倍率で、金額はありません)",
    en: "Bars drawn relative to the amount on sale (the data gives the ratio, not dollar amounts)",
  },
  offered: { ja: "発行額(売りに出した額)", en: "Amount on sale" },
  accepted: { ja: "落札", en: "Accepted" },
  notAccepted: { ja: "落札されず", en: "Not accepted" },
  formula: { ja: "応札額 ÷ 発行額 =", en: "Bids received ÷ amount on sale =" },
  oneMeans: {
    ja: "1 = 応札額が発行額とちょうど同じ",
    en: "1 = bids exactly cover the amount on sale",
  },
  ratioNote: {
    ja: "高いほど、売りに出した額に対して応札が多い。誰が買ったかはわからない",
    en: "Higher means more bids for each dollar on sale. It does not show who bid.",
  },
  stripNote: {
    ja: "点は入札1回、縦線は年限ごとの中央値",
    en: "Each dot is one auction; the line marks each maturity's median",
  },
  aprilNote: {
    ja: "強調は急騰の週(2025年4月8〜10日)の入札",
    en: "Highlighted: the auctions in the week of the spike, 8–10 April 2025",
  },
  median: { ja: "中央値", en: "median" },
} as const;

/** Labels with numbers in them; the caller computes and formats the numbers. */
export const auctionsTemplates = {
  example: {
    ja: (tenor: string, day: string) => `入札1回の例: ${day}の${tenor}`,
    en: (tenor: string, day: string) => `One auction: the ${tenor}, ${day}`,
  },
  bids: {
    ja: (times: string) => `応札額: 発行額の${times}倍`,
    en: (times: string) => `Bids received: ${times} times the amount on sale`,
  },
  stripUnit: {
    ja: (span: string, count: string | undefined) =>
      `応札倍率、${span}の全入札${count === undefined ? "" : `(各${count}回)`}`,
    en: (span: string, count: string | undefined) =>
      `Bid-to-cover ratio of every auction, ${span}${count === undefined ? "" : ` (${count} each)`}`,
  },
  afterNote: {
    ja: (span: string) => `強調は記事の後(${span})の入札。ラベルはそのうち最も低いもの`,
    en: (span: string) => `Highlighted: auctions after the article, ${span}; labelled: the lowest of them`,
  },
  /** The story's label on a dot: its day, ratio and place counted from the weakest. */
  dotLabel: {
    ja: (day: string, ratio: string, rank: string, count: string) =>
      `${day} ${ratio}・${count}回中低い方から${rank}`,
    en: (day: string, ratio: string, rank: string, count: string) =>
      `${day}: ${ratio}, ${rank} lowest of ${count}`,
  },
  median: {
    ja: (ratio: string) => `中央値 ${ratio}`,
    en: (ratio: string) => `median ${ratio}`,
  },
} satisfies Record<string, Localized<(...args: never[]) => string>>;
