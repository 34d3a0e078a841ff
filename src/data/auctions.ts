// Treasury auction results (Fiscal Data "Treasury Securities Auctions Data"), every security type,
// from 2022. Several auctions share a date; a row is identified by date, type, term and TIPS flag.
import { isoDay, oneOf, optionalNumber, requiredNumber, requiredText } from "./cells.ts";
import { loadTable, once, parseTable, type RowOf, type TableSpec } from "./csv.ts";

export const AUCTIONS_FILE = "treasury_auctions.csv";

export const securityTypes = ["Bill", "Note", "Bond"] as const;
export type SecurityType = (typeof securityTypes)[number];

const columns = {
  auction_date: isoDay(),
  security_type: oneOf(securityTypes),
  security_term: requiredText(),
  tenor_group: requiredText(),
  reopening_or_odd_term: oneOf(["yes", "no"]),
  is_tips: oneOf(["True", "False"]),
  high_yield_pct: optionalNumber(),
  avg_med_yield_pct: optionalNumber(),
  high_investment_rate_pct: optionalNumber(),
  bid_to_cover: requiredNumber({
    min: 0,
    why: "bids cannot be negative, so neither can bids over the amount sold",
  }),
  price_per100: requiredNumber({ min: 0, why: "a price cannot be negative" }),
};

export const auctionsTable: TableSpec<typeof columns> = {
  columns,
  order: { by: "auction_date", rule: "non-decreasing" },
  key: ["auction_date", "security_type", "security_term", "is_tips"],
};

/** One auction. Yields are percent; FRNs and bills have no `highYield`. */
export interface Auction {
  /** Auction day, 00:00 UTC. */
  date: Date;
  securityType: SecurityType;
  /** As Treasury prints it: "10-Year", or "9-Year 10-Month" for a reopening. */
  securityTerm: string;
  /** The original tenor a reopening belongs to ("9-Year 10-Month" -> "10-Year"); bills keep their term. */
  tenorGroup: string;
  /** The term is not a whole number of years (a reopening, or a TIPS with an odd term). */
  reopeningOrOddTerm: boolean;
  /** Treasury Inflation-Protected Security: its yield is a real yield. */
  isTips: boolean;
  highYield: number | null;
  avgMedianYield: number | null;
  /** Bills only: the investment rate at the high (stop-out) bid. */
  highInvestmentRate: number | null;
  /** Bids received divided by the amount sold. */
  bidToCover: number;
  pricePer100: number;
}

function toAuction(row: RowOf<typeof columns>): Auction {
  return {
    date: row.auction_date,
    securityType: row.security_type,
    securityTerm: row.security_term,
    tenorGroup: row.tenor_group,
    reopeningOrOddTerm: row.reopening_or_odd_term === "yes",
    isTips: row.is_tips === "True",
    highYield: row.high_yield_pct,
    avgMedianYield: row.avg_med_yield_pct,
    highInvestmentRate: row.high_investment_rate_pct,
    bidToCover: row.bid_to_cover,
    pricePer100: row.price_per100,
  };
}

export function parseAuctions(text: string, file: string): Auction[] {
  return parseTable(text, file, auctionsTable).map(toAuction);
}

export const loadAuctions: () => Auction[] = once(() =>
  loadTable(AUCTIONS_FILE, auctionsTable).map(toAuction),
);
