// The numbers behind the shares chart: the accessible table and the "get the data" CSV, with the dollar amounts
// the shares are computed from and where the TIC series breaks.
import type { Lang } from "../../i18n/locales";
import type { CsvTable, DataTable } from "../chart";
import { monthLabel, plainNumber } from "../format";
import { sharePct } from "./format";
import { type SharesData, shareSeries } from "./share-series";
import { sharesText } from "./steps";

type BreakKind = "survey" | "method" | "";

function breakKinds(data: SharesData): BreakKind[] {
  const survey = new Set(data.surveyBreaks);
  return data.months.map((t) => (t === data.methodChange ? "method" : survey.has(t) ? "survey" : ""));
}

const breakNames: Record<Lang, Record<BreakKind, string>> = {
  ja: { survey: "区切り(年次調査)", method: "区切り(新方式)", "": "" },
  en: { survey: "break (annual survey)", method: "break (new method)", "": "" },
};

export function sharesTable(data: SharesData, lang: Lang): DataTable {
  const china = shareSeries(data, "china");
  const japan = shareSeries(data, "japan");
  const kinds = breakKinds(data);
  const t = sharesText;
  return {
    columns: [
      t.month[lang],
      `${t.china[lang]} (${t.share[lang]})`,
      `${t.japan[lang]} (${t.share[lang]})`,
      `${t.china[lang]} (${t.busd[lang]})`,
      `${t.japan[lang]} (${t.busd[lang]})`,
      `${t.allForeign[lang]} (${t.busd[lang]})`,
      lang === "ja" ? "注" : "Note",
    ],
    rows: data.months.map((m, i) => [
      monthLabel(m, lang),
      sharePct(china[i] ?? 0, lang),
      sharePct(japan[i] ?? 0, lang),
      plainNumber(data.china[i] ?? 0, lang, 1),
      plainNumber(data.japan[i] ?? 0, lang, 1),
      plainNumber(data.total[i] ?? 0, lang, 1),
      breakNames[lang][kinds[i] ?? ""],
    ]),
  };
}

/** Shares in percent with two decimals: enough to redraw the chart, no false precision. */
const pct2 = (share: number | undefined) => (share === undefined ? null : Math.round(share * 10_000) / 100);

export function sharesCsv(data: SharesData): CsvTable {
  const china = shareSeries(data, "china");
  const japan = shareSeries(data, "japan");
  const kinds = breakKinds(data);
  return {
    header: [
      "month_end",
      "china_share_pct",
      "japan_share_pct",
      "china_busd",
      "japan_busd",
      "total_foreign_busd",
      "tic_series_break",
    ],
    rows: data.months.map((m, i) => [
      new Date(m).toISOString().slice(0, 7),
      pct2(china[i]),
      pct2(japan[i]),
      data.china[i] ?? null,
      data.japan[i] ?? null,
      data.total[i] ?? null,
      kinds[i] ?? "",
    ]),
  };
}
