// The line steps: the long run, 2025, the April days and the article's quotes. All daily-resolution steps draw
// every 2025 close in one path (clipped), so it morphs while the axes rescale; the reduced long line is a
// different thing and fades out as the view zooms in.
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import type { Mark, Scene, Size } from "../scene";
import { lineSamples, type PointLabel } from "./label-placement";
import { type LineFrame, lineFrame } from "./line-frame";
import { dotsAndLabels, stateDots } from "./line-points";
import { type YieldState, emphasisEra, yieldStepSpecs, yieldText } from "./steps";
import { textBox } from "./text-layout";
import { dateAxis } from "./yield-axes";
import { type DatedSeries, type YieldData, utc, yieldHighlights } from "./yield-data";

function seriesPath(series: DatedSeries, frame: LineFrame, from: number, to: number): string {
  const path = line<number>()
    .x((i) => frame.x(new Date(series.dates[i] ?? 0)))
    .y((i) => frame.y(series.values[i] ?? 0))
    .digits(1);
  const indexes = series.dates.flatMap((_, i) => (i >= from && i <= to ? [i] : []));
  return path(indexes) ?? "";
}

/** The reduced long line, quieter before the emphasised era; `gone` fades it out while it zooms with the axes. */
function longLine(data: YieldData, frame: LineFrame, gone: boolean): Mark[] {
  const split = Math.max(
    0,
    data.long.dates.findIndex((t) => t >= utc(emphasisEra.from)),
  );
  const fade = gone ? " is-gone" : "";
  const last = data.long.dates.length - 1;
  return [
    {
      kind: "path",
      key: "y-long-early",
      className: `series series-yield is-quiet${fade}`,
      clipped: true,
      d: seriesPath(data.long, frame, 0, split),
    },
    {
      kind: "path",
      key: "y-long-recent",
      className: `series series-yield${fade}`,
      clipped: true,
      d: seriesPath(data.long, frame, split, last),
    },
  ];
}

function band(key: string, className: string, frame: LineFrame, from: number, to: number): Mark {
  const x0 = Math.max(frame.plotLeft, frame.x(new Date(from)));
  const x1 = Math.min(frame.right, frame.x(new Date(to)));
  return {
    kind: "rect",
    key,
    className,
    x: x0,
    y: frame.top,
    width: Math.max(0, x1 - x0),
    height: frame.bottom - frame.top,
  };
}

export function lineScene(data: YieldData, state: YieldState, size: Size, lang: Lang): Scene {
  const view = yieldStepSpecs[state].view;
  const frame = lineFrame(data, state, size, lang);
  const { x, left, plotLeft, right, top, bottom } = frame;
  const axes = [...frame.yAxis, ...dateAxis(x, { y: bottom, lang, frameWidth: size.width })];
  const marks: Mark[] = [];
  const h = yieldHighlights(data);
  if (view === "long") {
    marks.push(band("y-era-band", "band", frame, utc(emphasisEra.from), utc(emphasisEra.to)));
  } else if (view !== "article") {
    // The article step's window is that week, so a band there would shade everything.
    marks.push(band("y-week-band", "band band-focus", frame, h.weekStart.date, h.weekEnd.date));
  }
  marks.push(...axes);
  marks.push({
    kind: "line",
    key: "y-baseline",
    className: "axis-domain",
    x1: left,
    y1: bottom,
    x2: right,
    y2: bottom,
  });
  if (view === "long" || view === "year") marks.push(...longLine(data, frame, view === "year"));
  if (view !== "long") {
    marks.push({
      kind: "path",
      key: "y-daily",
      className: "series series-yield",
      clipped: true,
      d: seriesPath(data.daily, frame, 0, data.daily.dates.length - 1),
    });
  }
  const shown = view === "long" ? data.long : data.daily;
  const linePoints = shown.dates.map((t, i): [number, number] => [
    x(new Date(t)),
    frame.y(shown.values[i] ?? 0),
  ]);
  const clip = { x: plotLeft, y: top - 4, width: right - plotLeft, height: bottom - top + 4 };
  const obstacles = {
    boxes: [...axes, ...frame.header].flatMap((m) => (m.kind === "text" ? [textBox(m)] : [])),
    line: lineSamples(linePoints, clip),
  };
  const extra: PointLabel[] =
    view === "long"
      ? [
          {
            key: "y-era-label",
            className: "annotation",
            text: yieldText.era[lang],
            x: x(new Date(utc(emphasisEra.from))) - 5,
            y: top + 10,
            sides: ["right", "left"],
            required: true,
          },
        ]
      : [];
  marks.push(...dotsAndLabels(stateDots(data, state, lang), frame, obstacles, size.width, extra));
  marks.push(...frame.header);
  return { width: size.width, height: size.height, clip, marks };
}
