import { describe, expect, it } from "vitest";
import { allFacts, factIds, getFact, type Fact, type FactId } from "../../../src/data/facts";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The fact's number or date, for comparing with values read from the CSV. */
function valueOf(id: FactId): number | string {
  const fact: Fact = getFact(id);
  return "date" in fact ? iso(fact.date) : fact.value;
}

it("implements exactly the ids of the fact contract", () => {
  // /tmp/prompts/facts.md, in its order.
  const contract = [
    ...[
      "china-dec-2024",
      "china-low-since",
      "china-peak",
      "china-peak-month",
      "china-latest",
      "china-latest-month",
    ],
    ...["china-change-since-peak", "china-apr-2025", "japan-apr-2025", "japan-dec-2024", "japan-peak"],
    ...["japan-peak-month", "japan-latest", "japan-latest-month", "japan-jan-2025", "china-share-latest"],
    ...["japan-share-latest", "china-share-peak", "china-share-peak-month", "foreign-total-latest"],
    ...["china-over-japan-from", "china-over-japan-to", "dgs10-2025-04-04", "dgs10-2025-04-11"],
    ...["dgs10-week-change-bp", "dgs10-week-change-pct", "dgs10-week-rank", "dgs10-weeks-count"],
    ...["dgs10-week-larger-last", "dgs10-series-start", "dgs10-latest", "dgs10-latest-date"],
    ...["btc-3y-2025-04-08", "btc-10y-2025-04-09", "btc-30y-2025-04-10", "btc-3y-median", "btc-10y-median"],
    ...["btc-30y-median", "btc-3y-rank-low", "btc-10y-rank-low", "btc-30y-rank-low", "btc-3y-count"],
    ...["btc-10y-count", "btc-30y-count", "btc-3y-min", "btc-3y-min-date", "btc-10y-min", "btc-10y-min-date"],
    ...["btc-30y-min", "btc-30y-min-date", "auctions-first-year", "auctions-last-date", "ig-oas-2025-04-02"],
    ...["ig-oas-2025-04-09", "ig-oas-change-apr-2-9", "ig-oas-apr-2025-peak", "ig-oas-apr-2025-peak-date"],
    ...[
      "hy-oas-2025-04-02",
      "hy-oas-2025-04-07",
      "ig-oas-latest",
      "ig-oas-latest-date",
      "fed-total-2008-09-10",
    ],
    ...["fed-total-peak", "fed-total-peak-date", "fed-treasuries-2025-04-09", "fed-treasuries-latest"],
    ...["fed-treasuries-latest-date", "fed-treasuries-change-since-apr-2025", "fed-total-2025-04-09"],
    ...["fed-total-latest", "gold-2024-12", "gold-2025-04", "gold-latest", "gold-latest-month"],
    ...["gold-change-dec-2024-to-latest", "article-china-dec-2024", "article-japan-dec-2024"],
    ...[
      "article-dgs10-2025-04-11",
      "article-week-change-pct",
      "article-ig-spread-widening",
      "article-sp500-week",
    ],
  ];
  expect([...factIds].sort()).toEqual([...contract].sort());
});

it("computes every fact, each with its dataset as source", () => {
  const facts = allFacts();
  for (const id of factIds) expect(facts[id].source, id).toMatch(/^[a-z0-9-]+$/);
  expect(getFact("china-peak").source).toBe("tic-holdings");
  expect(getFact("article-sp500-week").source).toBe("article-figures");
});

