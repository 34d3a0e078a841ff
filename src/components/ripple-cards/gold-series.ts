// Server only: the monthly gold prices the central-banks card draws, from the World Bank series via loadGold().
import { loadGold } from "../../data/series";
import type { GoldSeries } from "./gold-sparkline";

/** The sparkline starts here: long enough to show the price's level before its recent climb. */
export const SPARK_FROM = "2015-01-01";

/** The month the card compares the latest price with: the fact gold-change-dec-2024-to-latest uses the same. */
export const COMPARISON_MONTH = "2024-12-01";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function goldSeriesSince(from: string = SPARK_FROM): GoldSeries {
  const start = utc(from);
  const months = loadGold().filter((m) => m.date.getTime() >= start);
  if (!months.some((m) => m.date.getTime() === utc(COMPARISON_MONTH))) {
    throw new Error(
      `RippleCards: the gold series has no price for ${COMPARISON_MONTH}, the card's comparison month`,
    );
  }
  return { months: months.map((m) => m.date.getTime()), usd: months.map((m) => m.usdPerOz) };
}

export const comparisonMonth = () => utc(COMPARISON_MONTH);
