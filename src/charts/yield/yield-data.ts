// The yield chart's data as the browser receives it, and the story's numbers computed from it (pure).
import { focusWeek } from "./steps";

/** A dated series as parallel arrays (compact JSON): UTC milliseconds and yields in percent. */
export interface DatedSeries {
  dates: number[];
  values: number[];
}

export interface DatedValue {
  date: number;
  value: number;
}

/** A week-on-week change: the week's last close minus the previous week's last close, in basis points. */
export interface WeeklyChange {
  /** The last trading day of the week (UTC ms). */
  end: number;
  /** The last trading day of the week before, whose close the change is measured from. */
  previousEnd: number;
  changeBp: number;
  /** The week's last close (%). */
  close: number;
}

/** A yield as the article printed it. */
export interface ArticleQuote {
  /** The day it is given for (UTC ms). */
  date: number;
  /** Percent. */
  value: number;
  /** Decimal places as printed ("4.40" has two). */
  decimals: number;
  /** Printed with a hedge ("~4.01%"). */
  approximate: boolean;
}

/** What the browser receives: a few hundred points for the long line, one year of closes, histogram bins. */
export interface YieldData {
  /** The whole daily series reduced to a few hundred points (LTTB) for the long view. */
  long: DatedSeries;
  /** Every daily close of the zoom year; days without trading are absent, never zero. */
  daily: DatedSeries;
  /** From the full daily series: the reduced line may not keep these exact points. */
  extremes: { first: DatedValue; latest: DatedValue; max: DatedValue; min: DatedValue };
  weekly: {
    /** Bin width in basis points; bins are [start, start + width). */
    binWidth: number;
    binStarts: number[];
    counts: number[];
    /** How many weekly changes the histogram holds. */
    total: number;
    /** End of the first week with a change (the histogram's "since"). */
    firstEnd: number;
    /** The week ending on the article's date. */
    focus: WeeklyChange & { rank: number; ties: number };
    /** The most recent earlier week with a larger rise, if there is one. */
    lastLarger: WeeklyChange | null;
    /** Every week that rose at least as much as the focus week, largest first (the table's ranking). */
    largest: WeeklyChange[];
  };
  article: {
    /** Every 10-year yield the article printed for a day, in the article's order (some days have two). */
    quotes: ArticleQuote[];
    /** The weekly change the article printed, in percent of the yield (its "+10.32 %"). */
    weekChangePct: number | null;
  };
}

export function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The close on day `t` from the daily series, if the market traded that day. */
export function closeOn(data: YieldData, t: number): number | undefined {
  const i = data.daily.dates.indexOf(t);
  return i < 0 ? undefined : data.daily.values[i];
}

/** Daily closes within [from, to], in date order. */
export function closesBetween(data: YieldData, from: number, to: number): DatedValue[] {
  return data.daily.dates.flatMap((date, i) =>
    date >= from && date <= to ? [{ date, value: data.daily.values[i] ?? Number.NaN }] : [],
  );
}

export interface YieldHighlights {
  weekStart: DatedValue;
  weekEnd: DatedValue;
  weekChangeBp: number;
  /** The same week as a relative change of the yield, like the article's "+10.32 %". */
  weekChangePct: number;
  yearHigh: DatedValue;
  yearLow: DatedValue;
  yearFirst: DatedValue;
  yearLast: DatedValue;
}

export function yieldHighlights(data: YieldData): YieldHighlights {
  const point = (iso: string): DatedValue => ({
    date: utc(iso),
    value: closeOn(data, utc(iso)) ?? Number.NaN,
  });
  const weekStart = point(focusWeek.from);
  const weekEnd = point(focusWeek.to);
  const year = closesBetween(data, -Infinity, Infinity);
  const pick = (better: (a: number, b: number) => boolean) =>
    year.reduce((best, d) => (better(d.value, best.value) ? d : best), year[0] ?? weekEnd);
  return {
    weekStart,
    weekEnd,
    // Closes have two decimals: rounding removes float noise, so +47 bp prints as 47, not 46.99999.
    weekChangeBp: Math.round((weekEnd.value - weekStart.value) * 10_000) / 100,
    weekChangePct: ((weekEnd.value - weekStart.value) / weekStart.value) * 100,
    yearHigh: pick((a, b) => a > b),
    yearLow: pick((a, b) => a < b),
    yearFirst: year[0] ?? weekStart,
    yearLast: year[year.length - 1] ?? weekEnd,
  };
}

/** The article's quotes grouped by day, in date order, each day's quotes in the article's order. */
export function quotesByDay(
  quotes: readonly ArticleQuote[],
): Array<{ date: number; quotes: ArticleQuote[] }> {
  const days = new Map<number, ArticleQuote[]>();
  for (const q of quotes) days.set(q.date, [...(days.get(q.date) ?? []), q]);
  return [...days].sort(([a], [b]) => a - b).map(([date, list]) => ({ date, quotes: list }));
}
