// The Fed's balance sheet (H.4.1 via FRED), Wednesday levels in millions of USD:
// WALCL total assets, TREAST Treasuries, WSHOMCB mortgage-backed securities, WSHOSHO securities held outright.
import { isoDay, requiredNumber } from "./cells.ts";
import { loadTable, once, parseTable, type RowOf, type TableSpec } from "./csv.ts";

export const FED_BALANCE_SHEET_FILE = "fed_balance_sheet_weekly.csv";

const level = () => requiredNumber({ min: 0, why: "a balance-sheet amount cannot be negative" });

const columns = {
  date: isoDay(),
  total_assets_musd: level(),
  treasuries_musd: level(),
  mbs_musd: level(),
  securities_held_outright_musd: level(),
};

export const fedBalanceSheetTable: TableSpec<typeof columns> = {
  columns,
  order: { by: "date", rule: "increasing" },
  check: (row) =>
    row.securities_held_outright_musd > row.total_assets_musd
      ? {
          column: "securities_held_outright_musd",
          reason: `${row.securities_held_outright_musd} is more than total_assets_musd (${row.total_assets_musd}); securities are part of total assets`,
        }
      : undefined,
};

/** One H.4.1 week, millions of USD. */
export interface FedBalanceSheetWeek {
  /** The Wednesday of the H.4.1 week, 00:00 UTC. */
  date: Date;
  totalAssets: number;
  treasuries: number;
  mbs: number;
  securitiesHeldOutright: number;
}

function toWeek(row: RowOf<typeof columns>): FedBalanceSheetWeek {
  return {
    date: row.date,
    totalAssets: row.total_assets_musd,
    treasuries: row.treasuries_musd,
    mbs: row.mbs_musd,
    securitiesHeldOutright: row.securities_held_outright_musd,
  };
}

export function parseFedBalanceSheet(text: string, file: string): FedBalanceSheetWeek[] {
  return parseTable(text, file, fedBalanceSheetTable).map(toWeek);
}

export const loadFedBalanceSheet: () => FedBalanceSheetWeek[] = once(() =>
  loadTable(FED_BALANCE_SHEET_FILE, fedBalanceSheetTable).map(toWeek),
);
