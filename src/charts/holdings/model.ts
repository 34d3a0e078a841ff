// Holdings chart, pure: data + size + step -> scene and a text description of what the scene shows.
import { max, maxIndex, min } from "d3-array";
import { linearScale, utcScale } from "../scales";
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import { timeAxis, valueAxis } from "../axes";
import { billionsShort, monthLabel, plainNumber } from "../format";
import { estimateTextWidth, fitLabelX, separateLabels } from "../labels";
import type { Mark, Scene, Size } from "../scene";
import { type HoldingsState, holdingsStepSpecs, holdingsText } from "./steps";

/** What the browser receives: monthly values as parallel arrays (compact JSON), dates as UTC milliseconds. */
export interface HoldingsData {
  months: number[];
  china: number[];
  japan: number[];
  /** The article's table: the month it names and the figures it printed. */
  article: Array<{ month: number; china: number; japan: number }>;
  /**
   * Months where TIC starts a new series after an annual survey, which re-attributes holdings between
   * countries: part of a jump in those months is re-counting, not buying.
   */
  breaks: number[];
}

type Country = "china" | "japan";
const countries: Country[] = ["china", "japan"];

const MARGIN = { top: 34, right: 64, bottom: 30, left: 8 };

function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function windowOf(data: HoldingsData, state: HoldingsState): [number, number] {
  const spec = holdingsStepSpecs[state];
  const last = data.months[data.months.length - 1] ?? 0;
  return [utc(spec.from), spec.to === "latest" ? last : utc(spec.to)];
}

/** Index of the month `t` in the data, or -1. */
function indexOfMonth(data: HoldingsData, t: number): number {
  return data.months.indexOf(t);
}

export interface HoldingsHighlights {
  chinaPeak: number;
  japanPeak: number;
  /** The article's headline month (Dec 2024) and the last month before it when China held as little. */
  articleMonth: number;
  chinaLowSince: number | undefined;
  latest: number;
}

export function holdingsHighlights(data: HoldingsData): HoldingsHighlights {
  const chinaPeak = maxIndex(data.china);
  const japanPeak = maxIndex(data.japan);
  const articleMonth = utc("2024-12-01");
  const at = indexOfMonth(data, articleMonth);
  const level = data.china[at] ?? Number.NaN;
  let lowSince: number | undefined;
  for (let i = at - 1; i >= 0; i--) {
    if ((data.china[i] ?? Infinity) <= level) {
      lowSince = data.months[i];
      break;
    }
  }
  return {
    chinaPeak: data.months[chinaPeak] ?? 0,
    japanPeak: data.months[japanPeak] ?? 0,
    articleMonth,
    chinaLowSince: lowSince,
    latest: data.months[data.months.length - 1] ?? 0,
  };
}

/** Scales and plot bounds for a state at a size; shared by the scene and the hover read-out. */
export function holdingsFrame(data: HoldingsData, state: HoldingsState, size: Size) {
  const [from, to] = windowOf(data, state);
  const inWindow = data.months.map((t) => t >= from && t <= to);
  const visible = (values: number[]) => values.filter((_, i) => inWindow[i]);
  const right = size.width - MARGIN.right;
  const bottom = size.height - MARGIN.bottom;
  const x = utcScale([new Date(from), new Date(to)], [MARGIN.left, right]);
  const all = [...visible(data.china), ...visible(data.japan)];
  const fromZero = state === "long-view" || state === "china-peak";
  const lo = fromZero ? 0 : (min(all) ?? 0) * 0.9;
  const hi = (max(all) ?? 1) * 1.04;
  const y = linearScale([lo, hi], [bottom, MARGIN.top], { nice: true });
  return { x, y, from, to, left: MARGIN.left, right, top: MARGIN.top, bottom };
}

