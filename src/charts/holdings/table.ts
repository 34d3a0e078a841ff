// The numbers behind the holdings chart: the accessible table and the "get the data" CSV.
import type { Lang } from "../../i18n/locales";
import type { CsvTable, DataTable } from "../chart";
import { monthLabel, plainNumber } from "../format";
import type { HoldingsData } from "./model";
import { holdingsText } from "./steps";

export function holdingsTable(data: HoldingsData, lang: Lang): DataTable {
  const unit = holdingsText.unit[lang];
  return {
    columns: [
      lang === "ja" ? "月末" : "End of month",
      `${holdingsText.china[lang]} (${unit})`,
      `${holdingsText.japan[lang]} (${unit})`,
    ],
    rows: data.months.map((t, i) => [
      monthLabel(t, lang),
      plainNumber(data.china[i] ?? 0, lang, 1),
      plainNumber(data.japan[i] ?? 0, lang, 1),
    ]),
  };
}

export function holdingsCsv(data: HoldingsData): CsvTable {
  return {
    header: ["month_end", "china_busd", "japan_busd"],
    rows: data.months.map((t, i) => [
      new Date(t).toISOString().slice(0, 7),
      data.china[i] ?? null,
      data.japan[i] ?? null,
    ]),
  };
}
