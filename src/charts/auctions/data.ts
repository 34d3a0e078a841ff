// Server only: every nominal 3-, 10- and 30-year auction in content/data/treasury_auctions.csv (reopenings with
// their tenor, TIPS left out), as the few numbers the chart draws. Medians and ranks come from the data layer's
// helpers, the same ones the prose's facts use, so the chart and the text cannot disagree.
import {
  type NominalTenor,
  bidToCoverStats,
  nominalAuctions,
  rankFromLowest,
} from "../../data/auction-stats";
import { type Auction, loadAuctions } from "../../data/series";
import type { AuctionsData, TenorAuctions } from "./auctions-data";
import { aprilAuctionDates, auctionTenors } from "./steps";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function tenorAuctions(auctions: readonly Auction[], tenor: NominalTenor): TenorAuctions {
  const rows = nominalAuctions(auctions, tenor);
  const april = rows.findIndex((a) => isoDay(a.date) === aprilAuctionDates[tenor]);
  if (april < 0) {
    throw new Error(
      `auctions chart: content/data/treasury_auctions.csv has no nominal ${tenor} auction on ${aprilAuctionDates[tenor]}`,
    );
  }
  return {
    tenor,
    dates: rows.map((a) => a.date.getTime()),
    ratios: rows.map((a) => a.bidToCover),
    ranks: rows.map((a) => rankFromLowest(rows, a)),
    terms: rows.map((a) => a.securityTerm),
    median: bidToCoverStats(rows).median,
    april,
  };
}

export function buildAuctionsData(auctions: readonly Auction[]): AuctionsData {
  return { tenors: auctionTenors.map((tenor) => tenorAuctions(auctions, tenor)) };
}

export function auctionsData(): AuctionsData {
  return buildAuctionsData(loadAuctions());
}