export function holdingsScene(data: HoldingsData, state: HoldingsState, size: Size, lang: Lang): Scene {
  const spec = holdingsStepSpecs[state];
  const { x, y, to, right, bottom } = holdingsFrame(data, state, size);

  const marks: Mark[] = [
    ...valueAxis(y, { left: MARGIN.left, right, keyPrefix: "h", format: (v) => plainNumber(v, lang) }),
    ...timeAxis(x, { y: bottom, lang, keyPrefix: "h" }),
    {
      kind: "line",
      key: "h-baseline",
      className: "axis-domain",
      x1: MARGIN.left,
      y1: bottom,
      x2: right,
      y2: bottom,
    },
    {
      kind: "text",
      key: "h-unit",
      className: "axis-title",
      x: MARGIN.left,
      y: 12,
      text: holdingsText.unit[lang],
      baseline: "middle",
    },
  ];

  if (state === "after-april") {
    const start = utc("2025-05-01");
    marks.push({
      kind: "rect",
      key: "h-after-band",
      className: "band",
      x: x(new Date(start)),
      y: MARGIN.top,
      width: Math.max(0, right - x(new Date(start))),
      height: bottom - MARGIN.top,
    });
    marks.push({
      kind: "text",
      key: "h-after-label",
      className: "annotation",
      x: x(new Date(start)) + 4,
      y: MARGIN.top + 12,
      text: holdingsText.afterArticle[lang],
    });
  }

  // Lines always hold every month and are clipped to the plot area, so each step's path has the same
  // commands and the browser can morph one into the next while the axes rescale.
  const path = line<number>()
    .x((_, i) => x(new Date(data.months[i] ?? 0)))
    .y((v) => y(v))
    .digits(1);

  const lastIndex = data.months.reduce((last, t, i) => (t <= to ? i : last), 0);
  const endLabels = separateLabels(
    countries.map((c) => ({ key: c, y: y(data[c][lastIndex] ?? 0) })),
    18,
    MARGIN.top,
    bottom,
  );
  for (const c of countries) {
    const quiet = spec.focus !== "both" && spec.focus !== c;
    marks.push({
      kind: "path",
      key: `h-line-${c}`,
      className: `series series-${c}${quiet ? " is-quiet" : ""}`,
      clipped: true,
      d: path(data[c]) ?? "",
    });
    marks.push({
      kind: "text",
      key: `h-name-${c}`,
      className: `series-label series-${c}${quiet ? " is-quiet" : ""}`,
      x: right + 6,
      y: endLabels.get(c) ?? 0,
      text: holdingsText[c][lang],
      baseline: "middle",
    });
  }

  marks.push(...annotations(data, state, x, y, size.width, lang));
  const clip = { x: MARGIN.left, y: 0, width: right - MARGIN.left, height: bottom };
  return { width: size.width, height: size.height, clip, marks };
}

/** Annotation text size in px; the stylesheet's .annotation uses the same. */
const ANNOTATION_FONT = 12.5;

function point(
  key: string,
  cx: number,
  cy: number,
  className: string,
  label: string | undefined,
  frameWidth: number,
  labelAbove = true,
): Mark[] {
  const marks: Mark[] = [{ kind: "circle", key: `${key}-dot`, className, cx, cy, r: 4 }];
  if (label) {
    // Keep clear of the line-end names in the right margin.
    const placed = fitLabelX(cx, estimateTextWidth(label, ANNOTATION_FONT), 2, frameWidth - MARGIN.right);
    marks.push({
      kind: "text",
      key: `${key}-text`,
      className: "annotation",
      x: placed.x,
      y: labelAbove ? cy - 10 : cy + 18,
      text: label,
      anchor: placed.anchor,
    });
  }
  return marks;
}

function annotations(
  data: HoldingsData,
  state: HoldingsState,
  x: (d: Date) => number,
  y: (v: number) => number,
  width: number,
  lang: Lang,
): Mark[] {
  const h = holdingsHighlights(data);
  const at = (country: Country, t: number) => data[country][indexOfMonth(data, t)] ?? 0;
  const px = (t: number) => x(new Date(t));
  /** A dot on `country`'s line at month `t`, optionally labelled above (or below) it. */
  const dot = (key: string, country: Country, t: number, label?: string, above = true) =>
    point(key, px(t), y(at(country, t)), `dot series-${country}`, label, width, above);
  const valueAt = (country: Country, t: number) => billionsShort(at(country, t), lang);
  switch (state) {
    case "long-view":
      return [];
    case "china-peak":
      return [
        // This step's axis starts at zero, so y(0) is the plot's bottom edge.
        ...seriesBreaks(data, x, y(0), lang),
        ...dot(
          "h-china-peak",
          "china",
          h.chinaPeak,
          `${holdingsText.peak[lang]} ${valueAt("china", h.chinaPeak)}`,
        ),
        ...dot(
          "h-china-article",
          "china",
          h.articleMonth,
          `${monthLabel(h.articleMonth, lang)} ${valueAt("china", h.articleMonth)}`,
          false,
        ),
      ];
    case "japan-path":
      return [
        ...dot(
          "h-japan-peak",
          "japan",
          h.japanPeak,
          `${holdingsText.peak[lang]} ${valueAt("japan", h.japanPeak)}`,
        ),
        ...dot(
          "h-japan-article",
          "japan",
          h.articleMonth,
          `${monthLabel(h.articleMonth, lang)} ${valueAt("japan", h.articleMonth)}`,
          false,
        ),
      ];
    case "article-table":
      return data.article.flatMap((row) =>
        countries.flatMap((c): Mark[] => {
          const key = `h-article-${c}-${row.month}`;
          const marks = dot(key, c, row.month);
          // Where a later revision changed the figure, a hollow ring shows what the article printed.
          if (Math.abs(at(c, row.month) - row[c]) >= 0.05) {
            marks.push({
              kind: "circle",
              key: `${key}-printed`,
              className: `dot-hollow series-${c}`,
              cx: px(row.month),
              cy: y(row[c]),
              r: 5,
            });
          }
          return marks;
        }),
      );
    case "after-april":
      return countries.flatMap((c) => dot(`h-latest-${c}`, c, h.latest, valueAt(c, h.latest), c === "japan"));
  }
}

