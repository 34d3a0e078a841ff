import { describe, expect, it } from "vitest";
import { bidToCoverStats, nominalAuctions, rankFromLowest } from "../../../src/data/auction-stats";
import type { DailyPoint } from "../../../src/data/daily-series";
import { rankOf, withoutFloatNoise } from "../../../src/data/rank";
import { loadAuctions } from "../../../src/data/series";
import { parseYields } from "../../../src/data/treasury-yields";
import { weeklyChanges } from "../../../src/data/weekly-changes";
import { fixture } from "./fixture";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("weeklyChanges", () => {
  const weeks = weeklyChanges(parseYields(fixture("dgs10_ok.csv"), "dgs10_ok.csv"));

  it("closes each calendar week on its last day with a value", () => {
    // dgs10_ok.csv runs Fri 2025-03-28 .. Mon 2025-04-21; Good Friday 2025-04-18 has no value,
    // so that week closes on Thursday 17 April. The week of 21 April is still open and left out.
    expect(weeks.map((w) => iso(w.weekEnd))).toEqual(["2025-04-04", "2025-04-11", "2025-04-17"]);
  });

  it("measures each week against the previous week's close, without float noise", () => {
    // 2025-04-04 4.01 -> 2025-04-11 4.48
    expect(weeks[1]).toMatchObject({ previousClose: 4.01, close: 4.48, change: 0.47 });
    expect(iso(weeks[1]!.previousWeekEnd)).toBe("2025-04-04");
    // 2025-03-28 4.27 -> 2025-04-04 4.01
    expect(weeks[0]?.change).toBe(-0.26);
  });

  it("keeps a final week once the series reaches its Friday", () => {
    const series: DailyPoint[] = [
      { date: new Date("2025-04-11T00:00:00Z"), value: 4.48 },
      { date: new Date("2025-04-14T00:00:00Z"), value: 4.38 },
      { date: new Date("2025-04-18T00:00:00Z"), value: null },
    ];
    expect(weeklyChanges(series).map((w) => iso(w.weekEnd))).toEqual(["2025-04-14"]);
  });
});

describe("rankOf", () => {
  it("ranks ties together (competition ranking)", () => {
    expect([0.3, 0.5, 0.5, 0.1].map((v) => rankOf([0.3, 0.5, 0.5, 0.1], v, "largest"))).toEqual([3, 1, 1, 4]);
    expect(rankOf([2.5, 2.3, 2.47], 2.47, "smallest")).toBe(2);
  });

  it("is not fooled by binary noise once differences are cleaned", () => {
    expect(4.48 - 4.01).not.toBe(0.47);
    expect(withoutFloatNoise(4.48 - 4.01)).toBe(0.47);
  });
});

describe("bid-to-cover statistics by tenor", () => {
  it("counts nominal auctions only, with reopenings and without TIPS", () => {
    const tens = nominalAuctions(loadAuctions(), "10-Year");
    expect(tens).toHaveLength(46); // SOURCES.md: 46 nominal 10-year-group auctions, Jan 2022 - Oct 2025
    expect(tens.some((a) => a.securityTerm === "9-Year 10-Month")).toBe(true);
    expect(tens.some((a) => a.isTips)).toBe(false);
  });

  it("finds the lowest ratio and ranks an auction from the lowest", () => {
    const threes = nominalAuctions(loadAuctions(), "3-Year");
    const stats = bidToCoverStats(threes);
    // treasury_auctions.csv: 2023-02-07,Note,3-Year,...,2.33 is the lowest 3-year ratio
    expect([stats.lowest.bidToCover, iso(stats.lowest.date)]).toEqual([2.33, "2023-02-07"]);
    expect(rankFromLowest(threes, stats.lowest)).toBe(1);
  });
});
