// What the Fed chart ships to the browser: two of the four H.4.1 series, every week from 2024 and every second
// week before, never losing a week that the words or labels name.
import { describe, expect, it } from "vitest";
import { buildFedData, EVERY_WEEK_FROM, fedData } from "../../../src/charts/fed/data";
import { type FedData, programmeBands, weekBefore, weekOnOrBefore } from "../../../src/charts/fed/fed-data";
import { loadFedProgrammes } from "../../../src/charts/fed/programmes";
import { type FedBalanceSheetWeek, loadFedBalanceSheet } from "../../../src/data/series";

const data = fedData();
const file = loadFedBalanceSheet();
const fromFile = new Map(file.map((w) => [w.date.getTime(), w]));
const WEEK = 7 * 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("the Fed chart's data", () => {
  it("ships only the two series it draws, as parallel arrays", () => {
    expect(Object.keys(data).sort()).toEqual(
      ["events", "everyWeekFrom", "largestTreasuryRise", "total", "treasuries", "weeks"].sort(),
    );
    expect(data.total).toHaveLength(data.weeks.length);
    expect(data.treasuries).toHaveLength(data.weeks.length);
  });

  it("draws from the first week of 2003 to the last week in the file, with each week's values unchanged", () => {
    expect(new Date(data.weeks[0]!).toISOString().slice(0, 10)).toBe("2003-01-01");
    expect(data.weeks.at(-1)).toBe(file.at(-1)!.date.getTime());
    data.weeks.forEach((t, i) => {
      const week = fromFile.get(t);
      expect(week, new Date(t).toISOString()).toBeDefined();
      expect([data.total[i], data.treasuries[i]]).toEqual([week!.totalAssets, week!.treasuries]);
    });
  });

  it("has every week from 2024 and no gap longer than two weeks before", () => {
    const from = utc(EVERY_WEEK_FROM);
    for (let i = 1; i < data.weeks.length; i++) {
      const gap = data.weeks[i]! - data.weeks[i - 1]!;
      expect(gap).toBeLessThanOrEqual(data.weeks[i - 1]! >= from ? WEEK : 2 * WEEK);
    }
    const fileWeeksFrom2003 = file.filter((w) => w.date.getTime() >= utc("2003-01-01")).length;
    expect(data.weeks.length).toBeLessThan(fileWeeksFrom2003 * 0.6);
  });

  it("keeps the weeks before and at every decision, so the numbers match the full series", () => {
    const full: FedData = { ...data, ...asArrays(file.filter((w) => w.date.getTime() >= utc("2003-01-01"))) };
    for (const e of data.events)
      for (const t of [e.announced, e.effective]) {
        if (t === null) continue;
        expect(weekOnOrBefore(data, t).date, e.id).toBe(weekOnOrBefore(full, t).date);
        expect(weekBefore(data, t).date, e.id).toBe(weekBefore(full, t).date);
      }
    for (const band of programmeBands(data.events))
      expect(weekBefore(data, band.start).date).toBe(weekBefore(full, band.start).date);
  });

  it("keeps the extremes the steps name: the 2007 Treasury peak and the April 2022 total-assets peak", () => {
    expect(data.weeks).toContain(utc("2007-08-08"));
    expect(data.weeks).toContain(utc("2022-04-13"));
  });

  it("records the largest one-week rise in Treasury holdings from every week, not only the drawn ones", () => {
    let best = { week: 0, change: -Infinity };
    const weeks = file.filter((w) => w.date.getTime() >= utc("2003-01-01"));
    for (let i = 1; i < weeks.length; i++) {
      const change = weeks[i]!.treasuries - weeks[i - 1]!.treasuries;
      if (change > best.change) best = { week: weeks[i]!.date.getTime(), change };
    }
    expect(data.largestTreasuryRise).toEqual(best);
    expect(new Date(best.week).toISOString().slice(0, 10)).toBe("2020-04-01");
  });

  it("passes the programme rows through unchanged", () => {
    expect(data.events).toEqual(loadFedProgrammes());
  });

  it("fails with the file named when it has no weeks to draw", () => {
    expect(() => buildFedData(file.slice(0, 1), [])).toThrow(/fed_balance_sheet_weekly\.csv/);
  });
});

function asArrays(weeks: readonly FedBalanceSheetWeek[]): Pick<FedData, "weeks" | "total" | "treasuries"> {
  return {
    weeks: weeks.map((w) => w.date.getTime()),
    total: weeks.map((w) => w.totalAssets),
    treasuries: weeks.map((w) => w.treasuries),
  };
}
