// FRED DTWEXBGS: the Fed's nominal broad U.S. dollar index (Jan 2006 = 100), daily. Not the ICE "DXY".
import { dailyLoader, parseDailySeries, type DailyFile, type DailyPoint } from "./daily-series.ts";

export const USD_BROAD_INDEX_FILE: DailyFile = {
  file: "usd_broad_index_daily.csv",
  valueColumn: "usd_broad_index",
  bounds: { min: 0, why: "an index level cannot be negative" },
};

export function parseUsdBroadIndex(text: string, file: string): DailyPoint[] {
  return parseDailySeries(text, file, { ...USD_BROAD_INDEX_FILE, file });
}

export const loadUsdBroadIndex: () => DailyPoint[] = dailyLoader(USD_BROAD_INDEX_FILE);
