// The data update: download every refreshable dataset, rebuild its CSV in the project's layout, validate
// it with the same parsers the site uses, and only then write the files and the retrieval dates.
import { csvParseRows } from "d3-dsv";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCorporateOas } from "../corporate-oas.ts";
import { parseAuctions } from "../auctions.ts";
import { parseFedBalanceSheet } from "../fed-balance-sheet.ts";
import { parseHoldings } from "../holdings.ts";
import { dataDirectory, displayPath } from "../paths.ts";
import type { DatasetId } from "../sources.ts";
import { parseYields } from "../treasury-yields.ts";
import { parseUsdBroadIndex } from "../usd-broad-index.ts";
import { fetchText, type Fetcher } from "./fetch-text.ts";
import {
  auctionRows,
  auctionsCsv,
  auctionsPageUrl,
  parseAuctionsPage,
  type AuctionRecord,
} from "./fiscal-data.ts";
import { fredCsvUrl, joinSeries, parseFredCsv, seriesCsv } from "./fred.ts";
import { stampSources } from "./stamp-sources.ts";
import { parseTicHistory, ticCsv } from "./tic.ts";

export const TIC_URL = "https://ticdata.treasury.gov/Publish/mfhhis01.txt";

/** A refreshed file, validated and ready to write. */
export interface Refreshed {
  id: DatasetId;
  file: string;
  text: string;
  /** The publisher's release date, when it prints one (TIC does). */
  vintage: string | null;
  rows: number;
}

interface FredPlan {
  id: DatasetId;
  file: string;
  header: string[];
  seriesIds: string[];
  validate: (text: string, file: string) => unknown[];
}

const fredPlans: FredPlan[] = [
  {
    id: "dgs10",
    file: "dgs10_daily.csv",
    header: ["date", "yield_pct"],
    seriesIds: ["DGS10"],
    validate: parseYields,
  },
  {
    id: "dgs2",
    file: "dgs2_daily.csv",
    header: ["date", "yield_pct"],
    seriesIds: ["DGS2"],
    validate: parseYields,
  },
  {
    id: "dgs30",
    file: "dgs30_daily.csv",
    header: ["date", "yield_pct"],
    seriesIds: ["DGS30"],
    validate: parseYields,
  },
  {
    id: "usd-broad-index",
    file: "usd_broad_index_daily.csv",
    header: ["date", "usd_broad_index"],
    seriesIds: ["DTWEXBGS"],
    validate: parseUsdBroadIndex,
  },
  {
    id: "fed-balance-sheet",
    file: "fed_balance_sheet_weekly.csv",
    header: ["date", "total_assets_musd", "treasuries_musd", "mbs_musd", "securities_held_outright_musd"],
    seriesIds: ["WALCL", "TREAST", "WSHOMCB", "WSHOSHO"],
    validate: parseFedBalanceSheet,
  },
  {
    // ICE's terms: refreshed for the site's own charts only; sources.json keeps downloadable: false.
    id: "corporate-oas",
    file: "ig_corporate_oas_daily.csv",
    header: ["date", "oas_all_pct", "oas_hy_pct"],
    seriesIds: ["BAMLC0A0CM", "BAMLH0A0HYM2"],
    validate: parseCorporateOas,
  },
];

/** Datasets the update step refreshes. Gold (a World Bank Excel workbook) and the article's figures are not. */
export const refreshable: DatasetId[] = ["tic-holdings", ...fredPlans.map((p) => p.id), "treasury-auctions"];

async function refreshTic(fetcher: Fetcher): Promise<Refreshed> {
  const file = "tic_major_foreign_holders.csv";
  const history = parseTicHistory(await fetchText(fetcher, TIC_URL), TIC_URL);
  const text = ticCsv(history);
  return {
    id: "tic-holdings",
    file,
    text,
    vintage: history.vintage,
    rows: parseHoldings(text, displayPath(file)).length,
  };
}

function existingRows(root: string, file: string): string[][] {
  const absolute = path.join(dataDirectory(root), file);
  return existsSync(absolute) ? csvParseRows(readFileSync(absolute, "utf8")).slice(1) : [];
}

async function refreshFred(fetcher: Fetcher, plan: FredPlan, root: string): Promise<Refreshed> {
  const series = [];
  for (const id of plan.seriesIds) {
    const url = fredCsvUrl(id);
    series.push(parseFredCsv(await fetchText(fetcher, url), id, url));
  }
  const text = seriesCsv(plan.header, joinSeries(series, existingRows(root, plan.file)));
  return {
    id: plan.id,
    file: plan.file,
    text,
    vintage: null,
    rows: plan.validate(text, displayPath(plan.file)).length,
  };
}

async function refreshAuctions(fetcher: Fetcher): Promise<Refreshed> {
  const file = "treasury_auctions.csv";
  const records: AuctionRecord[] = [];
  for (let number = 1, pages = 1; number <= pages; number++) {
    const url = auctionsPageUrl(number);
    const page = parseAuctionsPage(await fetchText(fetcher, url), url);
    records.push(...page.data);
    pages = page.meta["total-pages"];
  }
  const text = auctionsCsv(auctionRows(records));
  return {
    id: "treasury-auctions",
    file,
    text,
    vintage: null,
    rows: parseAuctions(text, displayPath(file)).length,
  };
}

export interface UpdateOptions {
  fetcher: Fetcher;
  /** Project root; content/data is under it. */
  root: string;
  /** Restrict to these datasets (default: every refreshable one). */
  only?: readonly DatasetId[];
  /** Download and validate but write nothing. */
  dryRun?: boolean;
  /** Today's date (YYYY-MM-DD), recorded as the retrieval date. */
  today: string;
}

/** Downloads and validates everything first; writes only if all of it succeeded. */
export async function updateData(options: UpdateOptions): Promise<Refreshed[]> {
  const wanted = new Set(options.only ?? refreshable);
  const results: Refreshed[] = [];
  if (wanted.has("tic-holdings")) results.push(await refreshTic(options.fetcher));
  for (const plan of fredPlans)
    if (wanted.has(plan.id)) results.push(await refreshFred(options.fetcher, plan, options.root));
  if (wanted.has("treasury-auctions")) results.push(await refreshAuctions(options.fetcher));
  if (options.dryRun) return results;

  for (const r of results) writeFileSync(path.join(dataDirectory(options.root), r.file), r.text);
  await stampSources(options.root, results, options.today);
  return results;
}
