// ICE BofA option-adjusted spreads via FRED, percent, daily close: BAMLC0A0CM (US Corporate, investment
// grade) and BAMLH0A0HYM2 (US High Yield). ICE's terms forbid redistribution: the site charts the series
// but offers no download of it (sources.json: downloadable false).
import { isoDay, optionalNumber } from "./cells.ts";
import { loadTable, once, parseTable, type RowOf, type TableSpec } from "./csv.ts";

export const CORPORATE_OAS_FILE = "ig_corporate_oas_daily.csv";

const columns = { date: isoDay(), oas_all_pct: optionalNumber(), oas_hy_pct: optionalNumber() };

export const corporateOasTable: TableSpec<typeof columns> = {
  columns,
  order: { by: "date", rule: "increasing" },
};

/** One day's spreads in percent (1.21 = 121 bp); null where the source has no value. */
export interface OasDay {
  date: Date;
  /** Investment grade: ICE BofA US Corporate Index OAS. */
  ig: number | null;
  /** ICE BofA US High Yield Index OAS. */
  hy: number | null;
}

const toDay = (row: RowOf<typeof columns>): OasDay => ({
  date: row.date,
  ig: row.oas_all_pct,
  hy: row.oas_hy_pct,
});

export function parseCorporateOas(text: string, file: string): OasDay[] {
  return parseTable(text, file, corporateOasTable).map(toDay);
}

export const loadOas: () => OasDay[] = once(() =>
  loadTable(CORPORATE_OAS_FILE, corporateOasTable).map(toDay),
);
