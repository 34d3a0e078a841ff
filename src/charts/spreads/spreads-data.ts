// The spreads chart's data as the browser receives it, and the story's numbers computed from it (pure).
import { highYieldDays, moveWeek, shippedWindow } from "./steps";

/** The two ratings the article's table quotes, each a different ICE BofA sub-index. */
export type Rating = "A" | "AA";

/** One row of the article's spread table, as printed (basis points). */
export interface ArticleRow {
  /** UTC ms of the day the row is for. */
  date: number;
  value: number;
  rating: Rating;
}

/** What the browser receives: January–May 2025 only, as parallel arrays (compact JSON), spreads in bp. */
export interface SpreadsData {
  /** Every day the file has a value for, UTC ms, in order. */
  dates: number[];
  /** ICE BofA US Corporate Index OAS (all investment-grade ratings), bp; null where the source has none. */
  ig: Array<number | null>;
  /** ICE BofA US High Yield Index OAS, bp. */
  hy: Array<number | null>;
  article: {
    /** The article's table in date order: rows for 1–3 April are A-rated, for 4–8 April AA-rated. */
    rows: ArticleRow[];
    /** The article's "nearly 30 bp in a week", without its hedge (which the labels add). */
    wideningBp: number | null;
  };
}

export type SeriesId = "ig" | "hy";

export interface DatedValue {
  date: number;
  value: number;
}

export function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The value of `series` on day `t`, if the file has one. */
export function valueOn(data: SpreadsData, series: SeriesId, t: number): number | undefined {
  const i = data.dates.indexOf(t);
  return i < 0 ? undefined : (data[series][i] ?? undefined);
}

/** The days of `series` with a value within [from, to], in date order. */
export function valuesBetween(data: SpreadsData, series: SeriesId, from: number, to: number): DatedValue[] {
  return data.dates.flatMap((date, i) => {
    const value = data[series][i];
    return date >= from && date <= to && value !== null && value !== undefined ? [{ date, value }] : [];
  });
}

/** A change between two days of one series. */
export interface Move {
  from: DatedValue;
  to: DatedValue;
  changeBp: number;
}

function requireOn(data: SpreadsData, series: SeriesId, iso: string): DatedValue {
  const date = utc(iso);
  const value = valueOn(data, series, date);
  if (value === undefined)
    throw new Error(`spreads chart: no ${series} spread on ${iso} in the shipped data`);
  return { date, value };
}

function move(data: SpreadsData, series: SeriesId, from: string, to: string): Move {
  const a = requireOn(data, series, from);
  const b = requireOn(data, series, to);
  // Whole basis points stay whole (121 - 96 is exactly 25, but 1.21 - 0.96 in percent would not be).
  return { from: a, to: b, changeBp: Math.round((b.value - a.value) * 1e6) / 1e6 };
}

/** A run of the article's rows that quote one rating's index. */
export interface ArticleGroup {
  rating: Rating;
  rows: ArticleRow[];
}

/** The article's rows as runs of one rating, in date order. */
export function articleGroups(rows: readonly ArticleRow[]): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.rating === row.rating) last.rows.push(row);
    else groups.push({ rating: row.rating, rows: [row] });
  }
  return groups;
}

/** Day-to-day moves inside one group of the article's rows, next to the all-grades index's move on the same days. */
export interface PairedMove {
  rating: Rating;
  from: number;
  to: number;
  articleBp: number;
  indexBp: number;
}

export interface SpreadsHighlights {
  /** 2 → 9 April 2025 in the investment-grade index. */
  week: Move;
  /** The investment-grade index's low, high and last day in the shipped months (the first day, if tied). */
  low: DatedValue;
  high: DatedValue;
  first: DatedValue;
  last: DatedValue;
  /** High yield over the days the chapter quotes, and investment grade over the same days. */
  highYield: Move;
  investmentGradeSameDays: Move;
  groups: ArticleGroup[];
  /** Where the table switches index: its last row of one rating and the first of the next, with the index on both days. */
  switch: { before: ArticleRow; after: ArticleRow; indexBefore: number; indexAfter: number } | null;
  /** Moves within each group, which can be compared in direction with the index; levels cannot. */
  pairedMoves: PairedMove[];
}

export function spreadsHighlights(data: SpreadsData): SpreadsHighlights {
  const ig = valuesBetween(data, "ig", utc(shippedWindow.from), utc(shippedWindow.to));
  const first = ig[0];
  const last = ig[ig.length - 1];
  if (!first || !last) throw new Error("spreads chart: no investment-grade spread in the shipped months");
  const pick = (better: (a: number, b: number) => boolean) =>
    ig.reduce((best, d) => (better(d.value, best.value) ? d : best), first);

  const groups = articleGroups(data.article.rows);
  const indexOn = (t: number) => valueOn(data, "ig", t);
  let switchPoint: SpreadsHighlights["switch"] = null;
  for (let g = 1; g < groups.length && switchPoint === null; g++) {
    const before = groups[g - 1]?.rows.at(-1);
    const after = groups[g]?.rows[0];
    const indexBefore = before && indexOn(before.date);
    const indexAfter = after && indexOn(after.date);
    if (before && after && indexBefore !== undefined && indexAfter !== undefined)
      switchPoint = { before, after, indexBefore, indexAfter };
  }

  const pairedMoves = groups.flatMap((group) =>
    group.rows.slice(1).flatMap((row, i): PairedMove[] => {
      const previous = group.rows[i];
      const a = previous && indexOn(previous.date);
      const b = indexOn(row.date);
      if (!previous || a === undefined || b === undefined) return [];
      return [
        {
          rating: group.rating,
          from: previous.date,
          to: row.date,
          articleBp: row.value - previous.value,
          indexBp: Math.round((b - a) * 1e6) / 1e6,
        },
      ];
    }),
  );

  return {
    week: move(data, "ig", moveWeek.from, moveWeek.to),
    low: pick((a, b) => a < b),
    high: pick((a, b) => a > b),
    first,
    last,
    highYield: move(data, "hy", highYieldDays.from, highYieldDays.to),
    investmentGradeSameDays: move(data, "ig", highYieldDays.from, highYieldDays.to),
    groups,
    switch: switchPoint,
    pairedMoves,
  };
}