describe("TIC holdings (tic_major_foreign_holders.csv, billions of USD)", () => {
  it.each<[FactId, number | string]>([
    ["china-dec-2024", 759], // row 2024-12-01,759,1061.5,8619.3,...
    ["japan-dec-2024", 1061.5], // same row: the revised vintage, not the article's 1,059.8
    ["japan-jan-2025", 1079.3], // row 2025-01-01,760.8,1079.3,...
    ["china-apr-2025", 743.6], // row 2025-04-01,743.6,1134.5,...
    ["japan-apr-2025", 1134.5],
    ["china-low-since", "2009-02-01"], // row 2009-02-01,744.2,...: the last month before Dec 2024 at or below 759
    ["china-peak", 1316.7], // row 2013-11-01,1316.7,...
    ["china-peak-month", "2013-11-01"],
    ["japan-peak", 1325.5], // row 2021-11-01,...,1325.5,...
    ["japan-peak-month", "2021-11-01"],
    ["china-latest", 683.5], // last row 2025-12-01,683.5,1185.5,9271,...
    ["china-latest-month", "2025-12-01"],
    ["japan-latest", 1185.5],
    ["japan-latest-month", "2025-12-01"],
    ["foreign-total-latest", 9271],
    ["china-share-peak-month", "2011-07-01"], // row 2011-07-01,1314.9,884.9,4667.9: 28.2% of the total
    ["china-over-japan-from", "2008-09-01"], // row 2008-09-01,618.2,617.5: China ahead for the first time
    ["china-over-japan-to", "2019-05-01"], // row 2019-05-01,1110.2,1101: the last month China led
  ])("%s = %s", (id, expected) => {
    expect(valueOf(id)).toBe(expected);
  });

  it("shares and changes are computed from those rows", () => {
    expect(valueOf("china-share-latest")).toBeCloseTo(683.5 / 9271, 12);
    expect(valueOf("japan-share-latest")).toBeCloseTo(1185.5 / 9271, 12);
    expect(valueOf("china-share-peak")).toBeCloseTo(1314.9 / 4667.9, 12);
    expect(valueOf("china-change-since-peak")).toBeCloseTo((683.5 / 1316.7 - 1) * 100, 10);
  });
});

describe("10-year yield (dgs10_daily.csv, percent)", () => {
  it("reads the two Fridays of the article's week", () => {
    expect(valueOf("dgs10-2025-04-04")).toBe(4.01); // row 2025-04-04,4.01
    expect(valueOf("dgs10-2025-04-11")).toBe(4.48); // row 2025-04-11,4.48
    expect(getFact("dgs10-week-change-bp")).toMatchObject({ kind: "bp", value: 47, signed: true });
    expect(valueOf("dgs10-week-change-pct")).toBeCloseTo((0.47 / 4.01) * 100, 10);
  });

  it("ranks the 4-11 April 2025 rise among all weekly changes since 1962", () => {
    // Checked with an independent script over the same file: 3,349 complete weeks from 12 Jan 1962 to
    // 13 Mar 2026; 21 weeks rose more than 47 bp, the latest of them the week to 16 Nov 2001 (+57 bp).
    expect(getFact("dgs10-week-rank")).toMatchObject({ kind: "rank", value: 22, of: 3349 });
    expect(valueOf("dgs10-weeks-count")).toBe(3349);
    expect(valueOf("dgs10-week-larger-last")).toBe("2001-11-16");
  });

  it("knows where the series starts and ends", () => {
    expect(valueOf("dgs10-series-start")).toBe(1962); // line 2: 1962-01-02,4.06
    expect(valueOf("dgs10-latest")).toBe(4.23); // last line: 2026-03-16,4.23
    expect(valueOf("dgs10-latest-date")).toBe("2026-03-16");
  });
});

describe("auctions (treasury_auctions.csv, nominal 3-, 10- and 30-year)", () => {
  it.each<[FactId, number | string]>([
    ["btc-3y-2025-04-08", 2.47], // row 2025-04-08,Note,3-Year,...,2.47,99.904428
    ["btc-10y-2025-04-09", 2.67], // row 2025-04-09,Note,9-Year 10-Month,10-Year,...,2.67,...
    ["btc-30y-2025-04-10", 2.43], // row 2025-04-10,Bond,29-Year 10-Month,30-Year,...,2.43,...
    ["btc-3y-count", 46],
    ["btc-10y-count", 46],
    ["btc-30y-count", 46],
    ["btc-3y-median", 2.575], // the 23rd and 24th of 46 sorted ratios are 2.57 and 2.58
    ["btc-10y-median", 2.51],
    ["btc-30y-median", 2.38],
    ["btc-3y-min", 2.33], // row 2023-02-07,Note,3-Year,...,2.33
    ["btc-3y-min-date", "2023-02-07"],
    ["btc-10y-min", 2.23], // row 2022-11-09,Note,10-Year,...,2.23
    ["btc-10y-min-date", "2022-11-09"],
    ["btc-30y-min", 2.24], // row 2023-11-09,Bond,30-Year,...,2.24
    ["btc-30y-min-date", "2023-11-09"],
    ["btc-3y-rank-low", 9], // eight 3-year auctions drew a lower ratio than 2.47
    ["btc-10y-rank-low", 43],
    ["btc-30y-rank-low", 32],
    ["auctions-first-year", 2022], // line 2: 2022-01-03
    ["auctions-last-date", "2025-10-23"], // last line
  ])("%s = %s", (id, expected) => {
    expect(valueOf(id)).toBe(expected);
  });
});

