// The spreads chart's registration and data table: ICE's terms mean no download, so the footer links to FRED; the
// table puts the article's rows next to the indices on the same days and lists every day the chart draws.
import { describe, expect, it } from "vitest";
import { spreadsData } from "../../../src/charts/spreads/data";
import spreadsEntry from "../../../src/charts/spreads/index";
import { spreadsTable } from "../../../src/charts/spreads/table";
import { type DatasetId, sourceOf } from "../../../src/data/sources";

const data = spreadsData();

describe("spreads chart registration", () => {
  it("offers no CSV of the ICE series, and its source is a FRED page the footer can link to instead", () => {
    expect(spreadsEntry.chart.id).toBe("spreads");
    expect(spreadsEntry.csv).toBeUndefined();
    expect(spreadsEntry.datasets).toContain("corporate-oas");
    const oas = sourceOf("corporate-oas");
    expect(oas.downloadable).toBe(false);
    expect(oas.url).toBe("https://fred.stlouisfed.org/series/BAMLC0A0CM");
    for (const id of spreadsEntry.datasets) expect(() => sourceOf(id as DatasetId)).not.toThrow();
  });
});

describe("spreads data table", () => {
  it("lists the article's six rows with the index each quotes, beside the all-grades index that day", () => {
    const { rows } = spreadsTable(data, "en");
    const first = rows.findIndex((r) => r[0] === "Apr 1, 2025");
    expect(rows.slice(first, first + 6)).toEqual([
      ["Apr 1, 2025", "98", "350", "82 (A-rated index)"],
      ["Apr 2, 2025", "96", "342", "81 (A-rated index)"],
      ["Apr 3, 2025", "106", "401", "89 (A-rated index)"],
      ["Apr 4, 2025", "114", "445", "70 (AA-rated index)"],
      ["Apr 7, 2025", "120", "461", "73 (AA-rated index)"],
      ["Apr 8, 2025", "118", "457", "70 (AA-rated index)"],
    ]);
  });

  it("gives the 2 -> 9 April change next to the article's 'nearly 30'", () => {
    const { rows } = spreadsTable(data, "en");
    expect(rows).toContainEqual(["Apr 2, 2025 → Apr 9, 2025", "+25 bp", "+95 bp", "Article: nearly 30"]);
    const ja = spreadsTable(data, "ja").rows;
    expect(ja).toContainEqual(["2025年4月2日 → 2025年4月9日", "+25bp", "+95bp", "記事: 30bp近く"]);
  });

  it("ends with every day the chart draws, one row each, in both languages", () => {
    for (const lang of ["en", "ja"] as const) {
      const { columns, rows } = spreadsTable(data, lang);
      expect(rows.every((r) => r.length === columns.length)).toBe(true);
      expect(rows.slice(-data.dates.length).map((r) => r[1])).toEqual(
        data.ig.map((v) => (v === null ? (lang === "ja" ? "値なし" : "no value") : String(v))),
      );
    }
  });
});
