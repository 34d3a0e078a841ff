// Axis ticks and gridlines as keyed marks, so ticks slide and fade when a step rescales an axis.
import type { LinearScale, TimeScale } from "./scales";
import type { Lang } from "../i18n/locales";
import { intlLocale } from "../i18n/locales";
import type { Mark } from "./scene";
import { dateFormat } from "../i18n/intl-formats";

/** Roughly one label per this many pixels keeps labels apart at any width. */
const PIXELS_PER_TIME_TICK = 88;
const PIXELS_PER_VALUE_TICK = 48;

export function timeTickCount(widthPx: number): number {
  return Math.max(2, Math.floor(widthPx / PIXELS_PER_TIME_TICK));
}

export function valueTickCount(heightPx: number): number {
  return Math.max(2, Math.floor(heightPx / PIXELS_PER_VALUE_TICK));
}

/**
 * Year ticks read "2010" in both languages; sub-year ticks say the month in the reader's convention, and day
 * ticks the day. `spanDays` is the distance between neighbouring ticks, so a long window whose ticks fall
 * mid-year never prints the same year twice.
 */
export function formatTimeTick(date: Date, lang: Lang, spanDays: number): string {
  if (spanDays >= 360) return String(date.getUTCFullYear());
  if (spanDays >= 28) {
    return dateFormat(intlLocale[lang], {
      year: "numeric",
      month: "short",
      timeZone: "UTC",
    }).format(date);
  }
  return dateFormat(intlLocale[lang], {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
}

export function timeAxis(x: TimeScale, options: { y: number; lang: Lang; keyPrefix: string }): Mark[] {
  const [start, end] = x.domain();
  const [left, right] = x.range();
  if (!start || !end || left === undefined || right === undefined) return [];
  const ticks = x.ticks(timeTickCount(right - left));
  const [a, b] = ticks;
  const spanDays =
    a && b ? (b.getTime() - a.getTime()) / 86_400_000 : (end.getTime() - start.getTime()) / 86_400_000;
  return ticks.flatMap((tick): Mark[] => {
    const px = x(tick);
    const key = `${options.keyPrefix}-x-${tick.getTime()}`;
    return [
      {
        kind: "line",
        key: `${key}-tick`,
        className: "axis-tick",
        x1: px,
        y1: options.y,
        x2: px,
        y2: options.y + 5,
      },
      {
        kind: "text",
        key: `${key}-label`,
        className: "axis-label",
        x: px,
        y: options.y + 8,
        text: formatTimeTick(tick, options.lang, spanDays),
        anchor: "middle",
        baseline: "hanging",
      },
    ];
  });
}

export function valueAxis(
  y: LinearScale,
  options: { left: number; right: number; keyPrefix: string; format: (value: number) => string },
): Mark[] {
  const [bottom, top] = y.range();
  if (bottom === undefined || top === undefined) return [];
  return y.ticks(valueTickCount(bottom - top)).flatMap((tick): Mark[] => {
    const py = y(tick);
    const key = `${options.keyPrefix}-y-${tick}`;
    return [
      {
        kind: "line",
        key: `${key}-grid`,
        className: "gridline",
        x1: options.left,
        y1: py,
        x2: options.right,
        y2: py,
      },
      {
        kind: "text",
        key: `${key}-label`,
        className: "axis-label",
        x: options.left,
        y: py - 4,
        text: options.format(tick),
        anchor: "start",
      },
    ];
  });
}
