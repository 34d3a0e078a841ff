// The points of the line steps: dots on the closes the story names, the article's quotes as rings, and
// whichever of their labels fit without overlapping anything.
import { max } from "d3-array";
import type { Lang } from "../../i18n/locales";
import type { Mark, Rect } from "../scene";
import { HEADER_GAP, type LineFrame, timeWindow } from "./line-frame";
import { type PointLabel, dotBox, placeLabels } from "./label-placement";
import { type YieldState, yieldStepSpecs, yieldTemplates, yieldText } from "./steps";
import { type YieldData, closesBetween, quotesByDay, yieldHighlights } from "./yield-data";
import { printedQuote, quotedPct, shortDay, yieldPct } from "./yield-format";

interface Dot {
  key: string;
  className: string;
  date: number;
  value: number;
  r: number;
  label?: Omit<PointLabel, "key" | "x" | "y" | "r">;
}

/** Everything drawn at points: dots and hollow rings, and whichever of their labels fit. */
export function dotsAndLabels(
  dots: Dot[],
  frame: LineFrame,
  obstacles: { boxes: Rect[]; line: Rect[] },
  width: number,
  extra: PointLabel[] = [],
): Mark[] {
  const circles: Mark[] = dots.map((d) => ({
    kind: "circle",
    key: d.key,
    className: d.className,
    cx: frame.x(new Date(d.date)),
    cy: frame.y(d.value),
    r: d.r,
  }));
  const labels: PointLabel[] = [
    ...extra,
    ...dots.flatMap((d) =>
      d.label
        ? [{ ...d.label, key: `${d.key}-label`, x: frame.x(new Date(d.date)), y: frame.y(d.value), r: d.r }]
        : [],
    ),
  ];
  const dotBoxes = circles.flatMap((c) => (c.kind === "circle" ? [dotBox(c.cx, c.cy, c.r)] : []));
  const bounds = {
    x: 2,
    y: frame.top - HEADER_GAP + 4,
    width: width - 4,
    height: frame.bottom - frame.top + HEADER_GAP - 6,
  };
  return [...circles, ...placeLabels(labels, [...obstacles.boxes, ...dotBoxes], bounds, obstacles.line)];
}

const dayKey = (t: number) => `y-day-${t}`;

export function stateDots(data: YieldData, state: YieldState, lang: Lang): Dot[] {
  const h = yieldHighlights(data);
  const view = yieldStepSpecs[state].view;
  const dayValue = (t: number, v: number) =>
    yieldTemplates.dayValue[lang](shortDay(t, lang), yieldPct(v, lang));
  const end = { className: "annotation", required: true } as const;
  switch (view) {
    case "long":
      return [
        {
          key: dayKey(h.weekEnd.date),
          className: "dot is-focus",
          date: h.weekEnd.date,
          value: h.weekEnd.value,
          r: 4.5,
          label: {
            ...end,
            text: `${yieldText.spike[lang]}: ${yieldPct(h.weekEnd.value, lang)}`,
            sides: ["above", "left"],
          },
        },
      ];
    case "year":
      return [
        {
          key: dayKey(h.weekStart.date),
          className: "dot is-focus",
          date: h.weekStart.date,
          value: h.weekStart.value,
          r: 4,
          label: {
            ...end,
            text: dayValue(h.weekStart.date, h.weekStart.value),
            sides: ["below", "right", "left"],
          },
        },
        {
          key: dayKey(h.weekEnd.date),
          className: "dot is-focus",
          date: h.weekEnd.date,
          value: h.weekEnd.value,
          r: 4,
          label: {
            ...end,
            text: dayValue(h.weekEnd.date, h.weekEnd.value),
            sides: ["above", "right", "left"],
          },
        },
        {
          key: "y-year-high",
          className: "dot",
          date: h.yearHigh.date,
          value: h.yearHigh.value,
          r: 3.5,
          label: {
            className: "annotation is-quiet-label",
            keepOffLine: true,
            text: yieldTemplates.yearHigh[lang](
              shortDay(h.yearHigh.date, lang),
              yieldPct(h.yearHigh.value, lang),
            ),
            sides: ["right", "below"],
          },
        },
        {
          key: "y-year-low",
          className: "dot",
          date: h.yearLow.date,
          value: h.yearLow.value,
          r: 3.5,
          label: {
            className: "annotation is-quiet-label",
            keepOffLine: true,
            text: yieldTemplates.yearLow[lang](
              shortDay(h.yearLow.date, lang),
              yieldPct(h.yearLow.value, lang),
            ),
            sides: ["below", "left", "above"],
          },
        },
      ];
    case "days": {
      const [from, to] = timeWindow(data, state);
      const dots = closesBetween(data, from, to).map((d): Dot => {
        const isEnd = d.date === h.weekStart.date || d.date === h.weekEnd.date;
        const inWeek = d.date >= h.weekStart.date && d.date <= h.weekEnd.date;
        const label: Dot["label"] = isEnd
          ? {
              ...end,
              text: dayValue(d.date, d.value),
              sides: d.date === h.weekEnd.date ? ["above", "right", "left"] : ["below", "left", "right"],
            }
          : { className: "value-label", text: quotedPct(d.value, lang), sides: ["above", "below"] };
        return {
          key: dayKey(d.date),
          className: `dot${inWeek ? " is-focus" : ""}`,
          date: d.date,
          value: d.value,
          r: 4,
          label,
        };
      });
      return dots;
    }
    default:
      return articleDots(data, state, lang);
  }
}

