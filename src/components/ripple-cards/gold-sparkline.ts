// The gold-price sparkline on the foreign-central-banks card, pure: monthly prices + size -> a scene (one line,
// a ring at the comparison month, a dot at the latest month, three short labels) and its text alternative.
// Printed on the server with sceneToSvg; there is no browser code.
import { max } from "d3-array";
import { linearScale, utcScale } from "../../charts/scales";
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import { intlLocale } from "../../i18n/locales";
import { monthLabel } from "../../charts/format";
import { estimateTextWidth } from "../../charts/labels";
import type { Mark, Rect, Scene, Size, TextMark } from "../../charts/scene";
import { numberFormat } from "../../i18n/intl-formats";

/** Monthly average prices, USD per troy ounce; months as UTC milliseconds (first of the month). */
export interface GoldSeries {
  months: number[];
  usd: number[];
}

/** Label size in the SVG's own units; the sparkline is drawn at about its viewBox size (see RippleCards). */
export const SPARK_FONT = 12;
const LINE_HEIGHT = 14;
const MARGIN = { top: 6, right: 70, bottom: 2, left: 2 };
/** The size RippleCards draws the sparkline at (its viewBox). */
export const SPARK_SIZE: Size = { width: 280, height: 96 };

/** "$4,587" / "4587ドル" (Japanese papers write these without separators). */
export function usdShort(value: number, lang: Lang): string {
  const digits = numberFormat(intlLocale[lang], {
    maximumFractionDigits: 0,
    useGrouping: lang === "en",
  }).format(value);
  return lang === "ja" ? `${digits}ドル` : `$${digits}`;
}

/** The box a sparkline label covers (start/end anchors, alphabetic baseline). */
export function sparkLabelBox(mark: TextMark): Rect {
  const width = estimateTextWidth(mark.text, SPARK_FONT) * 1.06;
  const x = mark.anchor === "end" ? mark.x - width : mark.anchor === "middle" ? mark.x - width / 2 : mark.x;
  return { x, y: mark.y - SPARK_FONT * 0.85, width, height: SPARK_FONT * 1.15 };
}

function text(key: string, x: number, y: number, value: string, anchor: "start" | "end"): TextMark {
  return { kind: "text", key, className: "spark-label", x, y, text: value, anchor };
}

/**
 * The sparkline at `size`. The axis starts at zero, so the line's rise reads as the price's real multiple;
 * `marked` is the month the card compares the latest price with (December 2024).
 */
export function goldSparkline(series: GoldSeries, marked: number, size: Size, lang: Lang): Scene {
  const { months, usd } = series;
  const first = months[0] ?? 0;
  const last = months.length - 1;
  const latest = months[last] ?? 0;
  const right = size.width - MARGIN.right;
  const bottom = size.height - MARGIN.bottom;
  const x = utcScale([new Date(first), new Date(latest)], [MARGIN.left, right]);
  const y = linearScale([0, max(usd) ?? 1], [bottom, MARGIN.top]);
  const px = (i: number) => x(new Date(months[i] ?? 0));
  const path = line<number>()
    .x((_, i) => px(i))
    .y((v) => y(v))
    .digits(1);

  const at = months.indexOf(marked);
  const latestY = y(usd[last] ?? 0);
  // The latest month and price, stacked in the right margin beside the dot, kept inside the frame.
  const ascent = SPARK_FONT * 0.85;
  const firstBaseline = Math.min(Math.max(latestY - 2, ascent), size.height - LINE_HEIGHT - SPARK_FONT * 0.3);
  const marks: Mark[] = [
    { kind: "path", key: "g-line", className: "spark-line", d: path(usd) ?? "" },
    { kind: "circle", key: "g-latest-dot", className: "spark-dot", cx: px(last), cy: latestY, r: 3.5 },
    text("g-latest-month", right + 7, firstBaseline, monthLabel(latest, lang), "start"),
    text("g-latest-value", right + 7, firstBaseline + LINE_HEIGHT, usdShort(usd[last] ?? 0, lang), "start"),
    // Where the series starts, low in the empty band above the zero line.
    text(
      "g-start",
      MARGIN.left,
      bottom - 4,
      `${monthLabel(first, lang)} ${usdShort(usd[0] ?? 0, lang)}`,
      "start",
    ),
  ];
  if (at >= 0) {
    const cx = px(at);
    const cy = y(usd[at] ?? 0);
    marks.push({ kind: "circle", key: "g-marked-dot", className: "spark-ring", cx, cy, r: 3.5 });
    // Above and to the left: the price was lower before this month, so the line stays below the label.
    const label = `${monthLabel(marked, lang)} ${usdShort(usd[at] ?? 0, lang)}`;
    const width = estimateTextWidth(label, SPARK_FONT) * 1.06;
    const fitsLeft = cx - 6 - width >= 0;
    marks.push(text("g-marked-text", fitsLeft ? cx - 6 : 0, cy - 8, label, fitsLeft ? "end" : "start"));
  }
  return { width: size.width, height: size.height, clip: { x: 0, y: 0, ...size }, marks };
}

/** The sparkline in words: its span, where it starts and ends, and the comparison month. */
export function describeGoldSparkline(series: GoldSeries, marked: number, lang: Lang): string {
  const { months, usd } = series;
  const month = (t: number) => monthLabel(t, lang, "long");
  const first = months[0] ?? 0;
  const latest = months[months.length - 1] ?? 0;
  const start = usdShort(usd[0] ?? 0, lang);
  const end = usdShort(usd[usd.length - 1] ?? 0, lang);
  const atMarked = usdShort(usd[months.indexOf(marked)] ?? Number.NaN, lang);
  return lang === "ja"
    ? `金価格(1トロイオンス当たり、月平均)の推移。${month(first)}の${start}から${month(latest)}の${end}へ。${month(marked)}は${atMarked}でした。`
    : `Gold price per troy ounce, monthly average, from ${month(first)} to ${month(latest)}: ${start} at the start, ${atMarked} in ${month(marked)}, ${end} in the latest month.`;
}
