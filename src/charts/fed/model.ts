// Fed balance-sheet chart, pure: data + step + size -> scene. Two weekly lines (total assets and Treasury
// holdings, in trillions), the Fed's programmes as bands named in a lane above the plot, and labelled values.
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import { valueAxis, valueTickCount } from "../axes";
import type { LineMark, Mark, RectMark, Scene, Size, TextMark } from "../scene";
import { lineLabels } from "./callouts";
import { type FedData, type Series, takesEffect, trillions, utc } from "./fed-data";
import { tickLabel } from "./fed-format";
import { type FedFrame, UNIT_Y, fedFrame } from "./frame";
import { type FedState, fedStepSpecs, fedText, spikeWeek } from "./steps";
import { textBox } from "./text-boxes";
import { fedTimeAxis } from "./time-axis";

export type { FedData } from "./fed-data";
export { describeFed } from "./describe";

function bandMarks(frame: FedFrame): RectMark[] {
  return frame.bands.map(({ band, x0, x1, focus }) => ({
    kind: "rect",
    key: `fed-band-${band.id}`,
    className: `band band-${band.id.startsWith("qt") ? "qt" : band.id === "rmp" ? "rmp" : "qe"} ${focus ? "is-focus" : "is-quiet-band"}`,
    clipped: true,
    x: x0,
    y: frame.top,
    width: Math.max(0, x1 - x0),
    height: frame.bottom - frame.top,
  }));
}

/** Rules on the days a step marks: single decisions and the week of the yield spike. */
function ruleMarks(data: FedData, state: FedState, frame: FedFrame): LineMark[] {
  const spec = fedStepSpecs[state];
  const days: Array<{ key: string; t: number; className: string }> = [];
  for (const id of spec.decisions) {
    const event = data.events.find((e) => e.id === id);
    if (event) days.push({ key: id, t: takesEffect(event), className: "marker-rule" });
  }
  if (spec.spike) days.push({ key: "spike", t: utc(spikeWeek), className: "marker-rule marker-spike" });
  return days
    .filter((d) => d.t >= frame.from && d.t <= frame.to)
    .map((d) => {
      const x = frame.x(new Date(d.t));
      return {
        kind: "line",
        key: `fed-rule-${d.key}`,
        className: d.className,
        x1: x,
        y1: frame.top,
        x2: x,
        y2: frame.bottom,
      };
    });
}

function valueAxisMarks(frame: FedFrame, lang: Lang): Mark[] {
  const ticks = frame.y.ticks(valueTickCount(frame.bottom - frame.top));
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  return valueAxis(frame.y, {
    left: frame.left,
    right: frame.right,
    keyPrefix: "fed",
    format: (v) => tickLabel(v, lang, step),
  });
}

export function fedScene(data: FedData, state: FedState, size: Size, lang: Lang): Scene {
  const frame = fedFrame(data, state, size, lang);
  const yAxis = valueAxisMarks(frame, lang);
  // Lines hold every week and are clipped to the plot, so each step's path has the same commands and the
  // browser can morph one step into the next while the axes rescale.
  const path = line<number>()
    .x((_, i) => frame.x(new Date(data.weeks[i] ?? 0)))
    .y((v) => frame.y(trillions(v)))
    .digits(1);
  const series: Series[] = ["total", "treasuries"];
  // Tick labels sit inside the plot, so they are drawn over the lines (with a halo) and labels avoid them.
  const tickLabels = yAxis.filter((m): m is TextMark => m.kind === "text");
  const gridlines = yAxis.filter((m) => m.kind !== "text");

  const marks: Mark[] = [
    ...bandMarks(frame),
    ...gridlines,
    ...fedTimeAxis(frame.x, { y: frame.bottom, lang, width: size.width }),
    {
      kind: "line",
      key: "fed-baseline",
      className: "axis-domain",
      x1: frame.left,
      y1: frame.bottom,
      x2: frame.right,
      y2: frame.bottom,
    },
    ...ruleMarks(data, state, frame),
    ...series.map((s): Mark => ({
      kind: "path",
      key: `fed-line-${s}`,
      className: `series series-${s}`,
      clipped: true,
      d: path(data[s]) ?? "",
    })),
    ...tickLabels,
    ...lineLabels(data, state, frame, lang, tickLabels.map(textBox)),
    ...frame.lane.marks,
    {
      kind: "text",
      key: "fed-unit",
      className: "axis-title",
      x: frame.left,
      y: UNIT_Y,
      text: fedText.unit[lang],
      baseline: "middle",
    },
  ];
  // A little headroom, so a line at the top of the scale keeps its full stroke; the right edge sits just inside
  // the last week, so a steep rise in the week after the window does not show as a sliver of stroke.
  const clip = {
    x: frame.left,
    y: frame.top - 3,
    width: frame.right - frame.left - 1.5,
    height: frame.bottom - frame.top + 3,
  };
  return { width: size.width, height: size.height, clip, marks };
}