/** Short dashed ticks at TIC series breaks, with one label, so survey jumps are not read as buying. */
function seriesBreaks(data: HoldingsData, x: (d: Date) => number, bottom: number, lang: Lang): Mark[] {
  const first = data.months[0] ?? 0;
  const visible = data.breaks.filter((t) => t > first);
  const marks: Mark[] = visible.map((t) => {
    const px = x(new Date(t));
    return {
      kind: "line",
      key: `h-break-${t}`,
      className: "break-rule",
      x1: px,
      y1: bottom,
      x2: px,
      y2: bottom - 36,
    };
  });
  const last = visible.at(-1);
  if (last !== undefined) {
    marks.push({
      kind: "text",
      key: "h-break-label",
      className: "annotation annotation-quiet",
      x: x(new Date(last)) + 6,
      y: bottom - 26,
      text: holdingsText.seriesBreaks[lang],
    });
  }
  return marks;
}

/** One or two sentences saying what the scene shows, for screen readers and the no-JS caption. */
export function describeHoldings(data: HoldingsData, state: HoldingsState, lang: Lang): string {
  const h = holdingsHighlights(data);
  const value = (c: Country, t: number) => billionsShort(data[c][indexOfMonth(data, t)] ?? 0, lang, 1);
  const month = (t: number) => monthLabel(t, lang, "long");
  const first = data.months[0] ?? 0;
  const ja = lang === "ja";
  switch (state) {
    case "long-view":
      return ja
        ? `${month(first)}から${month(h.latest)}までの月末保有額の折れ線グラフ。日本は${value("japan", first)}から${value("japan", h.latest)}へ、中国は${value("china", first)}から${value("china", h.latest)}へ。`
        : `Line chart of end-of-month holdings from ${month(first)} to ${month(h.latest)}. Japan went from ${value("japan", first)} to ${value("japan", h.latest)}; China from ${value("china", first)} to ${value("china", h.latest)}.`;
    case "china-peak":
      return ja
        ? `中国の保有額は${month(h.chinaPeak)}に${value("china", h.chinaPeak)}でピークに達し、${month(h.articleMonth)}には${value("china", h.articleMonth)}まで減った。これより低かったのは${h.chinaLowSince ? month(h.chinaLowSince) : "データの初め"}が最後。下端の短い点線は、年次調査で国別の割り振りが見直された統計の区切り。`
        : `China's holdings peaked at ${value("china", h.chinaPeak)} in ${month(h.chinaPeak)} and fell to ${value("china", h.articleMonth)} by ${month(h.articleMonth)}, the lowest since ${h.chinaLowSince ? month(h.chinaLowSince) : "the series began"}. Short dashed ticks along the bottom mark series breaks, where annual surveys re-attributed holdings between countries.`;
    case "japan-path":
      return ja
        ? `日本の保有額は${month(h.japanPeak)}の${value("japan", h.japanPeak)}が最大。${month(h.articleMonth)}は${value("japan", h.articleMonth)}に下がった。`
        : `Japan's holdings peaked at ${value("japan", h.japanPeak)} in ${month(h.japanPeak)} and dipped to ${value("japan", h.articleMonth)} in ${month(h.articleMonth)}.`;
    case "article-table":
      return ja
        ? `記事の表にある月を線上に示した。白抜きの点は、記事の数字が現在の公表値と違う月。`
        : `The months in the article's table, marked on both lines. Hollow points show where the article's figure differs from the current published data.`;
    case "after-april":
      return ja
        ? `記事の後、${month(h.latest)}までのデータ。中国は${value("china", h.latest)}、日本は${value("japan", h.latest)}。`
        : `The months after the article, through ${month(h.latest)}: China ${value("china", h.latest)}, Japan ${value("japan", h.latest)}.`;
  }
}
