// The numbers behind the yield chart. The table holds what a reader needs to check the story (the April closes,
// the article's figures, the largest weekly rises, the long run's milestones); the CSV holds exactly what the
// chart draws, including the reduced long line and the histogram's bins.
import type { Lang } from "../../i18n/locales";
import type { CsvTable, DataTable } from "../chart";
import { yieldStepSpecs, yieldTemplates } from "./steps";
import { weeklyChangesBp } from "./data";
import { type YieldData, closesBetween, utc, yieldHighlights } from "./yield-data";
import { capitalise, longDay, printedQuote, signedBp, signedPct, yieldPct } from "./yield-format";
import { numberFormat } from "../../i18n/intl-formats";

const tableText = {
  columns: {
    ja: ["日付", "内容", "10年債利回り", "前週比"],
    en: ["Date", "What it is", "10-year yield", "Change on the week"],
  },
  aprilSection: { ja: "2025年4月1日〜16日の日次終値(FRED)", en: "Daily closes, 1–16 April 2025 (FRED)" },
  close: { ja: "終値", en: "Close" },
  articleSection: {
    ja: "記事の数字(取引時間中の遅延気配値、記事の表記どおり)",
    en: "The article's figures (intraday, delayed quotes, as printed)",
  },
  articleQuote: { ja: "記事", en: "Article" },
  articleWeek: { ja: "記事: 1週間の変化率", en: "Article: change on the week" },
  ranking: {
    ja: (total: string, since: number) =>
      `${since}年以降の週間上昇幅の上位(${total}週中の順位、週の最終取引日)`,
    en: (total: string, since: number) =>
      `Largest weekly rises since ${since} (rank among ${total} weeks, by the week's last trading day)`,
  },
  rank: { ja: (rank: number) => `上昇幅${rank}位`, en: (rank: number) => `Rank ${rank}` },
  milestones: { ja: "長期の節目(日次終値)", en: "Long-run milestones (daily closes)" },
  first: { ja: "データの初日", en: "First close in the series" },
  high: { ja: "過去最高", en: "Highest close" },
  low: { ja: "過去最低", en: "Lowest close" },
  yearHigh: { ja: "2025年の最高", en: "Highest close of 2025" },
  yearLow: { ja: "2025年の最低", en: "Lowest close of 2025" },
  latest: { ja: "最新", en: "Latest close" },
};

export function yieldTable(data: YieldData, lang: Lang): DataTable {
  const h = yieldHighlights(data);
  const count = numberFormat(lang === "ja" ? "ja-JP" : "en-US").format(data.weekly.total);
  const since = new Date(data.weekly.firstEnd).getUTCFullYear();
  const section = (title: string) => [title, "", "", ""];
  const day = (t: number) => longDay(t, lang);

  const april = yieldStepSpecs["april-days"];
  const daily = data.daily.dates.map((t, i) => ({ date: new Date(t), value: data.daily.values[i] ?? null }));
  const weekEnds = new Map(weeklyChangesBp(daily).map((w) => [w.end, w]));
  const aprilRows = closesBetween(data, utc(april.from), utc(april.to)).map((c) => {
    // Days that end a week show that week's change, in bp and (as the article gives it) in percent.
    const week = weekEnds.get(c.date);
    const previous = week ? week.close - week.changeBp / 100 : Number.NaN;
    const change = week
      ? `${signedBp(week.changeBp, lang)} (${signedPct((week.changeBp / 100 / previous) * 100, lang)})`
      : "";
    return [day(c.date), tableText.close[lang], yieldPct(c.value, lang), change];
  });

  const articleRows = data.article.quotes.map((q) => [
    day(q.date),
    tableText.articleQuote[lang],
    `${printedQuote(q, lang)}%`,
    "",
  ]);
  if (data.article.weekChangePct !== null) {
    articleRows.push([
      capitalise(yieldTemplates.weekTo[lang](day(h.weekEnd.date))),
      tableText.articleWeek[lang],
      "",
      signedPct(data.article.weekChangePct, lang),
    ]);
  }

  const rankingRows = data.weekly.largest.map((w) => {
    const rank = 1 + data.weekly.largest.filter((other) => other.changeBp > w.changeBp).length;
    return [
      capitalise(yieldTemplates.weekTo[lang](day(w.end))),
      tableText.rank[lang](rank),
      yieldPct(w.close, lang),
      signedBp(w.changeBp, lang),
    ];
  });

  const { first, max, min, latest } = data.extremes;
  const milestone = (label: string, t: number, v: number) => [day(t), label, yieldPct(v, lang), ""];
  return {
    columns: tableText.columns[lang],
    rows: [
      section(tableText.aprilSection[lang]),
      ...aprilRows,
      section(tableText.articleSection[lang]),
      ...articleRows,
      section(tableText.ranking[lang](count, since)),
      ...rankingRows,
      section(tableText.milestones[lang]),
      milestone(tableText.first[lang], first.date, first.value),
      milestone(tableText.high[lang], max.date, max.value),
      milestone(tableText.low[lang], min.date, min.value),
      milestone(tableText.yearHigh[lang], h.yearHigh.date, h.yearHigh.value),
      milestone(tableText.yearLow[lang], h.yearLow.date, h.yearLow.value),
      milestone(tableText.latest[lang], latest.date, latest.value),
    ],
  };
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** One row per drawn thing, tagged by layer: the long line's points, 2025's closes, the bins, the quotes. */
export function yieldCsv(data: YieldData): CsvTable {
  const { focus } = data.weekly;
  return {
    header: ["layer", "date", "value", "unit", "bin_from_bp", "bin_to_bp", "note"],
    rows: [
      ...data.long.dates.map((t, i) => [
        "long_run_reduced",
        isoDay(t),
        data.long.values[i] ?? null,
        "percent",
        null,
        null,
        null,
      ]),
      ...data.daily.dates.map((t, i) => [
        "daily_close_2025",
        isoDay(t),
        data.daily.values[i] ?? null,
        "percent",
        null,
        null,
        null,
      ]),
      ...data.weekly.binStarts.map((start, i) => [
        "weekly_change_histogram",
        null,
        data.weekly.counts[i] ?? null,
        "weeks",
        start,
        start + data.weekly.binWidth,
        null,
      ]),
      [
        "focus_week_change",
        isoDay(focus.end),
        focus.changeBp,
        "bp",
        null,
        null,
        `from the close of ${isoDay(focus.previousEnd)}; rank ${focus.rank} of ${data.weekly.total} weekly changes`,
      ],
      ...data.article.quotes.map((q) => [
        "article_quote",
        isoDay(q.date),
        q.value,
        "percent",
        null,
        null,
        q.approximate ? "printed as approximate" : null,
      ]),
      ...(data.article.weekChangePct === null
        ? []
        : [
            [
              "article_week_change",
              isoDay(focus.end),
              data.article.weekChangePct,
              "change_pct",
              null,
              null,
              null,
            ],
          ]),
    ],
  };
}
