// Server only: the holdings chart's data, trimmed to what it draws (two monthly lines and the article's table).
import { articleHoldingsTable, loadHoldings } from "../../data/series";
import type { HoldingsData } from "./model";

export function holdingsData(): HoldingsData {
  const rows = loadHoldings();
  return {
    months: rows.map((r) => r.date.getTime()),
    china: rows.map((r) => r.china),
    japan: rows.map((r) => r.japan),
    breaks: rows.filter((r) => r.seriesNote !== null).map((r) => r.date.getTime()),
    article: articleHoldingsTable().map((row) => ({
      month: row.month.getTime(),
      china: row.china,
      japan: row.japan,
    })),
  };
}
