// Gold, USD per troy ounce, monthly average (World Bank "Pink Sheet", via datasets/gold-prices).
import { firstOfMonth, requiredNumber } from "./cells.ts";
import { loadTable, once, parseTable, type TableSpec } from "./csv.ts";

export const GOLD_FILE = "gold_price_monthly.csv";

/** One month's average price. */
export interface GoldMonth {
  /** First of the month, 00:00 UTC. */
  date: Date;
  usdPerOz: number;
}

const columns = {
  date: firstOfMonth(),
  gold_usd_per_troy_oz: requiredNumber({ min: 0, why: "a price cannot be negative" }),
};

export const goldTable: TableSpec<typeof columns> = { columns, order: { by: "date", rule: "increasing" } };

const toMonth = (row: { date: Date; gold_usd_per_troy_oz: number }): GoldMonth => ({
  date: row.date,
  usdPerOz: row.gold_usd_per_troy_oz,
});

export function parseGold(text: string, file: string): GoldMonth[] {
  return parseTable(text, file, goldTable).map(toMonth);
}

export const loadGold: () => GoldMonth[] = once(() => loadTable(GOLD_FILE, goldTable).map(toMonth));
