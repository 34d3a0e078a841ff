import { describe, expect, it } from "vitest";
import {
  articleHoldingsTable,
  loadArticleFigures,
  loadAuctions,
  loadDgs10,
  loadDgs2,
  loadDgs30,
  loadFedBalanceSheet,
  loadGold,
  loadHoldings,
  loadOas,
  loadUsdBroadIndex,
} from "../../../src/data/series";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const withValues = (points: Array<{ value: number | null }>) => points.filter((p) => p.value !== null).length;

describe("the loaders read every file in content/data", () => {
  // Row counts and ranges as listed in shared/data/SOURCES.md.
  it("holdings: 310 months, March 2000 to December 2025", () => {
    const rows = loadHoldings();
    expect(rows).toHaveLength(310);
    expect([iso(rows[0]!.date), iso(rows.at(-1)!.date)]).toEqual(["2000-03-01", "2025-12-01"]);
  });

  it("daily yields keep holidays as null rows", () => {
    expect([loadDgs10().length, withValues(loadDgs10())]).toEqual([16_750, 16_034]);
    expect([loadDgs2().length, withValues(loadDgs2())]).toEqual([12_990, 12_442]);
    expect([loadDgs30().length, withValues(loadDgs30())]).toEqual([12_001, 11_499]);
    expect([loadUsdBroadIndex().length, withValues(loadUsdBroadIndex())]).toEqual([2_941, 2_810]);
  });

  it("spreads: 7,664 days with 7,570 investment-grade and 7,571 high-yield values", () => {
    const days = loadOas();
    expect(days).toHaveLength(7_664);
    expect(days.filter((d) => d.ig !== null)).toHaveLength(7_570);
    expect(days.filter((d) => d.hy !== null)).toHaveLength(7_571);
  });

  it("the Fed balance sheet, auctions and gold", () => {
    expect(loadFedBalanceSheet()).toHaveLength(1_227);
    expect(loadAuctions()).toHaveLength(1_610);
    expect(loadGold()).toHaveLength(797);
  });

  it("dates are midnight UTC whatever the machine's time zone (tests run in Los Angeles time)", () => {
    // dgs10_daily.csv line 2: 1962-01-02,4.06
    const first = loadDgs10()[0]!;
    expect(first.date.getTime()).toBe(Date.UTC(1962, 0, 2));
    expect(first.value).toBe(4.06);
  });

  it("reads each file once: a second call returns the same rows", () => {
    expect(loadHoldings()).toBe(loadHoldings());
    expect(loadDgs10()).toBe(loadDgs10());
    expect(loadAuctions()).toBe(loadAuctions());
  });
});

describe("the article's figures", () => {
  it("are kept with the precision the article printed", () => {
    const figures = loadArticleFigures();
    // article_figures.csv: article-china-dec-2024,china-holdings,2024-12-01,759.0,busd,$759.0,...
    expect(figures.find((f) => f.id === "article-china-dec-2024")).toMatchObject({
      value: 759,
      decimals: 1,
      unit: "busd",
    });
    // article-dgs10-2025-04-10-second,...,4.416,percent,4.40 / 4.416,...
    expect(figures.find((f) => f.id === "article-dgs10-2025-04-10-second")).toMatchObject({
      value: 4.416,
      decimals: 3,
    });
  });

  it("give the holdings table as the article printed it, newest month first", () => {
    const table = articleHoldingsTable();
    expect(table.map((r) => iso(r.month))).toEqual([
      "2025-01-01",
      "2024-12-01",
      "2024-11-01",
      "2024-10-01",
      "2023-12-01",
    ]);
    // The article's "Dec 2023" row: China 797.7, Japan 1,140.6 (the TIC file's January 2024 values).
    expect(table.at(-1)).toMatchObject({ china: 797.7, japan: 1140.6 });
    const jan2024 = loadHoldings().find((r) => iso(r.date) === "2024-01-01")!;
    expect([jan2024.china, jan2024.japan]).toEqual([797.7, 1140.6]);
  });
});
