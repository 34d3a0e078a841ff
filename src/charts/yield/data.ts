// Server only: the yield chart's data, trimmed to exactly what it draws: the 10-year yield since 1962 reduced to a
// few hundred points, every close of 2025, the weekly changes as histogram bins with the article's week ranked,
// and the article's own figures from content/data/article_figures.csv.
import { reduceDaily } from "../../data/reduce";
import {
  type ArticleFigure,
  type ArticleFigureKind,
  type DailyPoint,
  loadArticleFigures,
  loadDgs10,
} from "../../data/series";
import { weeklyChanges as dataWeeklyChanges } from "../../data/weekly-changes";
import { focusWeek, yieldStepSpecs } from "./steps";
import { histogramOf, rankRise } from "./week-rank";
import type { ArticleQuote, DatedValue, WeeklyChange, YieldData } from "./yield-data";
import { utc } from "./yield-data";

/** Five basis points a bin: about forty bars across the whole history, each wide enough to see on a phone. */
export const HISTOGRAM_BIN_BP = 5;

/** A few hundred points draw 64 years of daily closes with no visible loss at any screen width. */
export const LONG_LINE_POINTS = 480;

/** Article rows that quote the 10-year yield on a given day. */
const QUOTE_KINDS: readonly ArticleFigureKind[] = ["dgs10-level", "dgs10-intraday"];

/**
 * A row that is not a quote for its day but the figure the article computed its weekly change from (4.409 on
 * 11 April, next to its 4.43 quote). Drawn beside the quotes it would read as a third quote for that day.
 */
const isWeeklyChangeBasis = (f: ArticleFigure) => f.id.endsWith("-basis");

/** Week-on-week changes from the data layer (the facts use the same), in this chart's units: ms and bp. */
export function weeklyChangesBp(series: readonly DailyPoint[]): WeeklyChange[] {
  return dataWeeklyChanges(series).map((w) => ({
    end: w.weekEnd.getTime(),
    previousEnd: w.previousWeekEnd.getTime(),
    // As the dgs10-week-change-bp fact rounds it: whole bp stay whole (0.47 * 100 is 47.00000000000001).
    changeBp: Math.round(w.change * 100 * 1e6) / 1e6,
    close: w.close,
  }));
}

function withValues(series: readonly DailyPoint[]): DatedValue[] {
  return series.flatMap((p) => (p.value === null ? [] : [{ date: p.date.getTime(), value: p.value }]));
}

export function articleYieldFigures(figures: readonly ArticleFigure[]): YieldData["article"] {
  const quotes = figures.flatMap((f): ArticleQuote[] =>
    QUOTE_KINDS.includes(f.figure) && f.date !== null && !isWeeklyChangeBasis(f)
      ? [
          {
            date: f.date.getTime(),
            value: f.value,
            decimals: f.decimals,
            approximate: /^[~≈約]/.test(f.asPrinted.trim()),
          },
        ]
      : [],
  );
  const week = figures.find((f) => f.figure === "dgs10-week-change");
  return { quotes, weekChangePct: week?.value ?? null };
}

export function buildYieldData(series: readonly DailyPoint[], figures: readonly ArticleFigure[]): YieldData {
  const closes = withValues(series);
  const first = closes[0];
  const latest = closes[closes.length - 1];
  if (!first || !latest) throw new Error("yield chart: the DGS10 series has no values");

  const long = reduceDaily(series, {
    threshold: LONG_LINE_POINTS,
    // The spike's two ends stay on the reduced line, so the long view's marker sits on it.
    keep: [new Date(utc(focusWeek.from)), new Date(utc(focusWeek.to))],
  });
  const yearSpec = yieldStepSpecs["zoom-2025"];
  const year = closes.filter((c) => c.date >= utc(yearSpec.from) && c.date <= utc(yearSpec.to));

  const weeks = weeklyChangesBp(series);
  const focus = weeks.find((w) => w.end === utc(focusWeek.to));
  if (!focus || focus.previousEnd !== utc(focusWeek.from)) {
    throw new Error(
      `yield chart: content/data/dgs10_daily.csv has no week from ${focusWeek.from} to ${focusWeek.to}`,
    );
  }
  const rank = rankRise(weeks, focus);
  const byValue = (better: (a: number, b: number) => boolean) =>
    closes.reduce((best, c) => (better(c.value, best.value) ? c : best), first);

  return {
    long: { dates: long.map((p) => p.date.getTime()), values: long.map((p) => p.value) },
    daily: { dates: year.map((c) => c.date), values: year.map((c) => c.value) },
    extremes: { first, latest, max: byValue((a, b) => a > b), min: byValue((a, b) => a < b) },
    weekly: {
      ...histogramOf(
        weeks.map((w) => w.changeBp),
        HISTOGRAM_BIN_BP,
      ),
      total: weeks.length,
      firstEnd: weeks[0]?.end ?? first.date,
      focus: { ...focus, rank: rank.rank, ties: rank.ties },
      lastLarger: rank.lastLarger,
      largest: rank.atLeastAsLarge,
    },
    article: articleYieldFigures(figures),
  };
}

export function yieldData(): YieldData {
  return buildYieldData(loadDgs10(), loadArticleFigures());
}
