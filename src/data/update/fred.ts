// FRED's CSV download (https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10): a date column
// ("observation_date", formerly "DATE") and one column per series; "." or an empty cell means no value.
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { DataError } from "../data-error.ts";

export function fredCsvUrl(seriesId: string): string {
  return `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${encodeURIComponent(seriesId)}`;
}

/** Date (YYYY-MM-DD) -> the value exactly as FRED printed it, "" where it has none. */
export type Observations = Map<string, string>;

/** Parses one series' download. `file` names the download in error messages. */
export function parseFredCsv(text: string, seriesId: string, file: string): Observations {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ""));
  const header = rows[0] ?? [];
  if (!["observation_date", "DATE"].includes(header[0] ?? "") || header[1] !== seriesId) {
    throw new DataError(
      { file, line: 1 },
      `expected a FRED download of ${seriesId} (header "observation_date,${seriesId}") but found "${header.join(",")}"`,
    );
  }
  const observations: Observations = new Map();
  rows.slice(1).forEach((row, i) => {
    const [date = "", value = ""] = row;
    if (date === "" && row.length === 1) return; // trailing blank line
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new DataError({ file, line: i + 2, column: header[0] ?? "date" }, `"${date}" is not a date`);
    }
    observations.set(date, value.trim() === "." ? "" : value.trim());
  });
  if (observations.size === 0) throw new DataError({ file }, `has no observations of ${seriesId}`);
  return observations;
}

/**
 * Joins several series on date into rows `[date, ...values]`, oldest first. Rows of `existing` dated
 * before the first fetched date are kept: FRED now serves only recent years of some series (ICE's).
 */
export function joinSeries(fetched: Observations[], existing: string[][] = []): string[][] {
  const dates = new Set<string>();
  for (const series of fetched) for (const date of series.keys()) dates.add(date);
  const sorted = [...dates].sort();
  const firstFetched = sorted[0] ?? "9999-12-31";
  const kept = existing.filter((row) => (row[0] ?? "") < firstFetched);
  return [...kept, ...sorted.map((date) => [date, ...fetched.map((series) => series.get(date) ?? "")])];
}

/** CSV text with the project's header for the file. */
export function seriesCsv(header: readonly string[], rows: string[][]): string {
  return `${csvFormatRows([[...header], ...rows])}\n`;
}
