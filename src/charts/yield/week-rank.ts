// Server side, pure: where one week's change ranks among all weekly changes, and the histogram of those changes.
import { rankOf } from "../../data/rank";
import type { WeeklyChange } from "./yield-data";

export interface RiseRank {
  /** 1 + the number of weeks that rose more (ties share a rank, as in the facts). */
  rank: number;
  /** Other weeks with exactly the same change. */
  ties: number;
  /** The most recent earlier week that rose more, if any. */
  lastLarger: WeeklyChange | null;
  /** Every week that rose at least as much, largest first (earlier first among equals). */
  atLeastAsLarge: WeeklyChange[];
}

export function rankRise(weeks: readonly WeeklyChange[], focus: WeeklyChange): RiseRank {
  const earlierLarger = weeks.filter((w) => w.end < focus.end && w.changeBp > focus.changeBp);
  return {
    rank: rankOf(
      weeks.map((w) => w.changeBp),
      focus.changeBp,
      "largest",
    ),
    ties: weeks.filter((w) => w.changeBp === focus.changeBp && w.end !== focus.end).length,
    lastLarger: earlierLarger[earlierLarger.length - 1] ?? null,
    atLeastAsLarge: weeks
      .filter((w) => w.changeBp >= focus.changeBp)
      .sort((a, b) => b.changeBp - a.changeBp || a.end - b.end),
  };
}

export interface ChangeHistogram {
  binWidth: number;
  binStarts: number[];
  counts: number[];
}

/** Counts changes in bins [start, start + width) aligned to multiples of the width, so 0 is a bin edge. */
export function histogramOf(changesBp: readonly number[], binWidth: number): ChangeHistogram {
  if (changesBp.length === 0) return { binWidth, binStarts: [], counts: [] };
  const first = Math.floor(Math.min(...changesBp) / binWidth);
  const last = Math.floor(Math.max(...changesBp) / binWidth);
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const change of changesBp) {
    const i = Math.floor(change / binWidth) - first;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return { binWidth, binStarts: counts.map((_, i) => (first + i) * binWidth), counts };
}
