// What the line steps put on the lines: dots with their labels, the lines' names, and the 2–9 April rise. Each
// returns marks and the labels still to be placed, so the scene places every label against everything else.
import type { Lang } from "../../i18n/locales";
import type { Mark } from "../scene";
import type { LineFrame } from "./frame";
import type { PointLabel } from "./label-placement";
import { type SeriesId, type SpreadsData, spreadsHighlights, valueOn } from "./spreads-data";
import { bp, bpNumber, shortDay, signedBp } from "./spreads-format";
import { type SpreadsState, spreadsStepSpecs, spreadsTemplates, spreadsText } from "./steps";

export const DOT_R = 4;

export interface Dot {
  series: SeriesId;
  date: number;
  className: string;
  /** Wordings, longest first; none for an unlabelled dot. */
  texts?: string[];
  labelClass?: string;
  sides?: PointLabel["sides"];
  required?: boolean;
}

/** A series as pixel points, days without a value left out. */
export function seriesPoints(data: SpreadsData, series: SeriesId, frame: LineFrame): Array<[number, number]> {
  return data.dates.flatMap((t, i): Array<[number, number]> => {
    const v = data[series][i];
    return v === null || v === undefined ? [] : [[frame.x(new Date(t)), frame.y(v)]];
  });
}

/** The dots each step puts on the lines, and what their labels say. */
export function stateDots(data: SpreadsData, state: SpreadsState, lang: Lang): Dot[] {
  const h = spreadsHighlights(data);
  const dayValue = (t: number, v: number) => spreadsTemplates.dayValue[lang](shortDay(t, lang), bp(v, lang));
  const key = { className: "dot", labelClass: "annotation", required: true } as const;
  switch (state) {
    case "what-is-spread":
      return [];
    case "early-2025":
      return [
        {
          ...key,
          series: "ig",
          date: h.low.date,
          texts: [spreadsTemplates.low[lang](shortDay(h.low.date, lang), bp(h.low.value, lang))],
          sides: ["below", "above"],
        },
        {
          ...key,
          series: "ig",
          date: h.high.date,
          texts: [spreadsTemplates.high[lang](shortDay(h.high.date, lang), bp(h.high.value, lang))],
          sides: ["above", "right", "left"],
        },
        {
          series: "ig",
          date: h.last.date,
          className: "dot",
          texts: [dayValue(h.last.date, h.last.value), bp(h.last.value, lang)],
          labelClass: "value-label",
          sides: ["above", "below", "left"],
        },
      ];
    case "april-move":
      return [
        {
          ...key,
          series: "ig",
          date: h.week.from.date,
          texts: [dayValue(h.week.from.date, h.week.from.value)],
          sides: ["below", "left", "above"],
        },
        {
          ...key,
          series: "ig",
          date: h.week.to.date,
          texts: [dayValue(h.week.to.date, h.week.to.value)],
          sides: ["above", "right", "left"],
        },
      ];
    case "article-table": {
      const switchDays = h.switch ? [h.switch.before.date, h.switch.after.date] : [];
      return data.article.rows.flatMap((row): Dot[] => {
        const value = valueOn(data, "ig", row.date);
        if (value === undefined) return [];
        return [
          {
            series: "ig",
            date: row.date,
            className: "dot",
            texts: [bpNumber(value, lang)],
            labelClass: "value-label",
            sides: ["above", "left", "right"],
            required: switchDays.includes(row.date),
          },
        ];
      });
    }
    case "high-yield": {
      const { highYield: hy, investmentGradeSameDays: ig } = h;
      const hyDot = (d: { date: number; value: number }): Dot => ({
        ...key,
        series: "hy",
        date: d.date,
        className: "dot series-hy",
        texts: [dayValue(d.date, d.value), bp(d.value, lang)],
        sides: ["above", "left", "right", "below"],
      });
      const igDot = (d: { date: number; value: number }): Dot => ({
        series: "ig",
        date: d.date,
        className: "dot",
        texts: [bp(d.value, lang)],
        labelClass: "value-label",
        sides: ["above", "below"],
      });
      return [hyDot(hy.from), hyDot(hy.to), igDot(ig.from), igDot(ig.to)];
    }
  }
}

/** Space between the points a line's name may sit at. */
const NAME_ANCHOR_SPACING = 16;
/** Names sit in the first part of the window, where the story's marks are not. */
const NAME_REACH = 0.45;

/**
 * Where a line's name may sit: points along it from the window's start, a few pixels apart, so the name finds
 * a stretch where it clears the line instead of being drawn across it.
 */
function nameAnchors(data: SpreadsData, series: SeriesId, frame: LineFrame): Array<[number, number]> {
  const reach = frame.plotLeft + (frame.right - frame.plotLeft) * NAME_REACH;
  const anchors: Array<[number, number]> = [];
  for (const [x, y] of seriesPoints(data, series, frame)) {
    if (x < frame.plotLeft || x > reach) continue;
    const last = anchors[anchors.length - 1];
    if (!last || x - last[0] >= NAME_ANCHOR_SPACING) anchors.push([x, y]);
  }
  return anchors;
}

/** Direct names on the lines, so no legend is needed. */
export function seriesNames(
  data: SpreadsData,
  state: SpreadsState,
  frame: LineFrame,
  lang: Lang,
): PointLabel[] {
  const spec = spreadsStepSpecs[state];
  const at = (series: SeriesId) => {
    const [first, ...rest] = nameAnchors(data, series, frame);
    return first ? { x: first[0], y: first[1], alternatives: rest } : undefined;
  };
  const igAt = at("ig");
  const hyAt = at("hy");
  if (!igAt) return [];
  const ig: PointLabel = {
    key: "s-name-ig",
    texts: [spreadsText.investmentGrade[lang], spreadsText.investmentGradeShort[lang]],
    className: "s-series-name",
    ...igAt,
    sides: ["above", "below"],
    required: true,
  };
  if (!spec.highYield || !hyAt) return [ig];
  return [
    ig,
    {
      key: "s-name-hy",
      texts: [spreadsText.highYield[lang]],
      className: "s-series-name series-hy",
      ...hyAt,
      sides: ["above", "below"],
      required: true,
    },
  ];
}

export function weekMarks(
  data: SpreadsData,
  frame: LineFrame,
  lang: Lang,
): { marks: Mark[]; labels: PointLabel[] } {
  const { week } = spreadsHighlights(data);
  const x0 = frame.x(new Date(week.from.date));
  const x1 = frame.x(new Date(week.to.date));
  const y0 = frame.y(week.from.value);
  const y1 = frame.y(week.to.value);
  const band: Mark = {
    kind: "rect",
    key: "s-band-week",
    className: "band band-focus",
    x: x0,
    y: frame.top,
    width: Math.max(0, x1 - x0),
    height: frame.bottom - frame.top,
  };
  return {
    marks: [
      band,
      { kind: "line", key: "s-week-level", className: "s-week-level", x1: x0, y1: y0, x2: x1, y2: y0 },
      { kind: "line", key: "s-week-rise", className: "s-week-rise", x1, y1: y0, x2: x1, y2: y1 },
    ],
    labels: [
      {
        key: "s-week-change",
        texts: [signedBp(week.changeBp, lang)],
        className: "annotation is-focus",
        x: x1,
        y: (y0 + y1) / 2,
        sides: ["right", "left"],
        required: true,
      },
    ],
  };
}
