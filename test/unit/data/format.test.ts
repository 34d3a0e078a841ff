import { describe, expect, it } from "vitest";
import type { Fact } from "../../../src/data/fact";
import { getFact } from "../../../src/data/facts";
import { formatFact } from "../../../src/data/format";

const both = (fact: Fact) => [formatFact(fact, "en"), formatFact(fact, "ja")];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("formatFact prints like a newspaper in each language", () => {
  it("billions of dollars: one decimal in English, 億 and 兆 in Japanese", () => {
    expect(both({ kind: "amount", value: 759, unit: "busd", source: "tic-holdings" })).toEqual([
      "$759.0 billion",
      "7590億ドル",
    ]);
    expect(both({ kind: "amount", value: 1061.5, unit: "busd", source: "tic-holdings" })).toEqual([
      "$1,061.5 billion",
      "1兆615億ドル",
    ]);
    expect(formatFact({ kind: "amount", value: 9000, unit: "busd", source: "tic-holdings" }, "ja")).toBe(
      "9兆ドル",
    );
  });

  it("millions of dollars print in trillions (English) and 兆/億 (Japanese)", () => {
    expect(both({ kind: "amount", value: 4_219_496, unit: "musd", source: "fed-balance-sheet" })).toEqual([
      "$4.22 trillion",
      "4兆2195億ドル",
    ]);
    // Below a trillion English switches to billions rather than print "$0.93 trillion".
    expect(both({ kind: "amount", value: 925_725, unit: "musd", source: "fed-balance-sheet" })).toEqual([
      "$925.7 billion",
      "9257億ドル",
    ]);
  });

  it("gold in dollars an ounce", () => {
    expect(both({ kind: "amount", value: 4587.21, unit: "usd-per-oz", source: "gold" })).toEqual([
      "$4,587 an ounce",
      "1トロイオンス4587ドル",
    ]);
  });

  it("levels, basis points, ratios and shares", () => {
    expect(both({ kind: "percent", value: 4.48, source: "dgs10" })).toEqual(["4.48%", "4.48%"]);
    expect(both({ kind: "bp", value: 47, signed: true, source: "dgs10" })).toEqual([
      "+47 bp",
      "+47ベーシスポイント",
    ]);
    expect(both({ kind: "bp", value: 96, signed: false, source: "corporate-oas" })).toEqual([
      "96 bp",
      "96ベーシスポイント",
    ]);
    expect(both({ kind: "ratio", value: 2.47, source: "treasury-auctions" })).toEqual(["2.47", "2.47"]);
    expect(both({ kind: "share", value: 0.0889, source: "tic-holdings" })).toEqual(["8.9%", "8.9%"]);
  });

  it("changes carry their sign", () => {
    expect(both({ kind: "change-pct", value: 11.7207, source: "dgs10" })).toEqual(["+11.7%", "+11.7%"]);
    expect(formatFact({ kind: "change-pct", value: -48.09, source: "tic-holdings" }, "en")).toBe("-48.1%");
    expect(formatFact({ kind: "change-pct", value: 10.32, digits: 2, source: "article-figures" }, "en")).toBe(
      "+10.32%",
    );
  });

  it("months and days in UTC, whatever the machine's zone", () => {
    expect(both({ kind: "month", date: day("2024-12-01"), source: "tic-holdings" })).toEqual([
      "December 2024",
      "2024年12月",
    ]);
    expect(both({ kind: "day", date: day("2025-04-11"), source: "dgs10" })).toEqual([
      "April 11, 2025",
      "2025年4月11日",
    ]);
    expect(both({ kind: "year", value: 1962, source: "dgs10" })).toEqual(["1962", "1962年"]);
  });

  it("ranks use English ordinals and 位", () => {
    const rank = (value: number): Fact => ({ kind: "rank", value, source: "dgs10" });
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 43].map((n) => formatFact(rank(n), "en"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "43rd",
    ]);
    expect(formatFact(rank(4), "ja")).toBe("4位");
  });

  it("counts are grouped", () => {
    expect(both({ kind: "count", value: 3349, source: "dgs10" })).toEqual(["3,349", "3,349"]);
  });
});

describe("the facts the first chapter prints", () => {
  it.each([
    ["china-dec-2024", "$759.0 billion", "7590億ドル"],
    ["japan-dec-2024", "$1,061.5 billion", "1兆615億ドル"],
    ["china-low-since", "February 2009", "2009年2月"],
    ["dgs10-2025-04-11", "4.48%", "4.48%"],
    ["dgs10-week-change-bp", "+47 bp", "+47ベーシスポイント"],
    ["dgs10-week-rank", "22nd", "22位"],
    ["dgs10-week-larger-last", "November 16, 2001", "2001年11月16日"],
    ["fed-treasuries-2025-04-09", "$4.22 trillion", "4兆2195億ドル"],
    ["article-japan-dec-2024", "$1,059.8 billion", "1兆598億ドル"],
    ["article-week-change-pct", "+10.32%", "+10.32%"],
  ] as const)("%s prints %s / %s", (id, en, ja) => {
    expect(both(getFact(id))).toEqual([en, ja]);
  });
});