/** Quotes this close to the day's close print the same to two decimals: the ring around the dot says so. */
const SAME_AS_CLOSE = 0.005;

/**
 * FRED's closes as filled dots and the article's quotes as rings around the same day. Each quote that differs
 * from the close is labelled on the side away from it; the last quoted day names both ("Close", "Article").
 */
function articleDots(data: YieldData, state: YieldState, lang: Lang): Dot[] {
  const [from, to] = timeWindow(data, state);
  const closes = closesBetween(data, from, to);
  const quotes = data.article.quotes.filter((q) => q.date >= from && q.date <= to);
  const lastQuoted = max(quotes, (q) => q.date);
  const closeDots = closes.map((close): Dot => {
    const quoted = quotes.filter((q) => q.date === close.date).map((q) => q.value);
    const above = (max(quoted) ?? close.value) <= close.value;
    const sides: PointLabel["sides"] = above
      ? ["above", "below", "right", "left"]
      : ["below", "above", "right", "left"];
    const label: Dot["label"] =
      close.date === lastQuoted
        ? {
            className: "annotation",
            required: true,
            text: `${yieldText.close[lang]} ${yieldPct(close.value, lang)}`,
            sides,
          }
        : { className: "value-label", text: quotedPct(close.value, lang), sides };
    return {
      key: dayKey(close.date),
      className: "dot is-close",
      date: close.date,
      value: close.value,
      r: 4,
      label,
    };
  });
  const rings = quotesByDay(quotes).flatMap((day) => {
    const close = closes.find((c) => c.date === day.date)?.value;
    return day.quotes.map((quote, i): Dot => {
      const ring = {
        key: `y-article-${day.date}-${i}`,
        className: "dot-hollow is-article",
        date: day.date,
        value: quote.value,
        r: 6.5,
      };
      if (close !== undefined && Math.abs(quote.value - close) < SAME_AS_CLOSE) return ring;
      const text = printedQuote(quote, lang);
      const sides: PointLabel["sides"] =
        close === undefined || quote.value >= close
          ? ["above", "right", "left", "below"]
          : ["below", "right", "left", "above"];
      // The last quoted day's first quote is the article's headline figure: it names itself.
      const label: Dot["label"] =
        day.date === lastQuoted && i === 0
          ? {
              className: "annotation is-article",
              required: true,
              text: `${yieldText.article[lang]} ${text}%`,
              sides,
            }
          : { className: "value-label is-article", text, sides };
      return { ...ring, label };
    });
  });
  return [...closeDots, ...rings];
}
