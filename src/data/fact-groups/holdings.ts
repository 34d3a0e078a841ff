// TIC holdings facts: China's and Japan's Treasury holdings, billions of USD, end of month.
import type { Fact } from "../fact.ts";
import { HOLDINGS_FILE, loadHoldings, type HoldingsRow } from "../holdings.ts";
import { changePct, maxBy, rowOn, utc } from "./lookup.ts";

const source = "tic-holdings" as const;
const busd = (value: number): Fact => ({ kind: "amount", value, unit: "busd", source });
const month = (date: Date): Fact => ({ kind: "month", date, source });
const share = (value: number): Fact => ({ kind: "share", value, source });

const on = (iso: string, fact: string) => rowOn(loadHoldings(), iso, HOLDINGS_FILE, fact);
const latest = () => {
  const rows = loadHoldings();
  return rows[rows.length - 1] as HoldingsRow; // the loader rejects a file without rows
};
const chinaPeak = () => maxBy(loadHoldings(), (r) => r.china, HOLDINGS_FILE);
const japanPeak = () => maxBy(loadHoldings(), (r) => r.japan, HOLDINGS_FILE);
const chinaSharePeak = () => maxBy(loadHoldings(), (r) => r.china / r.totalForeign, HOLDINGS_FILE);

/** The latest month before Dec 2024 in which China held as little as in Dec 2024, or less ("lowest since"). */
function chinaLowSince(): Date {
  const rows = loadHoldings();
  const level = on("2024-12-01", "china-low-since").china;
  const before = rows.filter((r) => r.date < utc("2024-12-01") && r.china <= level);
  const found = before[before.length - 1];
  // Never lower in the whole file: the claim becomes "the lowest on record", i.e. since the file begins.
  return (found ?? rows[0] ?? latest()).date;
}

/** Months in which China held more than Japan. */
const chinaAhead = () => loadHoldings().filter((r) => r.china > r.japan);

export const holdingsFacts = {
  "china-dec-2024": () => busd(on("2024-12-01", "china-dec-2024").china),
  "china-low-since": () => month(chinaLowSince()),
  "china-peak": () => busd(chinaPeak().v),
  "china-peak-month": () => month(chinaPeak().date),
  "china-latest": () => busd(latest().china),
  "china-latest-month": () => month(latest().date),
  "china-change-since-peak": (): Fact => ({
    kind: "change-pct",
    value: changePct(chinaPeak().v, latest().china),
    source,
  }),
  "china-apr-2025": () => busd(on("2025-04-01", "china-apr-2025").china),
  "japan-apr-2025": () => busd(on("2025-04-01", "japan-apr-2025").japan),
  "japan-dec-2024": () => busd(on("2024-12-01", "japan-dec-2024").japan),
  "japan-peak": () => busd(japanPeak().v),
  "japan-peak-month": () => month(japanPeak().date),
  "japan-latest": () => busd(latest().japan),
  "japan-latest-month": () => month(latest().date),
  "japan-jan-2025": () => busd(on("2025-01-01", "japan-jan-2025").japan),
  "china-share-latest": () => share(latest().china / latest().totalForeign),
  "japan-share-latest": () => share(latest().japan / latest().totalForeign),
  "china-share-peak": () => share(chinaSharePeak().v),
  "china-share-peak-month": () => month(chinaSharePeak().date),
  "foreign-total-latest": () => busd(latest().totalForeign),
  // The first and last months China held more; Japan briefly led again in between (2015-2017).
  "china-over-japan-from": () => month(firstOf(chinaAhead(), "china-over-japan-from").date),
  "china-over-japan-to": () => month(lastOf(chinaAhead(), "china-over-japan-to").date),
} satisfies Record<string, () => Fact>;

function firstOf<T>(rows: readonly T[], fact: string): T {
  const row = rows[0];
  if (row === undefined)
    throw new Error(`fact "${fact}": China never held more than Japan in ${HOLDINGS_FILE}`);
  return row;
}

function lastOf<T>(rows: readonly T[], fact: string): T {
  return firstOf(rows.slice(-1), fact);
}
