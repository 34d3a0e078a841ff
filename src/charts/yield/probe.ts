// Hover/tap read-out for the yield chart: the close nearest the pointer on the line steps, the bin under it on
// the histogram. Keyboard and screen-reader users get the same numbers in the data table.
import { bisectCenter } from "d3-array";
import type { Lang } from "../../i18n/locales";
import { fitLabelX } from "../labels";
import type { Mark, Size } from "../scene";
import { histogramFrame } from "./histogram-view";
import { lineFrame } from "./line-frame";
import { type YieldState, yieldStepSpecs } from "./steps";
import { textWidth } from "./text-layout";
import type { YieldData } from "./yield-data";
import { bpTick, count, longDay, yieldPct } from "./yield-format";

function readout(key: string, text: string, x: number, y: number, width: number): Mark {
  const placed = fitLabelX(x, textWidth(text, "annotation"), 2, width - 2);
  return {
    kind: "text",
    key,
    className: "annotation probe-label",
    x: placed.x,
    y,
    text,
    anchor: placed.anchor,
  };
}

function histogramProbe(data: YieldData, size: Size, lang: Lang, px: number): Mark[] {
  const { x, top, bottom } = histogramFrame(data, size, lang);
  const { binStarts, binWidth, counts } = data.weekly;
  const bp = x.invert(px);
  const i = binStarts.findIndex((start) => bp >= start && bp < start + binWidth);
  const start = binStarts[i];
  if (start === undefined) return [];
  const unit = lang === "ja" ? "bp" : " bp";
  const weeks = lang === "ja" ? `${count(counts[i] ?? 0, lang)}週` : `${count(counts[i] ?? 0, lang)} weeks`;
  const range = `${bpTick(start, lang)}${lang === "ja" ? "〜" : " to "}${bpTick(start + binWidth, lang)}${unit}`;
  const cx = x(start + binWidth / 2);
  return [
    { kind: "line", key: "probe-rule", className: "probe-rule", x1: cx, y1: top, x2: cx, y2: bottom },
    readout("probe-value", `${range}: ${weeks}`, cx, top - 6, size.width),
  ];
}

export function yieldProbe(data: YieldData, state: YieldState, size: Size, lang: Lang, px: number): Mark[] {
  if (yieldStepSpecs[state].view === "histogram") return histogramProbe(data, size, lang, px);
  const { x, y, top, bottom } = lineFrame(data, state, size, lang);
  const [from, to] = x.domain().map((d) => d.getTime());
  const t = x.invert(px).getTime();
  if (from === undefined || to === undefined || t < from || t > to) return [];
  const series = yieldStepSpecs[state].view === "long" ? data.long : data.daily;
  const i = bisectCenter(series.dates, t);
  const date = series.dates[i];
  const value = series.values[i];
  if (date === undefined || value === undefined || date < from || date > to) return [];
  const cx = x(new Date(date));
  return [
    { kind: "line", key: "probe-rule", className: "probe-rule", x1: cx, y1: top, x2: cx, y2: bottom },
    { kind: "circle", key: "probe-dot", className: "dot", cx, cy: y(value), r: 4 },
    readout("probe-value", `${longDay(date, lang)}: ${yieldPct(value, lang)}`, cx, top - 6, size.width),
  ];
}
