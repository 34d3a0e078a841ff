// The numbers behind the spreads chart, as the accessible table: the article's rows next to the indices on the
// same days, the changes the chapter quotes, then every day the chart draws. There is no CSV: ICE's terms forbid
// redistributing the series (see index.ts).
import type { Lang, Localized } from "../../i18n/locales";
import type { DataTable } from "../chart";
import { type Move, type SpreadsData, spreadsHighlights, valueOn } from "./spreads-data";
import { bpNumber, longDay, signedBp } from "./spreads-format";

const tableText = {
  columns: {
    ja: ["日付", "投資適格・全格付け(bp)", "ハイイールド(bp)", "記事の表(bp)"],
    en: ["Date", "Investment grade, all ratings (bp)", "High yield (bp)", "The article's table (bp)"],
  },
  articleSection: {
    ja: "記事の表と、同じ日の指数(記事の行はA格またはAA格の指数で、このサイトのデータにはない)",
    en: "The article's table and the indices on the same days (its rows quote the A or AA index, not in this site's data)",
  },
  rating: {
    ja: (value: string, rating: string) => `${value}(${rating}格の指数)`,
    en: (value: string, rating: string) => `${value} (${rating}-rated index)`,
  },
  changeSection: { ja: "変化", en: "Changes" },
  articleWidening: {
    ja: (value: string) => `記事: ${value}bp近く`,
    en: (value: string) => `Article: nearly ${value}`,
  },
  dailySection: { ja: "2025年1〜5月の毎日の値", en: "Every day with a value, January–May 2025" },
  missing: { ja: "値なし", en: "no value" },
} satisfies Record<string, Localized<unknown>>;

export function spreadsTable(data: SpreadsData, lang: Lang): DataTable {
  const h = spreadsHighlights(data);
  const section = (title: string) => [title, "", "", ""];
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? tableText.missing[lang] : bpNumber(v, lang);
  const day = (t: number) => longDay(t, lang);
  const span = (m: Move) => `${day(m.from.date)} → ${day(m.to.date)}`;

  const articleRows = data.article.rows.map((row) => [
    day(row.date),
    value(valueOn(data, "ig", row.date)),
    value(valueOn(data, "hy", row.date)),
    tableText.rating[lang](bpNumber(row.value, lang), row.rating),
  ]);

  const change = (from: number, to: number, series: "ig" | "hy") => {
    const a = valueOn(data, series, from);
    const b = valueOn(data, series, to);
    return a === undefined || b === undefined ? "" : signedBp(Math.round((b - a) * 1e6) / 1e6, lang);
  };
  const widening = data.article.wideningBp;
  const changeRows = [h.week, h.highYield].map((m, i) => [
    span(m),
    change(m.from.date, m.to.date, "ig"),
    change(m.from.date, m.to.date, "hy"),
    i === 0 && widening !== null ? tableText.articleWidening[lang](bpNumber(widening, lang)) : "",
  ]);

  const dailyRows = data.dates.map((t, i) => [day(t), value(data.ig[i]), value(data.hy[i]), ""]);

  return {
    columns: tableText.columns[lang],
    rows: [
      section(tableText.articleSection[lang]),
      ...articleRows,
      section(tableText.changeSection[lang]),
      ...changeRows,
      section(tableText.dailySection[lang]),
      ...dailyRows,
    ],
  };
}