describe("spreads (ig_corporate_oas_daily.csv, percent printed as basis points)", () => {
  it.each<[FactId, number | string]>([
    ["ig-oas-2025-04-02", 96], // row 2025-04-02,0.96,3.42
    ["ig-oas-2025-04-09", 121], // row 2025-04-09,1.21,4.37
    ["ig-oas-change-apr-2-9", 25],
    ["ig-oas-apr-2025-peak", 121],
    ["ig-oas-apr-2025-peak-date", "2025-04-09"],
    ["hy-oas-2025-04-02", 342],
    ["hy-oas-2025-04-07", 461], // row 2025-04-07,1.2,4.61
    ["ig-oas-latest", 79], // last row 2025-12-30,0.79,2.84
    ["ig-oas-latest-date", "2025-12-30"],
  ])("%s = %s", (id, expected) => {
    expect(valueOf(id)).toBe(expected);
  });
});

describe("Fed balance sheet (fed_balance_sheet_weekly.csv, millions of USD)", () => {
  it.each<[FactId, number | string]>([
    ["fed-total-2008-09-10", 925_725], // row 2008-09-10,925725.0,...
    ["fed-total-peak", 8_965_487], // row 2022-04-13,8965487.0,...
    ["fed-total-peak-date", "2022-04-13"],
    ["fed-treasuries-2025-04-09", 4_219_496], // row 2025-04-09,6727416.0,4219496.0,...
    ["fed-total-2025-04-09", 6_727_416],
    ["fed-treasuries-latest", 4_487_319], // last row 2026-06-17,6736424.0,4487319.0,...
    ["fed-treasuries-latest-date", "2026-06-17"],
    ["fed-total-latest", 6_736_424],
  ])("%s = %s", (id, expected) => {
    expect(valueOf(id)).toBe(expected);
  });

  it("Treasuries held since April 2025, as a signed change", () => {
    expect(valueOf("fed-treasuries-change-since-apr-2025")).toBeCloseTo(
      (4_487_319 / 4_219_496 - 1) * 100,
      10,
    );
  });
});

describe("gold (gold_price_monthly.csv, USD per troy ounce)", () => {
  it("reads December 2024, April 2025 and the latest month", () => {
    expect(valueOf("gold-2024-12")).toBe(2648.01); // row 2024-12-01,2648.010
    expect(valueOf("gold-2025-04")).toBe(3217.64); // row 2025-04-01,3217.640
    expect(valueOf("gold-latest")).toBe(4587.21); // last row 2026-05-01,4587.210
    expect(valueOf("gold-latest-month")).toBe("2026-05-01");
    expect(valueOf("gold-change-dec-2024-to-latest")).toBeCloseTo((4587.21 / 2648.01 - 1) * 100, 10);
  });
});

describe("the article's figures (article_figures.csv)", () => {
  it("keep the article's numbers and precision", () => {
    expect(getFact("article-china-dec-2024")).toMatchObject({ value: 759, unit: "busd", digits: 1 });
    expect(getFact("article-japan-dec-2024")).toMatchObject({ value: 1059.8, unit: "busd" });
    expect(getFact("article-dgs10-2025-04-11")).toMatchObject({ kind: "percent", value: 4.43 });
    expect(getFact("article-week-change-pct")).toMatchObject({ kind: "change-pct", value: 10.32, digits: 2 });
    expect(getFact("article-ig-spread-widening")).toMatchObject({ kind: "bp", value: 30, signed: false });
    expect(getFact("article-sp500-week")).toMatchObject({ kind: "change-pct", value: -4, digits: 0 });
  });
});
