// The numbers the shares chart tells its story with, computed from the monthly holdings: each country's share of
// all foreign holdings, the peaks, the spans in which China held more than Japan, and the series breaks.
import { maxIndex } from "d3-array";

/** What the browser receives: monthly values as parallel arrays (compact JSON), dates as UTC milliseconds. */
export interface SharesData {
  months: number[];
  /** Holdings in billions of USD at the end of each month. */
  china: number[];
  japan: number[];
  /** "Grand Total": all foreign holders; shares divide by it. */
  total: number[];
  /**
   * Months where TIC starts a new series after an annual survey (each June to 2011), which re-attributes
   * holdings between countries: part of a jump in those months is re-counting, not buying.
   */
  surveyBreaks: number[];
  /** The first month counted with the new method (holdings reported on form SLT, TIC footnote 17). */
  methodChange: number;
}

export type Country = "china" | "japan";
export const countries: readonly Country[] = ["china", "japan"];

/** A country's holdings as a fraction (0..1) of all foreign holdings, month by month. */
export function shareSeries(data: SharesData, country: Country): number[] {
  return data[country].map((value, i) => value / (data.total[i] ?? Number.NaN));
}

export interface MonthValue {
  month: number;
  value: number;
}

function at(data: SharesData, values: number[], i: number): MonthValue {
  return { month: data.months[i] ?? 0, value: values[i] ?? Number.NaN };
}

/** A month's index in the data, or -1. */
export function indexOfMonth(data: SharesData, month: number): number {
  return data.months.indexOf(month);
}

/** A span of consecutive months, first and last inclusive. */
export interface MonthSpan {
  from: number;
  to: number;
}

/** The runs of consecutive months in which China held more than Japan (equal months end a run). */
export function chinaAheadSpans(data: SharesData): MonthSpan[] {
  const spans: MonthSpan[] = [];
  let open: MonthSpan | undefined;
  data.months.forEach((month, i) => {
    if ((data.china[i] ?? 0) > (data.japan[i] ?? 0)) {
      if (open) open.to = month;
      else spans.push((open = { from: month, to: month }));
    } else open = undefined;
  });
  return spans;
}

export interface SharesHighlights {
  /** China's highest share of all foreign holdings. */
  chinaSharePeak: MonthValue;
  /** China's highest holding in dollars, and its share that month. */
  chinaDollarPeak: MonthValue & { share: number };
  japanSharePeak: MonthValue;
  /** The last series break at or before China's share peak (the re-count the peak partly reflects). */
  breakBeforeChinaPeak: number | undefined;
  latest: { month: number; china: number; japan: number; total: number };
}

export function sharesHighlights(data: SharesData): SharesHighlights {
  const china = shareSeries(data, "china");
  const japan = shareSeries(data, "japan");
  const chinaSharePeak = at(data, china, maxIndex(china));
  const dollarPeakIndex = maxIndex(data.china);
  const last = data.months.length - 1;
  return {
    chinaSharePeak,
    chinaDollarPeak: {
      ...at(data, data.china, dollarPeakIndex),
      share: china[dollarPeakIndex] ?? Number.NaN,
    },
    japanSharePeak: at(data, japan, maxIndex(japan)),
    breakBeforeChinaPeak: data.surveyBreaks.filter((t) => t <= chinaSharePeak.month).at(-1),
    latest: {
      month: data.months[last] ?? 0,
      china: china[last] ?? Number.NaN,
      japan: japan[last] ?? Number.NaN,
      total: data.total[last] ?? Number.NaN,
    },
  };
}

/** Whole months from `from` to `to` (UTC first-of-month timestamps). */
export function monthsBetween(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/** The first of the month `n` months after (or before, if negative) the month `t`. */
export function addMonths(t: number, n: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/** The months between spans: e.g. when Japan held as much or more in the middle of China's lead. */
export function gapsBetween(spans: readonly MonthSpan[]): MonthSpan[] {
  return spans
    .slice(1)
    .map((span, i) => ({ from: addMonths(spans[i]!.to, 1), to: addMonths(span.from, -1) }));
}
