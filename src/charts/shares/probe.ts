// Hover/tap read-out for the shares chart: the month under the pointer and both countries' shares, on one line
// above the plot. Keyboard and screen-reader users get the same numbers in the chart's data table.
import { bisectCenter } from "d3-array";
import type { Lang } from "../../i18n/locales";
import { fitLabelX } from "../labels";
import { monthLabel } from "../format";
import type { Mark, Size } from "../scene";
import { sharePct } from "./format";
import { sharesFrame } from "./frame";
import { type SharesData, shareSeries } from "./share-series";
import { type SharesState, sharesText } from "./steps";
import { textWidth } from "./text-layout";

export function sharesProbe(
  data: SharesData,
  state: SharesState,
  size: Size,
  lang: Lang,
  px: number,
): Mark[] {
  const { x, y, from, to, top, bottom } = sharesFrame(data, state, size, lang);
  const t = x.invert(px).getTime();
  if (t < from || t > to) return [];
  const i = bisectCenter(data.months, t);
  const month = data.months[i];
  if (month === undefined) return [];
  const cx = x(new Date(month));
  const china = shareSeries(data, "china")[i] ?? 0;
  const japan = shareSeries(data, "japan")[i] ?? 0;
  const text = `${monthLabel(month, lang)}  ${sharesText.china[lang]} ${sharePct(china, lang)}  ${sharesText.japan[lang]} ${sharePct(japan, lang)}`;
  const placed = fitLabelX(cx, textWidth(text, "annotation"), 2, size.width - 2);
  return [
    { kind: "line", key: "probe-rule", className: "probe-rule", x1: cx, y1: top, x2: cx, y2: bottom },
    { kind: "circle", key: "probe-china", className: "dot series-china", cx, cy: y(china), r: 4 },
    { kind: "circle", key: "probe-japan", className: "dot series-japan", cx, cy: y(japan), r: 4 },
    {
      kind: "text",
      key: "probe-values",
      className: "annotation probe-label",
      x: placed.x,
      y: top - 8,
      text,
      anchor: placed.anchor,
    },
  ];
}
