// The line steps: January–May 2025, the 2–9 April move, the article's table beside the series, and high yield
// for context. Every step draws each series as one path over all the shipped days (clipped to the plot), so the
// investment-grade line morphs while the axes rescale; high yield is a new line and fades in.
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import type { Mark, Rect, Scene, Size } from "../scene";
import { articleLayer } from "./article-marks";
import { HEADER_GAP, type LineFrame, lineFrame } from "./frame";
import { DOT_R, seriesNames, seriesPoints, stateDots, weekMarks } from "./line-annotations";
import { type PointLabel, dotBox, lineSamples, placeLabels } from "./label-placement";
import { type SeriesId, type SpreadsData, valueOn } from "./spreads-data";
import { type SpreadsState, spreadsStepSpecs } from "./steps";
import { textBox } from "./text-layout";

function seriesPath(data: SpreadsData, series: SeriesId, frame: LineFrame): string {
  const values = data[series];
  const path = line<number>()
    .defined((i) => values[i] !== null && values[i] !== undefined)
    .x((i) => frame.x(new Date(data.dates[i] ?? 0)))
    .y((i) => frame.y(values[i] ?? 0))
    .digits(1);
  return path(data.dates.map((_, i) => i)) ?? "";
}

export function lineScene(data: SpreadsData, state: SpreadsState, size: Size, lang: Lang): Scene {
  const frame = lineFrame(data, state, size, lang);
  const { plotLeft, left, right, top, bottom } = frame;
  const spec = spreadsStepSpecs[state];
  const clip: Rect = { x: plotLeft, y: top - 4, width: right - plotLeft, height: bottom - top + 4 };

  const under: Mark[] = [];
  const over: Mark[] = [];
  const labels: PointLabel[] = [];
  const lines: Array<Array<[number, number]>> = [seriesPoints(data, "ig", frame)];
  if (spec.highYield) lines.push(seriesPoints(data, "hy", frame));
  if (state === "april-move") {
    const week = weekMarks(data, frame, lang);
    under.push(week.marks[0]!);
    over.push(...week.marks.slice(1));
    labels.push(...week.labels);
    // Labels keep off the dashed level and the rise rule as they do off the series.
    for (const m of week.marks)
      if (m.kind === "line")
        lines.push([
          [m.x1, m.y1],
          [m.x2, m.y2],
        ]);
  }
  if (state === "article-table") {
    const article = articleLayer(data, frame, lang);
    under.push(...article.bands);
    over.push(...article.marks);
    labels.push(...article.labels);
    lines.push(...article.lines);
  }

  const dots = stateDots(data, state, lang);
  const circles = dots.map((d): Mark => ({
    kind: "circle",
    key: `s-${d.series}-${d.date}`,
    className: d.className,
    cx: frame.x(new Date(d.date)),
    cy: frame.y(valueOn(data, d.series, d.date) ?? 0),
    r: DOT_R,
  }));
  for (const [i, d] of dots.entries()) {
    const c = circles[i];
    if (!d.texts || !c || c.kind !== "circle") continue;
    labels.push({
      key: `${c.key}-label`,
      texts: d.texts,
      className: d.labelClass ?? "annotation",
      x: c.cx,
      y: c.cy,
      r: DOT_R,
      sides: d.sides ?? ["above", "below"],
      ...(d.required ? { required: true } : {}),
    });
  }
  labels.push(...seriesNames(data, state, frame, lang));

  const seriesMarks: Mark[] = [
    {
      kind: "path",
      key: "s-line-ig",
      className: "series series-ig",
      clipped: true,
      d: seriesPath(data, "ig", frame),
    },
  ];
  if (spec.highYield)
    seriesMarks.push({
      kind: "path",
      key: "s-line-hy",
      className: "series series-hy",
      clipped: true,
      d: seriesPath(data, "hy", frame),
    });

  const obstacles = [
    ...[...frame.axes, ...frame.header].flatMap((m) => (m.kind === "text" ? [textBox(m)] : [])),
    ...[...circles, ...over].flatMap((m) =>
      m.kind === "circle" ? [dotBox(m.cx, m.cy, m.r)] : m.kind === "rect" ? [m] : [],
    ),
  ];
  const bounds: Rect = {
    x: 2,
    y: top - HEADER_GAP + 4,
    width: size.width - 4,
    height: bottom - top + HEADER_GAP - 6,
  };
  const lineBoxes = lines.flatMap((points) => lineSamples(points, clip));
  const placed = placeLabels(labels, obstacles, bounds, lineBoxes);

  const marks: Mark[] = [
    ...under,
    ...frame.axes,
    {
      kind: "line",
      key: "s-baseline",
      className: "axis-domain",
      x1: left,
      y1: bottom,
      x2: right,
      y2: bottom,
    },
    ...seriesMarks,
    ...over,
    ...circles,
    ...placed,
    ...frame.header,
  ];
  return { width: size.width, height: size.height, clip, marks };
}
