// The auction chart's data as the browser receives it, and the story's numbers read from it (pure).
import type { NominalTenor } from "../../data/auction-stats";

/** Every nominal auction of one tenor, in date order, as parallel arrays (compact JSON). */
export interface TenorAuctions {
  tenor: NominalTenor;
  /** Auction days, UTC milliseconds. */
  dates: number[];
  /** Bid-to-cover: bids received divided by the amount sold. */
  ratios: number[];
  /** 1 = the lowest ratio of the tenor in the file; ties share a rank (the facts rank the same way). */
  ranks: number[];
  /** The term as Treasury printed it: "9-Year 10-Month" marks a reopening of a 10-year note. */
  terms: string[];
  /** Median ratio over all of the tenor's auctions in the file. */
  median: number;
  /** Index of the tenor's auction in the week of the spike (8-10 April 2025). */
  april: number;
}

export interface AuctionsData {
  /** One entry per row of the chart, in the order of `auctionTenors`. */
  tenors: TenorAuctions[];
}

/** One auction, read out of the parallel arrays. */
export interface AuctionPoint {
  tenor: NominalTenor;
  index: number;
  date: number;
  ratio: number;
  rank: number;
}

export function auctionAt(row: TenorAuctions, index: number): AuctionPoint {
  return {
    tenor: row.tenor,
    index,
    date: row.dates[index] ?? Number.NaN,
    ratio: row.ratios[index] ?? Number.NaN,
    rank: row.ranks[index] ?? Number.NaN,
  };
}

export function tenorRow(data: AuctionsData, tenor: NominalTenor): TenorAuctions {
  const row = data.tenors.find((t) => t.tenor === tenor);
  if (!row) throw new Error(`auctions chart: no ${tenor} auctions in the data`);
  return row;
}

/** The tenor's auction in the week of the spike. */
export function aprilAuction(row: TenorAuctions): AuctionPoint {
  return auctionAt(row, row.april);
}

/** The auctions held after the week of the spike, in date order. */
export function auctionsAfter(row: TenorAuctions): AuctionPoint[] {
  return row.dates.flatMap((_, i) => (i > row.april ? [auctionAt(row, i)] : []));
}

/** The weakest of some auctions (the earliest, if several tie). */
export function lowestOf(points: readonly AuctionPoint[]): AuctionPoint | undefined {
  return points.reduce<AuctionPoint | undefined>(
    (low, p) => (!low || p.ratio < low.ratio ? p : low),
    undefined,
  );
}

export function lowestAuction(row: TenorAuctions): AuctionPoint {
  return lowestOf(row.dates.map((_, i) => auctionAt(row, i))) ?? auctionAt(row, 0);
}

export function highestAuction(row: TenorAuctions): AuctionPoint {
  return row.dates
    .map((_, i) => auctionAt(row, i))
    .reduce((high, p) => (p.ratio > high.ratio ? p : high), auctionAt(row, 0));
}

/** First and last auction day across all tenors: the span the strip covers. */
export function auctionSpan(data: AuctionsData): { from: number; to: number } {
  const dates = data.tenors.flatMap((t) => t.dates);
  return { from: Math.min(...dates), to: Math.max(...dates) };
}

/** First and last day of the auctions after the spike, across tenors; undefined when the data ends with it. */
export function afterSpan(data: AuctionsData): { from: number; to: number } | undefined {
  const dates = data.tenors.flatMap((t) => auctionsAfter(t).map((p) => p.date));
  return dates.length === 0 ? undefined : { from: Math.min(...dates), to: Math.max(...dates) };
}

/** Lowest and highest ratio across all tenors: the strip's horizontal extent. */
export function ratioExtent(data: AuctionsData): [number, number] {
  const ratios = data.tenors.flatMap((t) => t.ratios);
  return [Math.min(...ratios), Math.max(...ratios)];
}

/** Auction counts per tenor, when they are all the same (they are: one a month); otherwise undefined. */
export function commonCount(data: AuctionsData): number | undefined {
  const counts = new Set(data.tenors.map((t) => t.dates.length));
  return counts.size === 1 ? [...counts][0] : undefined;
}

/** A stable key for an auction's dot, so the same auction is the same mark in every step. */
export function dotKey(tenor: NominalTenor, date: number): string {
  return `a-dot-${tenor}-${new Date(date).toISOString().slice(0, 10)}`;
}
