// Hover/tap read-out for the holdings chart: the month under the pointer and both countries' holdings.
import { bisectCenter } from "d3-array";
import type { Lang } from "../../i18n/locales";
import { estimateTextWidth, fitLabelX } from "../labels";
import { billionsShort, monthLabel } from "../format";
import type { Mark, Size } from "../scene";
import { type HoldingsData, holdingsFrame } from "./model";
import { type HoldingsState, holdingsText } from "./steps";

export function holdingsProbe(
  data: HoldingsData,
  state: HoldingsState,
  size: Size,
  lang: Lang,
  px: number,
): Mark[] {
  const { x, y, from, to, top, bottom } = holdingsFrame(data, state, size);
  const t = x.invert(px).getTime();
  if (t < from || t > to) return [];
  const i = bisectCenter(data.months, t);
  const month = data.months[i];
  if (month === undefined) return [];
  const cx = x(new Date(month));
  const values = `${holdingsText.china[lang]} ${billionsShort(data.china[i] ?? 0, lang, 1)}  ${holdingsText.japan[lang]} ${billionsShort(data.japan[i] ?? 0, lang, 1)}`;
  // Two short lines fit a 320 px phone where one long line would not.
  const label = (key: string, text: string, ly: number): Mark => {
    const placed = fitLabelX(cx, estimateTextWidth(text, 12.5), 2, size.width - 2);
    return {
      kind: "text",
      key,
      className: "annotation probe-label",
      x: placed.x,
      y: ly,
      text,
      anchor: placed.anchor,
    };
  };
  return [
    { kind: "line", key: "probe-rule", className: "probe-rule", x1: cx, y1: top, x2: cx, y2: bottom },
    {
      kind: "circle",
      key: "probe-china",
      className: "dot series-china",
      cx,
      cy: y(data.china[i] ?? 0),
      r: 4,
    },
    {
      kind: "circle",
      key: "probe-japan",
      className: "dot series-japan",
      cx,
      cy: y(data.japan[i] ?? 0),
      r: 4,
    },
    label("probe-month", monthLabel(month, lang, "long"), top - 20),
    label("probe-values", values, top - 6),
  ];
}
