// The numbers behind the Fed chart. The table holds what a reader needs to check the story: each Fed decision
// with its source and the balance sheet in the week before it, the sizes the steps name, and the level at each
// year's end. The CSV holds exactly what the chart draws: the weeks of both lines and the decisions.
import type { Lang } from "../../i18n/locales";
import type { CsvTable, DataTable } from "../chart";
import { intlLocale } from "../../i18n/locales";
import {
  type FedData,
  type Week,
  latestWeek,
  programmeBands,
  trillions,
  weekAt,
  weekBefore,
  weekOnOrBefore,
} from "./fed-data";
import { isoDate, longDay } from "./fed-format";
import { programmeNames } from "./steps";
import { numberFormat } from "../../i18n/intl-formats";

const tableText = {
  columns: {
    ja: ["日付", "内容", "総資産(兆ドル)", "米国債(兆ドル)"],
    en: ["Date", "What", "Total assets ($ trillion)", "Treasuries ($ trillion)"],
  },
  decisions: {
    ja: "FRBの決定(出典:FRBの発表)と、その前の週の残高",
    en: "Fed decisions (source: the Fed's release) and the balance sheet in the week before each",
  },
  takesEffect: { ja: (day: string) => `${day}から実施`, en: (day: string) => `takes effect ${day}` },
  yearEnds: { ja: "各年の最終週", en: "Last week of each year" },
  yearEnd: { ja: (year: number) => `${year}年の最終週`, en: (year: number) => `Last week of ${year}` },
  latest: { ja: "最新の週", en: "Latest week" },
  sizes: {
    ja: "各プログラムの前後の残高",
    en: "Sizes before and after each programme",
  },
  before: { ja: (name: string) => `${name}の開始前の週`, en: (name: string) => `Week before ${name} began` },
  last: { ja: (name: string) => `${name}の最後の週`, en: (name: string) => `Last week of ${name}` },
  everyOther: {
    ja: "グラフは2024年より前は隔週、2024年以降は毎週の値を描いています(CSVは描いた週のすべて)。",
    en: "The chart draws every second week before 2024 and every week from 2024; the CSV holds every week drawn.",
  },
};

/** Trillions to three decimals (the nearest billion), as the H.4.1 report is precise to the million. */
const tn = (musd: number, lang: Lang) =>
  numberFormat(intlLocale[lang], { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
    trillions(musd),
  );

function weekRow(week: Week, what: string, lang: Lang): string[] {
  return [longDay(week.date, lang), what, tn(week.total, lang), tn(week.treasuries, lang)];
}

/** The last drawn week of each calendar year (the current year's is the latest week). */
function yearEnds(data: FedData): Week[] {
  const last = new Map<number, number>();
  data.weeks.forEach((t, i) => last.set(new Date(t).getUTCFullYear(), i));
  return [...last.values()].map((i) => weekAt(data, i));
}

export function fedTable(data: FedData, lang: Lang): DataTable {
  const section = (title: string) => [title, "", "", ""];
  const decisions = data.events.map((e) => {
    const before = weekBefore(data, e.announced);
    const effective =
      e.effective === null ? "" : ` (${tableText.takesEffect[lang](longDay(e.effective, lang))})`;
    return [
      longDay(e.announced, lang),
      `${e.label[lang]}${effective}: “${e.sourceTitle}” ${e.sourceUrl}`,
      tn(before.total, lang),
      tn(before.treasuries, lang),
    ];
  });
  const sizes = programmeBands(data.events).flatMap((band) => {
    const name = programmeNames[band.id].long[lang];
    const rows = [weekRow(weekBefore(data, band.start), tableText.before[lang](name), lang)];
    if (band.end !== null)
      rows.push(weekRow(weekOnOrBefore(data, band.end), tableText.last[lang](name), lang));
    return rows;
  });
  const latest = latestWeek(data);
  const years = yearEnds(data).filter((w) => w.date !== latest.date);
  return {
    columns: tableText.columns[lang],
    rows: [
      section(tableText.decisions[lang]),
      ...decisions,
      section(tableText.sizes[lang]),
      ...sizes,
      section(tableText.yearEnds[lang]),
      ...years.map((w) => weekRow(w, tableText.yearEnd[lang](new Date(w.date).getUTCFullYear()), lang)),
      weekRow(latest, tableText.latest[lang], lang),
      section(tableText.everyOther[lang]),
    ],
  };
}

/** Two layers: the weeks drawn (millions of USD, as H.4.1 prints them) and the decisions with their sources. */
export function fedCsv(data: FedData): CsvTable {
  return {
    header: [
      "layer",
      "date",
      "total_assets_musd",
      "treasuries_musd",
      "programme",
      "event",
      "effective",
      "label",
      "source_title",
      "source_url",
    ],
    rows: [
      ...data.weeks.map((t, i) => [
        "weekly",
        isoDate(t),
        data.total[i] ?? null,
        data.treasuries[i] ?? null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]),
      ...data.events.map((e) => [
        "decision",
        isoDate(e.announced),
        null,
        null,
        e.programme,
        e.event,
        e.effective === null ? null : isoDate(e.effective),
        e.label.en,
        e.sourceTitle,
        e.sourceUrl,
      ]),
    ],
  };
}
