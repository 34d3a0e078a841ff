// The numbers behind the shares chart: the accessible table and the CSV say what the chart draws, with the
// amounts the shares come from and where the TIC series breaks.
import { describe, expect, it } from "vitest";
import { csvText } from "../../../src/charts/csv";
import { sharesData } from "../../../src/charts/shares/data";
import { sharesCsv, sharesTable } from "../../../src/charts/shares/table";

const data = sharesData();

describe("shares table and CSV", () => {
  it("has one row per month in both", () => {
    expect(sharesTable(data, "en").rows).toHaveLength(data.months.length);
    expect(sharesCsv(data).rows).toHaveLength(data.months.length);
  });

  it("gives shares in percent with two decimals beside the dollar amounts they come from", () => {
    const csv = sharesCsv(data);
    expect(csv.header).toEqual([
      "month_end",
      "china_share_pct",
      "japan_share_pct",
      "china_busd",
      "japan_busd",
      "total_foreign_busd",
      "tic_series_break",
    ]);
    const july2011 = csv.rows.find((r) => r[0] === "2011-07");
    expect(july2011?.slice(1, 3)).toEqual([28.17, 18.96]);
  });

  it("flags the June survey breaks and the December 2011 method change", () => {
    const kind = (month: string) => sharesCsv(data).rows.find((r) => r[0] === month)?.[6];
    expect(kind("2011-06")).toBe("survey");
    expect(kind("2011-12")).toBe("method");
    expect(kind("2012-06")).toBe("");
    const row = sharesTable(data, "ja").rows.find((r) => r[0] === "2011年12月");
    expect(row?.at(-1)).toBe("区切り(新方式)");
  });

  it("prints the table in the reader's language", () => {
    const en = sharesTable(data, "en");
    expect(en.columns[1]).toBe("China (share)");
    expect(en.rows.find((r) => r[0] === "Jul 2011")?.[1]).toBe("28.2%");
    expect(sharesTable(data, "ja").columns[0]).toBe("月末");
  });

  it("writes CSV with a header line and no empty values for drawn months", () => {
    const text = csvText(sharesCsv(data));
    expect(text.split("\n")[0]).toBe(
      "month_end,china_share_pct,japan_share_pct,china_busd,japan_busd,total_foreign_busd,tic_series_break",
    );
    expect(text).not.toContain("NaN");
  });
});
