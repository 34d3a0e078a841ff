// Bid-to-cover statistics for one nominal tenor: the auctions behind the "multi-year lows" claim.
import { median } from "d3-array";
import type { Auction } from "./auctions.ts";
import { rankOf } from "./rank.ts";

/** The coupon tenors the article's auction claims are about. */
export type NominalTenor = "3-Year" | "10-Year" | "30-Year";

/** Nominal (non-TIPS) note and bond auctions of a tenor, reopenings included, in date order. */
export function nominalAuctions(auctions: readonly Auction[], tenor: NominalTenor): Auction[] {
  return auctions.filter((a) => a.tenorGroup === tenor && !a.isTips && a.securityType !== "Bill");
}

export interface BidToCoverStats {
  count: number;
  median: number;
  /** The auction with the lowest ratio (the earliest, if several tie). */
  lowest: Auction;
}

export function bidToCoverStats(auctions: readonly Auction[]): BidToCoverStats {
  const first = auctions[0];
  if (!first) throw new Error("bidToCoverStats needs at least one auction");
  let lowest = first;
  for (const a of auctions) if (a.bidToCover < lowest.bidToCover) lowest = a;
  return {
    count: auctions.length,
    median: median(auctions, (a) => a.bidToCover) ?? first.bidToCover,
    lowest,
  };
}

/** 1 = the weakest demand among `auctions`. */
export function rankFromLowest(auctions: readonly Auction[], auction: Auction): number {
  return rankOf(
    auctions.map((a) => a.bidToCover),
    auction.bidToCover,
    "smallest",
  );
}
