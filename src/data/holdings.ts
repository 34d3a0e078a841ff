// U.S. Treasury TIC "Major Foreign Holders of Treasury Securities": China, Japan and all foreign holders,
// billions of USD at the end of each month (a row dated 2025-03-01 is the end of March 2025).
import { firstOfMonth, optionalText, requiredNumber } from "./cells.ts";
import { loadTable, once, parseTable, type RowOf, type TableSpec } from "./csv.ts";

export const HOLDINGS_FILE = "tic_major_foreign_holders.csv";

const holding = () => requiredNumber({ min: 0, why: "holdings cannot be negative" });

const columns = {
  date: firstOfMonth(),
  china: holding(),
  japan: holding(),
  total_foreign: holding(),
  foreign_official: holding(),
  foreign_official_tbills: holding(),
  foreign_official_tbonds_notes: holding(),
  series_note: optionalText(),
};

export const holdingsTable: TableSpec<typeof columns> = {
  columns,
  order: { by: "date", rule: "increasing" },
  check(row) {
    for (const part of ["china", "japan", "foreign_official"] as const) {
      if (row[part] > row.total_foreign) {
        return {
          column: part,
          reason: `${row[part]} is more than total_foreign (${row.total_foreign}); one holder cannot hold more than all foreign holders together`,
        };
      }
    }
    return undefined;
  },
};

/** One month of holdings, billions of USD at the end of the month. */
export interface HoldingsRow {
  /** First day of the month, 00:00 UTC; the value is the holding at the END of that month. */
  date: Date;
  /** "China, Mainland" (holdings kept in custody elsewhere, e.g. Belgium, are not counted). */
  china: number;
  japan: number;
  /** "Grand Total": all foreign holders. */
  totalForeign: number;
  /** "Of which: For. Official": foreign central banks and governments. */
  foreignOfficial: number;
  foreignOfficialBills: number;
  foreignOfficialBondsNotes: number;
  /** Filled only at series-break months: which TIC series the value comes from. */
  seriesNote: string | null;
}

function toHoldingsRow(row: RowOf<typeof columns>): HoldingsRow {
  return {
    date: row.date,
    china: row.china,
    japan: row.japan,
    totalForeign: row.total_foreign,
    foreignOfficial: row.foreign_official,
    foreignOfficialBills: row.foreign_official_tbills,
    foreignOfficialBondsNotes: row.foreign_official_tbonds_notes,
    seriesNote: row.series_note,
  };
}

/** Parses holdings CSV text; `file` names it in error messages. */
export function parseHoldings(text: string, file: string): HoldingsRow[] {
  return parseTable(text, file, holdingsTable).map(toHoldingsRow);
}

/** content/data/tic_major_foreign_holders.csv, read once per build. */
export const loadHoldings: () => HoldingsRow[] = once(() =>
  loadTable(HOLDINGS_FILE, holdingsTable).map(toHoldingsRow),
);
