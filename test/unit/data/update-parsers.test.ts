import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAuctions } from "../../../src/data/auctions";
import { parseCorporateOas } from "../../../src/data/corporate-oas";
import { DataError } from "../../../src/data/data-error";
import { parseFedBalanceSheet } from "../../../src/data/fed-balance-sheet";
import { parseHoldings } from "../../../src/data/holdings";
import { loadHoldings, loadOas } from "../../../src/data/series";
import {
  auctionRows,
  auctionsCsv,
  parseAuctionsPage,
  tenorGroup,
} from "../../../src/data/update/fiscal-data";
import { joinSeries, parseFredCsv, seriesCsv } from "../../../src/data/update/fred";
import { parseTicHistory, ticCsv } from "../../../src/data/update/tic";
import { fixture, fixturePath } from "./fixture";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("TIC mfhhis01.txt", () => {
  it("reads a year block with a series break: the new series is kept, the comparison column noted", () => {
    const history = parseTicHistory(fixture("tic_blocks.txt"), fixturePath("tic_blocks.txt"));
    // tic_blocks.txt holds the 2011 block (13 columns: June twice) and the 2000 block (Apr-Dec plus March twice).
    expect(history.months).toHaveLength(12 + 10);
    const june2011 = history.months.find((m) => m.date === "2011-06-01");
    // The first June 2011 column (Series 16/ XII) prints China 1307, Japan 881.5; the second (Series XI) 1165.5.
    expect(june2011?.values).toMatchObject({ china: "1307", japan: "881.5", total_foreign: "4690.6" });
    expect(june2011?.seriesNote).toContain("Series 16/ XII");
    expect(june2011?.seriesNote).toContain("(Series XI)");
    expect(history.months.find((m) => m.date === "2000-03-01")?.values.china).toBe("71.4");
    expect(history.vintage).toBe("2026-03-18"); // the "3/18/26" line under the table
  });

  it("reproduces content/data/tic_major_foreign_holders.csv from the full file", () => {
    const history = parseTicHistory(fixture("tic_mfhhis01.txt"), fixturePath("tic_mfhhis01.txt"));
    const rebuilt = parseHoldings(ticCsv(history), "rebuilt");
    const committed = loadHoldings();
    expect(rebuilt.map((r) => [iso(r.date), r.china, r.japan, r.totalForeign])).toEqual(
      committed.map((r) => [iso(r.date), r.china, r.japan, r.totalForeign]),
    );
    // Byte for byte, series notes included.
    expect(ticCsv(history)).toBe(readFileSync("content/data/tic_major_foreign_holders.csv", "utf8"));
  });

  it("rejects a file that is not the TIC table", () => {
    expect(() => parseTicHistory("<html>Not found</html>", "mfhhis01.txt")).toThrow(DataError);
  });
});

describe("FRED CSV downloads", () => {
  it("turns FRED's '.' into an empty value and keeps the numbers as printed", () => {
    const observations = parseFredCsv(fixture("fred_DGS10.csv"), "DGS10", "fred_DGS10.csv");
    expect(observations.get("2025-04-18")).toBe(""); // fred_DGS10.csv: 2025-04-18,.
    expect(observations.get("2025-04-02")).toBe("4.20");
  });

  it("names the series it expected when the download is something else", () => {
    expect(() => parseFredCsv(fixture("fred_DGS10.csv"), "DGS2", "dl.csv")).toThrow(
      /^dl\.csv line 1: expected a FRED download of DGS2/,
    );
  });

  it("joins two series on date into the project's spread file, matching the committed values", () => {
    const ig = parseFredCsv(fixture("fred_BAMLC0A0CM.csv"), "BAMLC0A0CM", "ig");
    const hy = parseFredCsv(fixture("fred_BAMLH0A0HYM2.csv"), "BAMLH0A0HYM2", "hy");
    const text = seriesCsv(["date", "oas_all_pct", "oas_hy_pct"], joinSeries([ig, hy]));
    const days = parseCorporateOas(text, "joined");
    const committed = loadOas().filter((d) => iso(d.date) >= "2025-03-31" && iso(d.date) <= "2025-04-14");
    expect(days).toEqual(committed);
  });

  it("keeps older rows FRED no longer serves (ICE series: only the last three years)", () => {
    const ig = parseFredCsv(fixture("fred_BAMLC0A0CM.csv"), "BAMLC0A0CM", "ig");
    const existing = [
      ["2025-03-28", "0.95", "3.36"],
      ["2025-04-01", "stale", "stale"],
    ];
    const rows = joinSeries([ig], existing);
    expect(rows[0]).toEqual(["2025-03-28", "0.95", "3.36"]);
    expect(rows.filter((r) => r[0] === "2025-04-01")).toEqual([["2025-04-01", "0.98"]]);
  });

  it("builds the balance-sheet file from four series", () => {
    const ids = ["WALCL", "TREAST", "WSHOMCB", "WSHOSHO"];
    const series = ids.map((id) => parseFredCsv(fixture(`fred_${id}.csv`), id, id));
    const header = [
      "date",
      "total_assets_musd",
      "treasuries_musd",
      "mbs_musd",
      "securities_held_outright_musd",
    ];
    const weeks = parseFedBalanceSheet(seriesCsv(header, joinSeries(series)), "joined");
    // fed_balance_sheet_weekly.csv: 2025-04-09,6727416.0,4219496.0,2188999.0,6410842.0
    expect(weeks.find((w) => iso(w.date) === "2025-04-09")).toMatchObject({
      totalAssets: 6_727_416,
      treasuries: 4_219_496,
      mbs: 2_188_999,
      securitiesHeldOutright: 6_410_842,
    });
  });
});

describe("Fiscal Data auctions_query", () => {
  const pages = ["fiscal_auctions_page1.json", "fiscal_auctions_page2.json"].map((name) =>
    parseAuctionsPage(fixture(name), name),
  );

  it("rebuilds the project's auction rows from the API's records", () => {
    const records = pages.flatMap((p) => p.data);
    expect(pages[0]?.meta["total-pages"]).toBe(2);
    expect(auctionsCsv(auctionRows(records))).toBe(fixture("auctions_ok.csv"));
    expect(parseAuctions(auctionsCsv(auctionRows(records)), "rebuilt")).toHaveLength(10);
  });

  it("leaves out an announced auction whose results are not yet published", () => {
    const held = pages[1]!.data[0]!;
    const announced = { ...held, bid_to_cover_ratio: "null", high_yield: "null", price_per100: "null" };
    expect(auctionRows([held, announced])).toHaveLength(1);
  });

  it("groups a reopening with its original tenor", () => {
    expect(tenorGroup("9-Year 10-Month")).toEqual({ group: "10-Year", oddTerm: true });
    expect(tenorGroup("29-Year 11-Month")).toEqual({ group: "30-Year", oddTerm: true });
    expect(tenorGroup("3-Year")).toEqual({ group: "3-Year", oddTerm: false });
    expect(tenorGroup("13-Week")).toEqual({ group: "13-Week", oddTerm: false });
  });

  it("rejects an answer that is not an auctions page", () => {
    expect(() => parseAuctionsPage('{"error":"Invalid filter"}', "api")).toThrow(
      /^api: is not an auctions_query page/,
    );
    expect(() => parseAuctionsPage("<html>", "api")).toThrow(/did not answer with JSON/);
  });
});
