// FRED DGS10, DGS2 and DGS30: constant-maturity Treasury yields in percent, daily close (H.15).
import { dailyLoader, parseDailySeries, type DailyFile, type DailyPoint } from "./daily-series.ts";

export const DGS10_FILE: DailyFile = { file: "dgs10_daily.csv", valueColumn: "yield_pct" };
export const DGS2_FILE: DailyFile = { file: "dgs2_daily.csv", valueColumn: "yield_pct" };
/** Treasury issued no 30-year bonds from 2002 to 2006; FRED still fills DGS30 there (see sources.json). */
export const DGS30_FILE: DailyFile = { file: "dgs30_daily.csv", valueColumn: "yield_pct" };

/** Parses a yield CSV (`date,yield_pct`); `file` names it in error messages. */
export function parseYields(text: string, file: string): DailyPoint[] {
  return parseDailySeries(text, file, { file, valueColumn: "yield_pct" });
}

/** 10-year yield, percent, every trading day since 1962 (null on days without a value). */
export const loadDgs10: () => DailyPoint[] = dailyLoader(DGS10_FILE);
/** 2-year yield, percent, since 1976. */
export const loadDgs2: () => DailyPoint[] = dailyLoader(DGS2_FILE);
/** 30-year yield, percent, since 1977 in FRED (this copy from 1980). */
export const loadDgs30: () => DailyPoint[] = dailyLoader(DGS30_FILE);
