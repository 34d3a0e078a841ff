// The article's spread table drawn beside the series: its rows in two visibly different groups (a shaded band
// and a shape per rating), joined within each group and broken by a dashed rule where the table changes index.
import type { Lang } from "../../i18n/locales";
import type { Mark } from "../scene";
import type { LineFrame } from "./frame";
import type { PointLabel } from "./label-placement";
import { type ArticleGroup, type Rating, type SpreadsData, articleGroups } from "./spreads-data";
import { bpNumber } from "./spreads-format";
import { spreadsText } from "./steps";
import { textWidth } from "./text-layout";

const DAY = 86_400_000;
/** A group's band reaches a little under half a day past its first and last row, so neighbours never touch. */
const BAND_REACH = 0.45 * DAY;
/** Half the side of an AA square; an A ring has the same radius, so both read as the same size. */
export const ARTICLE_MARK_R = 4.5;

const ratingClass = (rating: Rating) => (rating === "A" ? "is-a" : "is-aa");
const bandNames = (rating: Rating, lang: Lang) =>
  rating === "A" ? spreadsText.articleA[lang] : spreadsText.articleAA[lang];

export interface ArticleLayer {
  /** Bands go under everything else. */
  bands: Mark[];
  /** Joins and marks go over the series. */
  marks: Mark[];
  labels: PointLabel[];
  /** Polylines of the joins, so labels keep off them. */
  lines: Array<Array<[number, number]>>;
}

/**
 * The band names at one level of wording for every group (the longest at which each fits its band), so the two
 * groups are named alike: "Article: A-rated" beside "Article: AA-rated", never "A" beside "Article: AA-rated".
 */
function bandTexts(widths: Array<{ rating: Rating; width: number }>, lang: Lang): Map<Rating, string[]> {
  const levels = Math.min(...widths.map((w) => bandNames(w.rating, lang).length));
  const fits = (level: number) =>
    widths.every((w) => textWidth(bandNames(w.rating, lang)[level] ?? "", "annotation") <= w.width - 4);
  let level = 0;
  while (level < levels - 1 && !fits(level)) level++;
  return new Map(widths.map((w) => [w.rating, bandNames(w.rating, lang).slice(level)]));
}

function groupMarks(group: ArticleGroup, frame: LineFrame): Mark[] {
  const cls = ratingClass(group.rating);
  return group.rows.map((row): Mark => {
    const cx = frame.x(new Date(row.date));
    const cy = frame.y(row.value);
    const key = `s-article-${row.date}`;
    const className = `s-article ${cls}`;
    return group.rating === "A"
      ? { kind: "circle", key, className, cx, cy, r: ARTICLE_MARK_R }
      : {
          kind: "rect",
          key,
          className,
          x: cx - ARTICLE_MARK_R,
          y: cy - ARTICLE_MARK_R,
          width: 2 * ARTICLE_MARK_R,
          height: 2 * ARTICLE_MARK_R,
        };
  });
}

export function articleLayer(data: SpreadsData, frame: LineFrame, lang: Lang): ArticleLayer {
  const groups = articleGroups(data.article.rows);
  const point = (date: number, value: number): [number, number] => [frame.x(new Date(date)), frame.y(value)];
  const layer: ArticleLayer = { bands: [], marks: [], labels: [], lines: [] };
  const extents = groups.map((group) => {
    const first = group.rows[0]?.date ?? 0;
    const last = group.rows.at(-1)?.date ?? 0;
    const x0 = Math.max(frame.plotLeft, frame.x(new Date(first - BAND_REACH)));
    const x1 = Math.min(frame.right, frame.x(new Date(last + BAND_REACH)));
    return { group, x0, x1, rating: group.rating, width: x1 - x0 };
  });
  const names = bandTexts(extents, lang);
  for (const { group, x0, x1 } of extents) {
    const cls = ratingClass(group.rating);
    layer.bands.push({
      kind: "rect",
      key: `s-band-${group.rating}`,
      className: `s-band ${cls}`,
      x: x0,
      y: frame.top,
      width: Math.max(0, x1 - x0),
      height: frame.bottom - frame.top,
    });
    layer.labels.push({
      key: `s-band-${group.rating}-label`,
      texts: names.get(group.rating) ?? [],
      className: `annotation s-band-label ${cls}`,
      x: (x0 + x1) / 2,
      y: frame.top,
      sides: ["below"],
      required: true,
    });
    const points = group.rows.map((row) => point(row.date, row.value));
    layer.lines.push(points);
    layer.marks.push({
      kind: "path",
      key: `s-article-join-${group.rating}`,
      className: `s-article-join ${cls}`,
      d: `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}`,
    });
    layer.marks.push(...groupMarks(group, frame));
    for (const row of group.rows) {
      const [x, y] = point(row.date, row.value);
      layer.labels.push({
        key: `s-article-${row.date}-label`,
        texts: [bpNumber(row.value, lang)],
        className: `value-label is-article`,
        x,
        y,
        r: ARTICLE_MARK_R,
        sides: ["below", "left", "right"],
        required: true,
      });
    }
  }
  // The step between two groups is the table changing index: a dashed rule, not a line the market drew.
  for (let g = 1; g < groups.length; g++) {
    const before = groups[g - 1]?.rows.at(-1);
    const after = groups[g]?.rows[0];
    if (!before || !after) continue;
    const [x1, y1] = point(before.date, before.value);
    const [x2, y2] = point(after.date, after.value);
    layer.lines.push([
      [x1, y1],
      [x2, y2],
    ]);
    layer.marks.unshift({
      kind: "line",
      key: `s-article-switch-${after.date}`,
      className: "s-switch",
      x1,
      y1,
      x2,
      y2,
    });
  }
  return layer;
}
