// Week-on-week changes of a daily series: each calendar week (Monday to Sunday) closes on its last day
// with a value, and its change is that close minus the previous week's close.
import type { DailyPoint } from "./daily-series.ts";
import { withoutFloatNoise } from "./rank.ts";

export interface WeeklyChange {
  /** The last day of the week with a value (usually a Friday), 00:00 UTC. */
  weekEnd: Date;
  close: number;
  /** The previous week's last day with a value. */
  previousWeekEnd: Date;
  previousClose: number;
  /** close - previousClose, in the series' unit (percentage points for yields). */
  change: number;
}

const DAY = 86_400_000;

/** Monday 00:00 UTC of the week containing `date`. */
function weekStart(date: Date): number {
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return date.getTime() - daysSinceMonday * DAY;
}

/**
 * The series' week-on-week changes, oldest first. The last week is left out while it is still open, i.e.
 * when the series (counting rows without a value) ends before that week's Friday.
 */
export function weeklyChanges(series: readonly DailyPoint[]): WeeklyChange[] {
  const closes: Array<{ week: number; date: Date; value: number }> = [];
  for (const point of series) {
    if (point.value === null) continue;
    const week = weekStart(point.date);
    const last = closes[closes.length - 1];
    if (last && last.week === week) {
      last.date = point.date;
      last.value = point.value;
    } else {
      closes.push({ week, date: point.date, value: point.value });
    }
  }
  const seriesEnd = series[series.length - 1]?.date.getTime();
  const lastWeek = closes[closes.length - 1];
  if (lastWeek && seriesEnd !== undefined && seriesEnd < lastWeek.week + 4 * DAY) closes.pop();

  const changes: WeeklyChange[] = [];
  for (let i = 1; i < closes.length; i++) {
    const previous = closes[i - 1];
    const current = closes[i];
    if (!previous || !current) continue;
    changes.push({
      weekEnd: current.date,
      close: current.value,
      previousWeekEnd: previous.date,
      previousClose: previous.value,
      change: withoutFloatNoise(current.value - previous.value),
    });
  }
  return changes;
}
