// Server only: the Fed chart's data, trimmed to what it draws. Two of the H.4.1 file's four series (total
// assets and Treasuries) from 2003; every week from 2024, where the last steps zoom in, and every second week
// before (at most about a pixel a week there at any width), always keeping the weeks the words and labels name.
import { type FedBalanceSheetWeek, loadFedBalanceSheet } from "../../data/series";
import { calloutWeek } from "./callouts";
import {
  type FedData,
  type ProgrammeEvent,
  type Series,
  largestWeek,
  smallestWeek,
  utc,
  weekBefore,
  weekOnOrBefore,
  weeksBetween,
} from "./fed-data";
import { windowOf } from "./frame";
import { loadFedProgrammes } from "./programmes";
import { fedStates, fedStepSpecs } from "./steps";

/** From here on the chart draws every week: the window of the last two steps. */
export const EVERY_WEEK_FROM = "2024-01-01";
/** The first week drawn: the baseline step's first day. */
export const FIRST_DAY = fedStepSpecs.baseline.from;

/** The weeks any step names: before and at each decision, each window's ends and both lines' extremes in it. */
function namedWeeks(full: FedData): Set<number> {
  const named = new Set<number>();
  const series: Series[] = ["total", "treasuries"];
  for (const e of full.events) {
    for (const t of [e.announced, e.effective]) {
      if (t === null) continue;
      named.add(weekOnOrBefore(full, t).date);
      named.add(weekBefore(full, t).date);
    }
  }
  for (const state of fedStates) {
    const window = windowOf(full, state);
    const weeks = weeksBetween(full, ...window);
    for (const s of series) {
      for (const w of [largestWeek(weeks, s), smallestWeek(weeks, s)]) if (w) named.add(w.date);
    }
    named.add(weekOnOrBefore(full, window[1]).date);
    for (const callout of fedStepSpecs[state].callouts) {
      const week = calloutWeek(full, callout.at, window, callout.series);
      if (week) named.add(week.date);
    }
  }
  return named;
}

/** Every week from `everyWeekFrom`; before it every second week (counted back from there) and the named ones. */
export function thinWeeks(full: FedData, everyWeekFrom: number): FedData {
  const named = namedWeeks(full);
  const firstFull = full.weeks.findIndex((t) => t >= everyWeekFrom);
  const keep = full.weeks.map(
    (t, i) => i === 0 || t >= everyWeekFrom || (firstFull - i) % 2 === 0 || named.has(t),
  );
  const pick = <T>(values: T[]) => values.filter((_, i) => keep[i]);
  return { ...full, weeks: pick(full.weeks), total: pick(full.total), treasuries: pick(full.treasuries) };
}

/**
 * The largest one-week rise in Treasury holdings since 2003, from every week (not only the drawn ones):
 * the scale of emergency buying the April 2025 step compares the weeks after the spike with.
 */
function largestTreasuryRise(weeks: readonly FedBalanceSheetWeek[]): FedData["largestTreasuryRise"] {
  let best: FedData["largestTreasuryRise"] = { week: 0, change: -Infinity };
  for (let i = 1; i < weeks.length; i++) {
    const change = weeks[i]!.treasuries - weeks[i - 1]!.treasuries;
    if (change > best.change) best = { week: weeks[i]!.date.getTime(), change };
  }
  return best;
}

export function buildFedData(
  balanceSheet: readonly FedBalanceSheetWeek[],
  events: readonly ProgrammeEvent[],
): FedData {
  const weeks = balanceSheet.filter((w) => w.date.getTime() >= utc(FIRST_DAY));
  if (weeks.length < 2)
    throw new Error(`fed chart: content/data/fed_balance_sheet_weekly.csv has no weeks from ${FIRST_DAY}`);
  const everyWeekFrom = utc(EVERY_WEEK_FROM);
  const full: FedData = {
    weeks: weeks.map((w) => w.date.getTime()),
    total: weeks.map((w) => w.totalAssets),
    treasuries: weeks.map((w) => w.treasuries),
    everyWeekFrom,
    largestTreasuryRise: largestTreasuryRise(weeks),
    events: [...events],
  };
  return thinWeeks(full, everyWeekFrom);
}

export function fedData(): FedData {
  return buildFedData(loadFedBalanceSheet(), loadFedProgrammes());
}
