// The yield chart's accessible table (what a reader needs to check the story) and its CSV (what it draws).
import { describe, expect, it } from "vitest";
import { yieldData } from "../../../src/charts/yield/data";
import { yieldCsv, yieldTable } from "../../../src/charts/yield/table";

const data = yieldData();
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("yield table", () => {
  it("has four columns and says in each section's first row what the rows below are", () => {
    for (const lang of ["en", "ja"] as const) {
      const table = yieldTable(data, lang);
      expect(table.columns).toHaveLength(4);
      for (const row of table.rows) expect(row).toHaveLength(4);
      const sections = table.rows.filter((r) => r.slice(1).every((cell) => cell === "")).map((r) => r[0]);
      expect(sections).toHaveLength(4);
    }
    const sections = yieldTable(data, "en").rows.filter((r) => r[1] === "" && r[2] === "");
    expect(sections.map((r) => r[0])).toEqual([
      "Daily closes, 1–16 April 2025 (FRED)",
      "The article's figures (intraday, delayed quotes, as printed)",
      `Largest weekly rises since 1962 (rank among ${data.weekly.total.toLocaleString("en-US")} weeks, by the week's last trading day)`,
      "Long-run milestones (daily closes)",
    ]);
  });

  it("lists every April 1-16 close, with the weekly change on the days that end a week", () => {
    const rows = yieldTable(data, "en").rows.filter((r) => r[1] === "Close");
    const april = data.daily.dates.filter((t) => t >= day("2025-04-01") && t <= day("2025-04-16"));
    expect(rows).toHaveLength(april.length);
    expect(rows.find((r) => r[0] === "Apr 11, 2025")).toEqual([
      "Apr 11, 2025",
      "Close",
      "4.48%",
      "+47 bp (+11.72%)",
    ]);
    expect(rows.find((r) => r[0] === "Apr 9, 2025")?.[3]).toBe("");
  });

  it("ranks the weekly rises at least as large as 4-11 April 2025, largest first, ending with that week", () => {
    const rows = yieldTable(data, "en").rows.filter((r) => r[1]?.startsWith("Rank "));
    expect(rows).toHaveLength(data.weekly.largest.length);
    expect(rows[0]?.[1]).toBe("Rank 1");
    expect(rows.at(-1)).toEqual(["Week to Apr 11, 2025", "Rank 22", "4.48%", "+47 bp"]);
    // Equal rises share a rank, as in the facts.
    const ranks = rows.map((r) => Number(r[1]?.slice("Rank ".length)));
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]!);
  });

  it("quotes the article as printed, in Japanese too", () => {
    const en = yieldTable(data, "en").rows.filter((r) => r[1] === "Article");
    expect(en.map((r) => r[2])).toEqual(expect.arrayContaining(["4.43%", "4.416%", "≈4.01%"]));
    const ja = yieldTable(data, "ja").rows;
    expect(ja).toContainEqual(["2025年4月4日", "記事", "約4.01%", ""]);
    expect(ja.find((r) => r[1] === "記事: 1週間の変化率")?.[3]).toBe("+10.32%");
  });
});

describe("yield CSV", () => {
  it("holds exactly what the chart draws, one tagged row per drawn thing", () => {
    const csv = yieldCsv(data);
    const layer = (name: string) => csv.rows.filter((r) => r[0] === name);
    expect(csv.header).toEqual(["layer", "date", "value", "unit", "bin_from_bp", "bin_to_bp", "note"]);
    expect(layer("long_run_reduced")).toHaveLength(data.long.dates.length);
    expect(layer("daily_close_2025")).toHaveLength(data.daily.dates.length);
    expect(layer("weekly_change_histogram")).toHaveLength(data.weekly.binStarts.length);
    expect(layer("article_quote")).toHaveLength(data.article.quotes.length);
    expect(layer("focus_week_change")).toEqual([
      [
        "focus_week_change",
        "2025-04-11",
        47,
        "bp",
        null,
        null,
        `from the close of 2025-04-04; rank 22 of ${data.weekly.total} weekly changes`,
      ],
    ]);
    for (const row of csv.rows) expect(row).toHaveLength(csv.header.length);
  });
});
