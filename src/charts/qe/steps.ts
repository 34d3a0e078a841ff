// The QE chart's steps: which panels each one is about, and every label the chart draws, in both languages.
import type { Localized } from "../../i18n/locales";
import { balanceSheetText } from "./balance-sheets";
import { type QeStoryStepId, qeStoryStepIds } from "./story-states";

/** The scroll story's states, in the order of the article's appendix (the same ids as the story script). */
export const qeStates = qeStoryStepIds;
export type QeChartState = QeStoryStepId;

/** The four pictures the chart is made of. */
export type PanelId = "market" | "curve" | "accounts" | "ripple";

export interface QeStepSpec {
  /** The panels the step is about, most important first. Other panels are left out or drawn quieter. */
  panels: readonly PanelId[];
  /** "price-only" shows the price falling before the reader meets the curve; the curve arrives next step. */
  curve: "price-only" | "curve";
}

export const qeStepSpecs: Record<QeChartState, QeStepSpec> = {
  sellers: { panels: ["market", "curve"], curve: "price-only" },
  "price-yield": { panels: ["curve", "market"], curve: "curve" },
  "fed-buys": { panels: ["curve", "market"], curve: "curve" },
  "new-reserves": { panels: ["accounts"], curve: "curve" },
  confidence: { panels: ["market", "curve"], curve: "curve" },
  ripple: { panels: ["ripple", "curve"], curve: "curve" },
};

export const qeText = {
  title: {
    en: "How QE works: a teaching model (illustration, not a forecast)",
    ja: "QEのしくみ:学習用モデル(予測ではなく説明のための図)",
  },
  marketTitle: { en: "Orders for 10-year Treasury notes", ja: "10年物米国債の注文" },
  sellOrders: { en: "Sell orders", ja: "売り注文" },
  fedOrders: { en: "Fed buy orders", ja: "FRBの買い注文" },
  sellShort: { en: "Selling", ja: "売り" },
  fedShort: { en: "Fed buys", ja: "FRBの買い" },
  none: { en: "none", ja: "なし" },
  noBuyer: { en: "No buyer at the old price", ja: "元の価格では買い手なし" },
  allMet: { en: "All met by the Fed", ja: "すべてFRBが買い取る" },
  heldBack: { en: "Held back by the announcement", ja: "発表を受けて売りを控えた分" },
  beyondSelling: { en: "More than the selling", ja: "売りを上回る買い" },
  price: { en: "Price", ja: "価格" },
  yield: { en: "Yield", ja: "利回り" },
  priceUnit: { en: "Price per $100 of face value", ja: "額面100ドルあたりの価格" },
  start: { en: "Start", ja: "売りの前" },
  assets: balanceSheetText.assets,
  liabilities: balanceSheetText.liabilities,
  liabilitiesAndEquity: balanceSheetText.liabilitiesAndEquity,
  fedTitle: balanceSheetText.fedTitle,
  bankTitle: { en: "The banks", ja: "銀行" },
  treasuries: balanceSheetText.fedTreasuries,
  otherAssets: { en: "Other", ja: "その他" },
  reserves: { en: "Reserves", ja: "準備預金" },
  cashAndOther: { en: "Cash & other", ja: "現金など" },
  loans: balanceSheetText.bankLoans,
  deposits: { en: "Deposits", ja: "預金" },
  equity: { en: "Equity", ja: "自己資本" },
  eachSide: { en: "Each side", ja: "両側とも" },
  rippleTitle: {
    en: "What a solid company pays to borrow for 10 years",
    ja: "信用力の高い企業が10年借りるときの金利",
  },
  panic: { en: "In the panic", ja: "パニックのとき" },
  now: { en: "Now", ja: "いま" },
  beforeSelling: { en: "Before the sell-off", ja: "売りの前" },
  yourChoice: { en: "With your choices", ja: "あなたの設定" },
  treasuryPart: { en: "Treasury", ja: "国債" },
  spreadKey: {
    en: "Spread: the extra a company pays over the Treasury yield",
    ja: "スプレッド:企業が国債の利回りに上乗せして払う金利",
  },
} satisfies Record<string, Localized>;

/** The steps' names in the data table. */
export const qeStepNames: Record<QeChartState, Localized> = {
  sellers: { en: "1. Sellers flood the market", ja: "1. 売りが押し寄せる" },
  "price-yield": { en: "2. Price down, yield up", ja: "2. 価格が下がり、利回りが上がる" },
  "fed-buys": { en: "3. The Fed buys", ja: "3. FRBが買う" },
  "new-reserves": { en: "4. New reserves", ja: "4. 新しい準備預金" },
  confidence: { en: "5. The announcement", ja: "5. 発表の効果" },
  ripple: { en: "6. Ripple effects", ja: "6. 波及効果" },
};

/** Labels with numbers in them: the caller computes and formats the numbers. */
export const qeTemplates = {
  marketTitle: {
    en: (title: string, block: string) => `${title} (1 block = ${block})`,
    ja: (title: string, block: string) => `${title}(1マス=${block})`,
  },
  curveTitle: {
    en: (years: string, coupon: string) => `${years}-year note, ${coupon} coupon: price and yield`,
    ja: (years: string, coupon: string) => `${years}年債(利率${coupon}):価格と利回り`,
  },
  cutNote: {
    en: (amount: string) =>
      `All US banks drawn as one. Zigzag: loans and deposits each drawn ${amount} shorter`,
    ja: (amount: string) =>
      `米国の銀行全体を1つとして描いています。波線:貸出と預金はそれぞれ${amount}短く表示`,
  },
} satisfies Record<string, Localized<(...values: string[]) => string>>;
