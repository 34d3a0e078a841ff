// Server only: the spreads chart's data, trimmed to what it draws: January–May 2025 of the two ICE BofA spreads
// (not the 29 years in the file), in basis points, and the article's spread table from article_figures.csv.
import { type ArticleFigure, type OasDay, loadArticleFigures, loadOas } from "../../data/series";
import { type ArticleRow, type SpreadsData, spreadsHighlights, utc } from "./spreads-data";
import { shippedWindow } from "./steps";

/** Percent to basis points without binary noise: 0.96 % is 96 bp, not 96.00000000000001. */
export function toBp(percent: number): number {
  return Math.round(percent * 100 * 1e6) / 1e6;
}

/** The article's table rows, each tagged with the rating index it quotes, in date order. */
export function articleSpreadRows(figures: readonly ArticleFigure[]): ArticleRow[] {
  return figures
    .flatMap((f): ArticleRow[] => {
      if (f.date === null || f.unit !== "bp") return [];
      if (f.figure === "ig-oas-a") return [{ date: f.date.getTime(), value: f.value, rating: "A" }];
      if (f.figure === "ig-oas-aa") return [{ date: f.date.getTime(), value: f.value, rating: "AA" }];
      return [];
    })
    .sort((a, b) => a.date - b.date);
}

export function buildSpreadsData(days: readonly OasDay[], figures: readonly ArticleFigure[]): SpreadsData {
  const from = utc(shippedWindow.from);
  const to = utc(shippedWindow.to);
  const shipped = days.filter((d) => {
    const t = d.date.getTime();
    return t >= from && t <= to && (d.ig !== null || d.hy !== null);
  });
  const widening = figures.find((f) => f.figure === "ig-spread-widening" && f.unit === "bp");
  const data: SpreadsData = {
    dates: shipped.map((d) => d.date.getTime()),
    ig: shipped.map((d) => (d.ig === null ? null : toBp(d.ig))),
    hy: shipped.map((d) => (d.hy === null ? null : toBp(d.hy))),
    article: { rows: articleSpreadRows(figures), wideningBp: widening?.value ?? null },
  };
  // Fail the build, not the reader's browser, if a day the story names is missing from the file.
  spreadsHighlights(data);
  return data;
}

export function spreadsData(): SpreadsData {
  return buildSpreadsData(loadOas(), loadArticleFigures());
}
