// The yield chart's data, built from the real files through the loaders: the story's numbers and the payload size.
import { utcMonday } from "d3-time";
import { describe, expect, it } from "vitest";
import { yieldData } from "../../../src/charts/yield/data";
import { loadArticleFigures, loadDgs10 } from "../../../src/data/series";
import { getFact } from "../../../src/data/facts";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

describe("yield chart data (real DGS10 and article figures)", () => {
  const data = yieldData();

  it("ranks the 4-11 April 2025 rise among all weekly changes since 1962", () => {
    // An independent count: last close of each Monday-based week, minus the previous week's last close.
    const lastOfWeek = new Map<number, number>();
    for (const p of loadDgs10())
      if (p.value !== null) lastOfWeek.set(utcMonday.floor(p.date).getTime(), p.value);
    const closes = [...lastOfWeek.values()];
    const changes = closes.slice(1).map((c, i) => Math.round((c - closes[i]!) * 1e4) / 100);
    const focus = data.weekly.focus;
    expect(focus.end).toBe(day("2025-04-11"));
    expect(focus.previousEnd).toBe(day("2025-04-04"));
    expect(focus.rank).toBe(1 + changes.filter((c) => c > focus.changeBp).length);
  });

  it("agrees with the facts the prose prints (rank, weeks compared, last larger rise)", () => {
    const rank = getFact("dgs10-week-rank");
    const weeks = getFact("dgs10-weeks-count");
    const last = getFact("dgs10-week-larger-last");
    const bp = getFact("dgs10-week-change-bp");
    expect(rank.kind === "rank" && rank.value).toBe(data.weekly.focus.rank);
    expect(weeks.kind === "count" && weeks.value).toBe(data.weekly.total);
    expect(last.kind === "day" && last.date.getTime()).toBe(data.weekly.lastLarger?.end);
    expect(bp.kind === "bp" && bp.value).toBe(data.weekly.focus.changeBp);
  });

  it("finds the article's 'largest weekly rise in about 20 years' holds: the last larger rise was in November 2001", () => {
    expect(data.weekly.focus.changeBp).toBe(47);
    expect(isoOf(data.weekly.lastLarger!.end)).toBe("2001-11-16");
    expect(data.weekly.lastLarger!.changeBp).toBeGreaterThan(data.weekly.focus.changeBp);
    // Every week listed as at least as large really is, and the list is exactly the ranks above plus ties.
    expect(data.weekly.largest).toHaveLength(data.weekly.focus.rank + data.weekly.focus.ties);
    for (const w of data.weekly.largest) expect(w.changeBp).toBeGreaterThanOrEqual(47);
  });

  it("bins every weekly change exactly once, in 5 bp bins with 0 on an edge", () => {
    const { binStarts, counts, binWidth, total } = data.weekly;
    expect(binWidth).toBe(5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    for (const start of binStarts) expect(Number.isInteger(start / 5)).toBe(true);
    const focusBin = binStarts.findIndex((s) => 47 >= s && 47 < s + binWidth);
    expect(binStarts[focusBin]).toBe(45);
  });

  it("ships a small payload: a few hundred long-run points, 2025's closes and the bins, not every weekly change", () => {
    expect(data.long.dates.length).toBeGreaterThan(200);
    expect(data.long.dates.length).toBeLessThan(600);
    expect(data.daily.dates.every((t) => new Date(t).getUTCFullYear() === 2025)).toBe(true);
    expect(data.weekly.binStarts.length).toBeLessThan(60);
    expect(JSON.stringify(data).length).toBeLessThan(25_000);
  });

  it("keeps the reduced long line's ends, its extremes and the spike's two closes", () => {
    const values = loadDgs10().flatMap((p) => (p.value === null ? [] : [p]));
    expect(data.long.dates[0]).toBe(values[0]!.date.getTime());
    expect(data.long.dates.at(-1)).toBe(values.at(-1)!.date.getTime());
    expect(data.long.dates).toContain(data.extremes.max.date);
    expect(data.long.dates).toContain(data.extremes.min.date);
    expect(data.long.dates).toContain(day("2025-04-04"));
    expect(data.long.dates).toContain(day("2025-04-11"));
  });

  it("has every 2025 close and no entry for days without trading", () => {
    const in2025 = loadDgs10().filter((p) => p.date.getUTCFullYear() === 2025);
    const traded = in2025.filter((p) => p.value !== null);
    expect(data.daily.dates).toEqual(traded.map((p) => p.date.getTime()));
    expect(data.daily.values).toEqual(traded.map((p) => p.value));
    expect(in2025.length).toBeGreaterThan(traded.length); // FRED's holidays are really left out
  });

  it("takes the article's quotes from article_figures.csv, at the precision it printed", () => {
    const figures = loadArticleFigures();
    for (const q of data.article.quotes) {
      const row = figures.find((f) => f.date?.getTime() === q.date && f.value === q.value);
      expect(row, isoOf(q.date)).toBeDefined();
      expect(q.decimals).toBe(row!.decimals);
    }
    const byDay = (iso: string) => data.article.quotes.filter((q) => q.date === day(iso)).map((q) => q.value);
    expect(byDay("2025-04-11")).toEqual([4.43]);
    expect(byDay("2025-04-10")).toEqual([4.4, 4.416]);
    expect(byDay("2025-04-09")).toEqual([4.34, 4.424]);
    expect(data.article.quotes.find((q) => q.date === day("2025-04-04"))?.approximate).toBe(true);
    expect(data.article.weekChangePct).toBe(figures.find((f) => f.figure === "dgs10-week-change")?.value);
  });
});
