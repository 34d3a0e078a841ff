// The numbers behind the Fed chart: a table a reader can check the story with, and a CSV of exactly what is drawn.
import { describe, expect, it } from "vitest";
import { csvText } from "../../../src/charts/csv";
import { fedData } from "../../../src/charts/fed/data";
import { fedCsv, fedTable } from "../../../src/charts/fed/table";

const data = fedData();

describe("the Fed chart's data table", () => {
  it("lists every Fed decision with its source and the balance sheet in the week before", () => {
    const table = fedTable(data, "en");
    const qt2 = table.rows.find((r) => r[1]?.startsWith("Second run-off (QT) begins"));
    expect(qt2).toEqual([
      "May 4, 2022",
      "Second run-off (QT) begins (takes effect June 1, 2022): “Plans for Reducing the Size of the Federal Reserve's Balance Sheet” https://www.federalreserve.gov/newsevents/pressreleases/monetary20220504b.htm",
      "8.939",
      "5.764",
    ]);
    for (const e of data.events)
      expect(
        table.rows.some((r) => r[1]?.includes(e.sourceUrl)),
        e.id,
      ).toBe(true);
  });

  it("gives the size before and after each programme and the latest week, in Japanese too", () => {
    const ja = fedTable(data, "ja");
    expect(ja.columns).toEqual(["日付", "内容", "総資産(兆ドル)", "米国債(兆ドル)"]);
    expect(ja.rows).toContainEqual(["2020年3月11日", "2020年の購入の開始前の週", "4.312", "2.523"]);
    expect(ja.rows).toContainEqual(["2026年6月17日", "最新の週", "6.736", "4.487"]);
  });
});

describe("the Fed chart's CSV", () => {
  it("holds every drawn week in millions of USD and every decision with its source", () => {
    const csv = fedCsv(data);
    const weekly = csv.rows.filter((r) => r[0] === "weekly");
    const decisions = csv.rows.filter((r) => r[0] === "decision");
    expect(weekly).toHaveLength(data.weeks.length);
    expect(decisions).toHaveLength(data.events.length);
    expect(weekly.at(-1)).toEqual([
      "weekly",
      "2026-06-17",
      6736424,
      4487319,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(csvText(csv).split("\n")[0]).toBe(
      "layer,date,total_assets_musd,treasuries_musd,programme,event,effective,label,source_title,source_url",
    );
  });
});
