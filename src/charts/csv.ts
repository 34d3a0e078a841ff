// Writes a chart's download table as RFC 4180 CSV; missing values stay empty, never 0 or NaN.
import { csvFormatRows } from "d3-dsv";
import type { CsvTable } from "./chart";

export function csvText(table: CsvTable): string {
  const cell = (v: string | number | null) =>
    v === null || (typeof v === "number" && !Number.isFinite(v)) ? "" : String(v);
  return `${csvFormatRows([table.header, ...table.rows.map((row) => row.map(cell))])}\n`;
}
