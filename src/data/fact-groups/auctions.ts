// Auction facts (Fiscal Data): bid-to-cover of the 8-10 April 2025 auctions against every nominal
// auction of the same tenor in the file (the article's "multi-year lows").
import { type NominalTenor, bidToCoverStats, nominalAuctions, rankFromLowest } from "../auction-stats.ts";
import { AUCTIONS_FILE, loadAuctions, type Auction } from "../auctions.ts";
import type { Fact } from "../fact.ts";
import { rowOn } from "./lookup.ts";

const source = "treasury-auctions" as const;
const ratio = (value: number): Fact => ({ kind: "ratio", value, source });

/** The April 2025 auction of each tenor the article's week saw. */
const aprilAuction: Record<NominalTenor, string> = {
  "3-Year": "2025-04-08",
  "10-Year": "2025-04-09",
  "30-Year": "2025-04-10",
};

const ofTenor = (tenor: NominalTenor) => nominalAuctions(loadAuctions(), tenor);
const april = (tenor: NominalTenor, fact: string): Auction =>
  rowOn(ofTenor(tenor), aprilAuction[tenor], AUCTIONS_FILE, fact);

function tenorFacts<P extends string>(prefix: P, tenor: NominalTenor) {
  const stats = () => bidToCoverStats(ofTenor(tenor));
  return {
    [`btc-${prefix}-median`]: () => ratio(stats().median),
    [`btc-${prefix}-rank-low`]: (): Fact => ({
      kind: "rank",
      value: rankFromLowest(ofTenor(tenor), april(tenor, `btc-${prefix}-rank-low`)),
      of: stats().count,
      source,
    }),
    [`btc-${prefix}-count`]: (): Fact => ({ kind: "count", value: stats().count, source }),
    [`btc-${prefix}-min`]: () => ratio(stats().lowest.bidToCover),
    [`btc-${prefix}-min-date`]: (): Fact => ({ kind: "day", date: stats().lowest.date, source }),
  } as Record<`btc-${P}-${"median" | "rank-low" | "count" | "min" | "min-date"}`, () => Fact>;
}

export const auctionFacts = {
  "btc-3y-2025-04-08": () => ratio(april("3-Year", "btc-3y-2025-04-08").bidToCover),
  "btc-10y-2025-04-09": () => ratio(april("10-Year", "btc-10y-2025-04-09").bidToCover),
  "btc-30y-2025-04-10": () => ratio(april("30-Year", "btc-30y-2025-04-10").bidToCover),
  ...tenorFacts("3y", "3-Year"),
  ...tenorFacts("10y", "10-Year"),
  ...tenorFacts("30y", "30-Year"),
  "auctions-first-year": (): Fact => ({ kind: "year", value: firstAuction().date.getUTCFullYear(), source }),
  "auctions-last-date": (): Fact => ({ kind: "day", date: lastAuction().date, source }),
} satisfies Record<string, () => Fact>;

function firstAuction(): Auction {
  return loadAuctions()[0] as Auction; // the loader rejects a file without rows
}

function lastAuction(): Auction {
  const all = loadAuctions();
  return all[all.length - 1] as Auction;
}
