// The typed, validated series chart modules and facts read. Each loader reads its file once per build.
export { loadHoldings, type HoldingsRow } from "./holdings.ts";
export { loadDgs10, loadDgs2, loadDgs30 } from "./treasury-yields.ts";
export type { DailyPoint } from "./daily-series.ts";
export { loadUsdBroadIndex } from "./usd-broad-index.ts";
export { loadFedBalanceSheet, type FedBalanceSheetWeek } from "./fed-balance-sheet.ts";
export { loadOas, type OasDay } from "./corporate-oas.ts";
export { loadAuctions, type Auction, type SecurityType } from "./auctions.ts";
export { loadGold, type GoldMonth } from "./gold.ts";
export {
  articleHoldingsTable,
  loadArticleFigures,
  type ArticleFigure,
  type ArticleFigureKind,
  type ArticleHoldingsRow,
} from "./article-figures.ts";
