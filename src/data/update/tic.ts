// Reads Treasury's TIC history file mfhhis01.txt (tab-separated, one block of months per year, newest
// first) into the wide monthly table of content/data/tic_major_foreign_holders.csv.
import { csvFormatRows } from "d3-dsv";
import { DataError } from "../data-error.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The published row labels behind each column of the wide file. */
const ROWS = {
  china: "China, Mainland",
  japan: "Japan",
  total_foreign: "Grand Total",
  foreign_official: "For. Official",
  foreign_official_tbills: "Treasury Bills",
  foreign_official_tbonds_notes: "T-Bonds & Notes",
} as const;
type Column = keyof typeof ROWS;

export const TIC_HEADER = ["date", ...(Object.keys(ROWS) as Column[]), "series_note"];

/** One month as printed: values are kept as the source wrote them ("1085", "759"), "" where missing. */
export interface TicMonth {
  date: string;
  values: Record<Column, string>;
  /** Set at series-break months, where Treasury prints a second, comparison-only column. */
  seriesNote: string;
}

export interface TicHistory {
  /** The release date printed under the table ("3/18/26"), as YYYY-MM-DD. */
  vintage: string | null;
  months: TicMonth[];
}

const clean = (cell: string | undefined) => (cell ?? "").replace(/^"|"$/g, "").trim();

function isMonthHeader(cells: string[]): boolean {
  return clean(cells[0]) === "" && MONTHS.includes(clean(cells[1]));
}

/** Parses the whole file. Throws a DataError naming the line when a block does not look as expected. */
export function parseTicHistory(text: string, file: string): TicHistory {
  const lines = text.split(/\r?\n/).map((line) => line.split("\t"));
  const months = new Map<string, TicMonth>();
  let vintage: string | null = null;

  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i] ?? [];
    if (/^Department of the Treasury/.test(clean(cells[0]))) vintage = readVintage(clean(lines[i + 1]?.[0]));
    if (!isMonthHeader(cells)) continue;

    const years = lines[i + 1] ?? [];
    if (clean(years[0]) !== "Country") {
      throw new DataError(
        { file, line: i + 2 },
        `expected the "Country" line with years under the month names`,
      );
    }
    // Two lines above the month names, series breaks are labelled: "Series 16/" over " XII".
    const labels = lines[i - 2] ?? [];
    const numerals = lines[i - 1] ?? [];
    const columns: Array<{ index: number; date: string; note: string } | null> = [];
    const seen = new Set<string>();
    for (let c = 1; c < cells.length; c++) {
      const month = MONTHS.indexOf(clean(cells[c]));
      const year = clean(years[c]);
      if (month < 0 || !/^\d{4}$/.test(year)) continue;
      const date = `${year}-${String(month + 1).padStart(2, "0")}-01`;
      // The first column of a repeated month is the new series; the second is "for comparison only".
      if (seen.has(date)) continue;
      seen.add(date);
      const repeated = clean(cells[c + 1]) === clean(cells[c]) && clean(years[c + 1]) === year;
      const note = repeated
        ? `series break: value shown is ${clean(labels[c])} ${clean(numerals[c])} (TIC footnote); prior-series comparison value (${clean(labels[c + 1])} ${clean(numerals[c + 1])}) is in tic_major_foreign_holders_long.csv`
        : "";
      columns[c] = { index: c, date, note };
    }
    readBlock(lines, i + 2, columns, months, file);
  }
  if (months.size === 0)
    throw new DataError({ file }, "contains no year blocks; is this the TIC mfhhis01.txt file?");
  return { vintage, months: [...months.values()].sort((a, b) => a.date.localeCompare(b.date)) };
}

function readBlock(
  lines: string[][],
  start: number,
  columns: Array<{ index: number; date: string; note: string } | null>,
  months: Map<string, TicMonth>,
  file: string,
): void {
  const found = new Map<Column, string[]>();
  for (let r = start; r < lines.length; r++) {
    const cells = lines[r] ?? [];
    if (isMonthHeader(cells) || /^Department of the Treasury/.test(clean(cells[0]))) break;
    const label = clean(cells[0]).replace(/\s+\d+\/$/, "");
    for (const column of Object.keys(ROWS) as Column[]) {
      if (label === ROWS[column] && !found.has(column)) found.set(column, cells);
    }
  }
  for (const column of Object.keys(ROWS) as Column[]) {
    if (!found.has(column)) {
      throw new DataError({ file, line: start }, `the year block starting here has no "${ROWS[column]}" row`);
    }
  }
  for (const col of columns) {
    if (!col) continue;
    const values = {} as Record<Column, string>;
    for (const column of Object.keys(ROWS) as Column[]) {
      const raw = clean(found.get(column)?.[col.index]);
      values[column] = raw === "n.a." ? "" : raw;
    }
    months.set(col.date, { date: col.date, values, seriesNote: col.note });
  }
}

/** "3/18/26" -> "2026-03-18". */
function readVintage(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(text);
  if (!match) return null;
  return `20${match[3]}-${match[1]?.padStart(2, "0")}-${match[2]?.padStart(2, "0")}`;
}

/** The wide CSV text, in the project's layout. */
export function ticCsv(history: TicHistory): string {
  const rows = history.months.map((m) => [
    m.date,
    ...(Object.keys(ROWS) as Column[]).map((column) => m.values[column]),
    m.seriesNote,
  ]);
  return `${csvFormatRows([TIC_HEADER, ...rows])}\n`;
}
