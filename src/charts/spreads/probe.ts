// Hover/tap read-out for the spreads chart's line steps: the day under the pointer and each drawn spread on it.
import { bisectCenter } from "d3-array";
import type { Lang } from "../../i18n/locales";
import { fitLabelX } from "../labels";
import type { Mark, Size } from "../scene";
import { lineFrame, timeWindow } from "./frame";
import type { SeriesId, SpreadsData } from "./spreads-data";
import { bp, longDay } from "./spreads-format";
import { type SpreadsState, spreadsStepSpecs, spreadsText } from "./steps";
import { textWidth } from "./text-layout";

export function spreadsProbe(
  data: SpreadsData,
  state: SpreadsState,
  size: Size,
  lang: Lang,
  px: number,
): Mark[] {
  const spec = spreadsStepSpecs[state];
  if (spec.view !== "lines") return [];
  const { x, y, top, bottom, plotLeft, right } = lineFrame(data, state, size, lang);
  const [from, to] = timeWindow(state);
  const t = x.invert(px).getTime();
  if (t < from || t > to) return [];
  const i = bisectCenter(data.dates, t);
  const day = data.dates[i];
  if (day === undefined || day < from || day > to) return [];
  const cx = x(new Date(day));
  const series: SeriesId[] = spec.highYield ? ["hy", "ig"] : ["ig"];
  const name = { ig: spreadsText.investmentGradeShort[lang], hy: spreadsText.highYield[lang] };
  const shown = series.flatMap((s) => {
    const v = data[s][i];
    return v === null || v === undefined ? [] : [{ s, v }];
  });
  // One short line per value fits a 320 px phone where one long line would not.
  const lines = [longDay(day, lang), ...shown.map(({ s, v }) => `${name[s]} ${bp(v, lang)}`)];
  const label = (text: string, row: number): Mark => {
    const placed = fitLabelX(cx, textWidth(text, "annotation"), plotLeft, right);
    return {
      kind: "text",
      key: `probe-line-${row}`,
      className: "annotation probe-label",
      x: placed.x,
      y: top + 4 + row * 15,
      text,
      anchor: placed.anchor,
      baseline: "hanging",
    };
  };
  return [
    { kind: "line", key: "probe-rule", className: "probe-rule", x1: cx, y1: top, x2: cx, y2: bottom },
    ...shown.map(({ s, v }): Mark => ({
      kind: "circle",
      key: `probe-${s}`,
      className: `dot${s === "hy" ? " series-hy" : ""}`,
      cx,
      cy: y(v),
      r: 4,
    })),
    ...lines.map(label),
  ];
}
