// Treasury Fiscal Data "Treasury Securities Auctions Data" (auctions_query): paged JSON, every value a
// string and "null" for none. Converted to the rows of content/data/treasury_auctions.csv.
import { csvFormatRows } from "d3-dsv";
import { z } from "astro/zod";
import { DataError } from "../data-error.ts";

export const AUCTIONS_API =
  "https://api.fiscaldata.treasury.gov/services/api/fiscal_service/v1/accounting/od/auctions_query";

/** The file's scope: auctions since this date (the copy the site was built on starts here). */
export const AUCTIONS_FROM = "2022-01-01";
const PAGE_SIZE = 1000;

export const AUCTIONS_HEADER = [
  "auction_date",
  "security_type",
  "security_term",
  "tenor_group",
  "reopening_or_odd_term",
  "is_tips",
  "high_yield_pct",
  "avg_med_yield_pct",
  "high_investment_rate_pct",
  "bid_to_cover",
  "price_per100",
];

const text = z.string();
/** The fields read from each record; the API sends many more. */
const record = z.object({
  auction_date: text,
  security_type: text,
  security_term: text,
  inflation_index_security: text,
  high_yield: text.nullable(),
  avg_med_yield: text.nullable(),
  high_investment_rate: text.nullable(),
  bid_to_cover_ratio: text.nullable(),
  price_per100: text.nullable(),
});
export type AuctionRecord = z.infer<typeof record>;

const page = z.object({
  data: z.array(record),
  meta: z.object({ "total-pages": z.number().int().min(0) }),
});
export type AuctionsPage = z.infer<typeof page>;

export function auctionsPageUrl(pageNumber: number, from: string = AUCTIONS_FROM): string {
  const query = [
    `filter=auction_date:gte:${from}`,
    "sort=auction_date",
    `page[size]=${PAGE_SIZE}`,
    `page[number]=${pageNumber}`,
  ].join("&");
  return `${AUCTIONS_API}?${query}`;
}

/** Validates one page of the API's answer (JSON text); `file` names it in messages. */
export function parseAuctionsPage(text: string, file: string): AuctionsPage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataError({ file }, "did not answer with JSON; the API may be down or may have changed");
  }
  const parsed = page.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(
      { file },
      `is not an auctions_query page: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
    );
  }
  return parsed.data;
}

/** "null" and "" mean no value; numbers are written as pandas would ("2.700000" -> "2.7"). */
function number(value: string | null): string {
  if (value === null || value === "null" || value.trim() === "") return "";
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : value; // left as is, so validation names the odd cell
}

/** "9-Year 10-Month" -> "10-Year" (a reopening belongs to its original tenor); bills keep their term. */
export function tenorGroup(term: string): { group: string; oddTerm: boolean } {
  const match = /^(\d+)-Year(?: (\d+)-Month)?$/.exec(term);
  if (!match) return { group: term, oddTerm: false };
  const years = Number(match[1]);
  return match[2] ? { group: `${years + 1}-Year`, oddTerm: true } : { group: term, oddTerm: false };
}

/** CSV rows for auctions with results; announced auctions without results yet are left out. */
export function auctionRows(records: readonly AuctionRecord[]): string[][] {
  const held = records.filter((r) => number(r.bid_to_cover_ratio) !== "");
  const rows = held.map((r) => {
    const { group, oddTerm } = tenorGroup(r.security_term);
    return [
      r.auction_date,
      r.security_type,
      r.security_term,
      group,
      oddTerm ? "yes" : "no",
      r.inflation_index_security === "Yes" ? "True" : "False",
      number(r.high_yield),
      number(r.avg_med_yield),
      number(r.high_investment_rate),
      number(r.bid_to_cover_ratio),
      number(r.price_per100),
    ];
  });
  return rows.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

export function auctionsCsv(rows: string[][]): string {
  return `${csvFormatRows([AUCTIONS_HEADER, ...rows])}\n`;
}
