// The frame of the line steps: the time window, scales, the value axis and the notes stacked above the plot.
import { max, min } from "d3-array";
import { linearScale, utcScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import type { Size } from "../scene";
import { type YieldState, yieldStepSpecs, yieldTemplates, yieldText } from "./steps";
import { type HeaderLine, headerBlock } from "./text-layout";
import { axisLabelGutter, percentAxis } from "./yield-axes";
import { type YieldData, closesBetween, utc, yieldHighlights } from "./yield-data";
import { shortDay, signedBp, signedPct } from "./yield-format";

const MARGIN = { left: 8, right: 14, bottom: 30 };
/** Room between the notes and the plot for the top tick's label. */
export const HEADER_GAP = 20;
const DAY = 86_400_000;
/** Day windows run half a day past their first and last day, so the end dots are not on the frame's edge. */
const DAY_PADDING = 0.6 * DAY;

function headerLines(data: YieldData, state: YieldState, lang: Lang): HeaderLine[] {
  const unit: HeaderLine = { key: "y-unit", text: yieldText.unit[lang], className: "axis-title" };
  const view = yieldStepSpecs[state].view;
  if (view === "days")
    return [unit, { key: "y-note-days", text: yieldText.noTrading[lang], className: "y-note" }];
  if (view !== "article") return [unit];
  const h = yieldHighlights(data);
  const week = yieldTemplates.weekFromTo[lang](
    shortDay(h.weekStart.date, lang),
    shortDay(h.weekEnd.date, lang),
  );
  const printed = data.article.weekChangePct;
  const compared = yieldTemplates.weekCompared[lang](
    week,
    printed === null ? undefined : signedPct(printed, lang),
    signedPct(h.weekChangePct, lang),
    signedBp(h.weekChangeBp, lang),
  );
  return [
    unit,
    { key: "y-note-week", text: compared, className: "y-note" },
    { key: "y-note-why", text: yieldText.whyDifferent[lang], className: "y-note" },
  ];
}

export function timeWindow(data: YieldData, state: YieldState): [number, number] {
  const spec = yieldStepSpecs[state];
  const from = spec.from === "start" ? data.extremes.first.date : utc(spec.from);
  const to = spec.to === "latest" ? data.extremes.latest.date : utc(spec.to);
  const padded = spec.view === "days" || spec.view === "article";
  return padded ? [from - DAY_PADDING, to + DAY_PADDING] : [from, to];
}

function valuesShown(data: YieldData, state: YieldState, from: number, to: number): number[] {
  const view = yieldStepSpecs[state].view;
  if (view === "long") return [0, data.extremes.max.value];
  const closes = closesBetween(data, from, to).map((d) => d.value);
  if (view !== "article") return closes;
  return [
    ...closes,
    ...data.article.quotes.filter((q) => q.date >= from && q.date <= to).map((q) => q.value),
  ];
}

/** Scales, plot bounds, the value axis and the notes above the plot for a line step at a size. */
export function lineFrame(data: YieldData, state: YieldState, size: Size, lang: Lang) {
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const header = headerBlock(headerLines(data, state, lang), left, right, lang);
  const top = header.bottom + HEADER_GAP;
  const bottom = size.height - MARGIN.bottom;
  const [from, to] = timeWindow(data, state);
  const values = valuesShown(data, state, from, to);
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  const pad = Math.max((hi - lo) * 0.1, 0.04);
  const y = linearScale([lo === 0 ? 0 : lo - pad, hi + pad], [bottom, top], { nice: true });
  const yAxis = percentAxis(y, { left, right, lang });
  // The line starts right of the value labels, so it never runs underneath them.
  const plotLeft = left + axisLabelGutter(yAxis);
  const x = utcScale([new Date(from), new Date(to)], [plotLeft, right]);
  return { x, y, yAxis, left, plotLeft, right, top, bottom, header: header.marks };
}

export type LineFrame = ReturnType<typeof lineFrame>;
