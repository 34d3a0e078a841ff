// The article's own figures (ALQ Capital, around 11 April 2025), quoted as printed. They are not data:
// the site shows them beside the series they claim to describe, so no figure is ever typed into prose.
import { oneOf, optionalDay, optionalText, requiredText, writtenNumber } from "./cells.ts";
import { loadTable, once, parseTable, type RowOf, type TableSpec } from "./csv.ts";

export const ARTICLE_FIGURES_FILE = "article_figures.csv";

/** What a figure measures; rows with the same `figure` can be shown together (e.g. the holdings table). */
export const articleFigureKinds = [
  "china-holdings",
  "japan-holdings",
  "china-low-since",
  "dgs10-level",
  "dgs10-intraday",
  "dgs10-week-change",
  "dgs10-rise-record-years",
  "ig-oas-aa",
  "ig-oas-a",
  "ig-spread-widening",
  "sp500-week-change",
] as const;
export type ArticleFigureKind = (typeof articleFigureKinds)[number];

/** busd = billions of USD; percent = a level in %; change-pct = a signed relative change in %. */
export const articleFigureUnits = ["busd", "percent", "bp", "change-pct", "year", "years"] as const;
export type ArticleFigureUnit = (typeof articleFigureUnits)[number];

const ID = /^article-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const columns = {
  id: requiredText(),
  figure: oneOf(articleFigureKinds),
  date: optionalDay(),
  value: writtenNumber(),
  unit: oneOf(articleFigureUnits),
  as_printed: requiredText(),
  note: optionalText(),
};

export const articleFiguresTable: TableSpec<typeof columns> = {
  columns,
  key: ["id"],
  check: (row) =>
    ID.test(row.id)
      ? undefined
      : { column: "id", reason: `"${row.id}" should be kebab-case and start with "article-"` },
};

export interface ArticleFigure {
  /** Stable id, `article-...`; the article-* facts refer to it. */
  id: string;
  figure: ArticleFigureKind;
  /** The day or month the figure is about (00:00 UTC), when it names one; monthly figures use the 1st. */
  date: Date | null;
  /** The number in `unit`, without the article's hedges ("nearly", "about"), which belong to the prose. */
  value: number;
  /** Decimal places the article printed, so the site quotes it at the same precision. */
  decimals: number;
  unit: ArticleFigureUnit;
  /** Exactly as the article prints it, for quotation. */
  asPrinted: string;
  /** Where in the article it appears and what to know about it. */
  note: string | null;
}

function toFigure(row: RowOf<typeof columns>): ArticleFigure {
  return {
    id: row.id,
    figure: row.figure,
    date: row.date,
    value: row.value.value,
    decimals: row.value.decimals,
    unit: row.unit,
    asPrinted: row.as_printed,
    note: row.note,
  };
}

export function parseArticleFigures(text: string, file: string): ArticleFigure[] {
  return parseTable(text, file, articleFiguresTable).map(toFigure);
}

/** content/data/article_figures.csv, read once per build. */
export const loadArticleFigures: () => ArticleFigure[] = once(() =>
  loadTable(ARTICLE_FIGURES_FILE, articleFiguresTable).map(toFigure),
);

/** The article's holdings table: one row per month it names, China and Japan as printed (billions of USD). */
export interface ArticleHoldingsRow {
  /** The month as the article labels it (first of the month, UTC); see the note on its "Dec 2023" row. */
  month: Date;
  china: number;
  japan: number;
}

export function articleHoldingsTable(figures: ArticleFigure[] = loadArticleFigures()): ArticleHoldingsRow[] {
  const months = new Map<number, { china?: number; japan?: number }>();
  for (const f of figures) {
    if ((f.figure !== "china-holdings" && f.figure !== "japan-holdings") || f.date === null) continue;
    const entry = months.get(f.date.getTime()) ?? {};
    entry[f.figure === "china-holdings" ? "china" : "japan"] = f.value;
    months.set(f.date.getTime(), entry);
  }
  const rows: ArticleHoldingsRow[] = [];
  for (const [t, { china, japan }] of months) {
    if (china !== undefined && japan !== undefined) rows.push({ month: new Date(t), china, japan });
  }
  return rows; // in the article's order: newest month first
}
