// Finding the rows a fact is defined by. A fact that names a date the file lacks stops the build with a
// message naming both, so a data refresh that drops a row cannot silently change what the prose says.
import { DataError } from "../data-error.ts";
import { displayPath } from "../paths.ts";

/** `YYYY-MM-DD` as a Date at 00:00 UTC. */
export function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The row dated `iso` in `rows`; throws when the file has none. */
export function rowOn<T extends { date: Date }>(
  rows: readonly T[],
  iso: string,
  file: string,
  fact: string,
): T {
  const t = utc(iso).getTime();
  const row = rows.find((r) => r.date.getTime() === t);
  if (!row)
    throw new DataError({ file: displayPath(file) }, `has no row for ${iso}, which the fact "${fact}" needs`);
  return row;
}

/** The value on `iso`; throws when the row is missing or has no value that day. */
export function valueOn<T extends { date: Date }>(
  rows: readonly T[],
  iso: string,
  value: (row: T) => number | null,
  file: string,
  fact: string,
): number {
  const v = value(rowOn(rows, iso, file, fact));
  if (v === null)
    throw new DataError(
      { file: displayPath(file) },
      `has no value on ${iso}, which the fact "${fact}" needs`,
    );
  return v;
}

/** The last row with a value. */
export function lastWithValue<T>(
  rows: readonly T[],
  value: (row: T) => number | null,
  file: string,
): T & { v: number } {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as T;
    const v = value(row);
    if (v !== null) return { ...row, v };
  }
  throw new DataError({ file: displayPath(file) }, "has no values at all");
}

/** The row with the largest value (the first, if several tie). */
export function maxBy<T>(
  rows: readonly T[],
  value: (row: T) => number | null,
  file: string,
): T & { v: number } {
  let best: (T & { v: number }) | undefined;
  for (const row of rows) {
    const v = value(row);
    if (v !== null && (best === undefined || v > best.v)) best = { ...row, v };
  }
  if (!best) throw new DataError({ file: displayPath(file) }, "has no values at all");
  return best;
}

/** Relative change from `from` to `to`, in percent. */
export function changePct(from: number, to: number): number {
  return (to / from - 1) * 100;
}
