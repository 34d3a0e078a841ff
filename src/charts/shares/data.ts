// Server only: the shares chart's data, trimmed to what it draws (China, Japan and the total each month, and
// where the TIC series breaks).
import { loadHoldings } from "../../data/series";
import type { SharesData } from "./share-series";

/**
 * From December 2011 TIC counts Treasury bonds and notes as reported on form SLT (footnote 17 of mfhhis01.txt;
 * the caveat in content/data/sources.json). The wide file flags only the June survey breaks, so this month is
 * named here and checked against the data.
 */
export const METHOD_CHANGE_MONTH = "2011-12-01";

export function sharesData(): SharesData {
  const rows = loadHoldings();
  const methodChange = Date.parse(`${METHOD_CHANGE_MONTH}T00:00:00Z`);
  if (!rows.some((r) => r.date.getTime() === methodChange)) {
    throw new Error(
      `shares chart: the TIC method change month ${METHOD_CHANGE_MONTH} is not in the holdings data`,
    );
  }
  return {
    months: rows.map((r) => r.date.getTime()),
    china: rows.map((r) => r.china),
    japan: rows.map((r) => r.japan),
    total: rows.map((r) => r.totalForeign),
    surveyBreaks: rows.filter((r) => r.seriesNote !== null).map((r) => r.date.getTime()),
    methodChange,
  };
}
