// The auction chart's small helpers on fixtures: the beeswarm, label wrapping, formats and the data tables.
import { describe, expect, it } from "vitest";
import { monthSpan, ordinal, ratioText } from "../../../src/charts/auctions/auctions-format";
import { auctionsData } from "../../../src/charts/auctions/data";
import { levelStep, swarmLevels } from "../../../src/charts/auctions/swarm";
import { auctionsCsv, auctionsTable, termText } from "../../../src/charts/auctions/table";
import { textWidth, wrapText } from "../../../src/charts/auctions/text-layout";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("swarmLevels", () => {
  it("keeps dots that share a level at least a diameter and gap apart", () => {
    const xs = [10, 10, 10, 12, 14, 30, 31, 10.5];
    const levels = swarmLevels(xs, 3, 1);
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++)
        if (levels[i] === levels[j]) expect(Math.abs(xs[i]! - xs[j]!)).toBeGreaterThanOrEqual(7);
  });

  it("fills the centre line first, then below, then above", () => {
    expect(swarmLevels([5, 5, 5, 5], 2)).toEqual([0, 1, -1, 2]);
    expect(swarmLevels([0, 100], 2)).toEqual([0, 0]);
  });

  it("places the dots named first before the rest, so they take the centre line", () => {
    expect(swarmLevels([5, 5, 5], 2, 1, [2])).toEqual([1, -1, 0]);
  });

  it("squeezes the levels into the room there is, never past it", () => {
    const levels = [0, 1, -1, 2, -2, 3];
    expect(levelStep(levels, 3, 100)).toBe(7);
    const step = levelStep(levels, 3, 12);
    expect(3 * step + 3).toBeLessThanOrEqual(12 + 1e-9);
    expect(levelStep([0, 0], 3, 1)).toBe(7);
  });
});

describe("wrapText", () => {
  it("keeps English lines within the width and words whole", () => {
    const lines = wrapText(
      "Bid-to-cover ratio of every auction, Jan 2022–Oct 2025 (46 each)",
      200,
      "a-note",
      "en",
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, "a-note")).toBeLessThanOrEqual(200);
    expect(lines.join(" ")).toBe("Bid-to-cover ratio of every auction, Jan 2022–Oct 2025 (46 each)");
  });

  it("never ends a Japanese line on an opening bracket or starts one with closing punctuation", () => {
    const text = "応札倍率、2022年1月〜2025年10月の全入札(各46回)";
    for (let width = 80; width <= 320; width += 8)
      for (const line of wrapText(text, width, "axis-title", "ja")) {
        expect(line, `${width}`).not.toMatch(/[((]$/);
        expect(line, `${width}`).not.toMatch(/^[、。))]/);
      }
  });
});

describe("auction formats", () => {
  it("prints ratios with two decimals and ranks in each language", () => {
    expect(ratioText(2.7, "en")).toBe("2.70");
    expect(ratioText(2.575, "ja")).toBe("2.58");
    expect([1, 2, 3, 9, 11, 22, 43].map((n) => ordinal(n, "en"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "9th",
      "11th",
      "22nd",
      "43rd",
    ]);
    expect(ordinal(9, "ja")).toBe("9位");
  });

  it("says a span of months with the year once where both ends share it", () => {
    expect(monthSpan(utc("2025-05-05"), utc("2025-10-09"), "en")).toBe("May–Oct 2025");
    expect(monthSpan(utc("2022-01-05"), utc("2025-10-09"), "en", "words")).toBe("Jan 2022 to Oct 2025");
    expect(monthSpan(utc("2025-05-05"), utc("2025-10-09"), "ja")).toBe("2025年5月〜10月");
    expect(monthSpan(utc("2022-01-05"), utc("2025-10-09"), "ja")).toBe("2022年1月〜2025年10月");
  });

  it("translates Treasury's terms for Japanese readers", () => {
    expect(termText("9-Year 10-Month", "ja")).toBe("9年10カ月");
    expect(termText("30-Year", "ja")).toBe("30年");
    expect(termText("29-Year 11-Month", "en")).toBe("29-Year 11-Month");
  });
});

describe("auction tables", () => {
  const data = auctionsData();
  const auctions = data.tenors.reduce((n, t) => n + t.dates.length, 0);

  it("lists every auction the chart draws under its tenor, with its rank and what it is", () => {
    const table = auctionsTable(data, "en");
    expect(table.rows).toHaveLength(auctions + data.tenors.length);
    expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
    expect(table.rows[0]?.[0]).toBe("3-year note: 46 auctions, median 2.58");
    expect(table.rows).toContainEqual([
      "Apr 9, 2025",
      "9-Year 10-Month",
      "2.67",
      "43rd of 46",
      "Week of the spike; Reopening",
    ]);
    const ja = auctionsTable(data, "ja");
    expect(ja.rows).toContainEqual(["2025年4月8日", "3年", "2.47", "9位/46", "急騰の週の入札"]);
  });

  it("offers the same auctions as CSV, locale-neutral, with the week of the spike flagged", () => {
    const csv = auctionsCsv(data);
    expect(csv.rows).toHaveLength(auctions);
    expect(csv.header).toContain("bid_to_cover");
    expect(csv.rows).toContainEqual([
      "3-Year",
      "2025-04-08",
      "3-Year",
      2.47,
      9,
      46,
      2.575,
      "week_of_april_2025_spike",
    ]);
    expect(csv.rows.filter((r) => r[7] === "week_of_april_2025_spike")).toHaveLength(3);
  });
});
