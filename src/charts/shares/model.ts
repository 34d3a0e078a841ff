// Shares chart, pure: data + size + step -> scene. Axes, both share lines, the TIC series-break ticks, the
// line-end names and the step's note; the step's own annotations come from ./annotations.
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import { timeAxis, valueAxis } from "../axes";
import { fitLabelX, separateLabels } from "../labels";
import type { Mark, Scene, Size, TextMark } from "../scene";
import { sharesAnnotations } from "./annotations";
import { sharePct } from "./format";
import { NOTE_LINE_HEIGHT, type SharesFrame, noteLines, sharesFrame } from "./frame";
import { type SharesData, countries, shareSeries } from "./share-series";
import { type SharesState, sharesStepSpecs, sharesText } from "./steps";
import { textBox, textWidth } from "./text-layout";

export type { SharesData } from "./share-series";

/** The dotted June-survey ticks and the taller solid tick where the new method starts. */
const BREAK_TICK = 9;
const METHOD_TICK = 14;

function seriesBreaks(data: SharesData, frame: SharesFrame): Mark[] {
  const first = data.months[0] ?? 0;
  const tick = (key: string, t: number, className: string, height: number): Mark => {
    const px = frame.x(new Date(t));
    return {
      kind: "line",
      key,
      className,
      clipped: true,
      x1: px,
      y1: frame.bottom,
      x2: px,
      y2: frame.bottom - height,
    };
  };
  // The file's first month is itself a break; there is nothing before it to compare with.
  return [
    ...data.surveyBreaks
      .filter((t) => t > first)
      .map((t) => tick(`s-break-${t}`, t, "break-rule", BREAK_TICK)),
    tick("s-method-change", data.methodChange, "method-rule", METHOD_TICK),
  ];
}

/** A tick label at the window's very edge would be cut in half: it hugs the edge instead. */
function keepInside(mark: Mark, width: number): Mark {
  if (mark.kind !== "text") return mark;
  const placed = fitLabelX(mark.x, textWidth(mark.text, mark.className), 1, width - 1);
  return { ...mark, x: placed.x, anchor: placed.anchor };
}

function note(state: SharesState, frame: SharesFrame, width: number, lang: Lang): Mark[] {
  return noteLines(state, width, lang).map((text, i) => ({
    kind: "text",
    // Keyed by step, so one step's note fades out as the next one's fades in.
    key: `s-note-${sharesStepSpecs[state].note}-${i}`,
    className: "chart-note",
    x: frame.left,
    y: frame.noteTop + 4 + i * NOTE_LINE_HEIGHT,
    text,
    baseline: "hanging",
  }));
}

export function sharesScene(data: SharesData, state: SharesState, size: Size, lang: Lang): Scene {
  const spec = sharesStepSpecs[state];
  const frame = sharesFrame(data, state, size, lang);
  const { x, y, left, right, bottom, to } = frame;

  const marks: Mark[] = [
    ...valueAxis(y, { left, right, keyPrefix: "s", format: (v) => sharePct(v, lang, 0) }),
    ...timeAxis(x, { y: bottom, lang, keyPrefix: "s" }).map((m) => keepInside(m, size.width)),
    {
      kind: "line",
      key: "s-baseline",
      className: "axis-domain",
      x1: left,
      y1: bottom,
      x2: right,
      y2: bottom,
    },
    {
      kind: "text",
      key: "s-unit",
      className: "axis-title",
      x: left,
      y: 12,
      text: sharesText.unit[lang],
      baseline: "middle",
    },
  ];

  // Bands sit under the lines; step labels keep clear of the axis labels.
  const axisLabels = marks.filter((m): m is TextMark => m.kind === "text").map(textBox);
  const annotations = sharesAnnotations(data, state, frame, lang, axisLabels);
  marks.push(...annotations.under);
  marks.push(...seriesBreaks(data, frame));

  // Lines hold every month and are clipped to the plot, so each step's path has the same commands and the
  // browser can morph one into the next while the time window changes.
  const path = line<number>()
    .x((_, i) => x(new Date(data.months[i] ?? 0)))
    .y((v) => y(v))
    .digits(1);
  const shares = { china: shareSeries(data, "china"), japan: shareSeries(data, "japan") };
  const lastIndex = data.months.reduce((last, t, i) => (t <= to ? i : last), 0);
  const ends = separateLabels(
    countries.map((c) => ({ key: c, y: y(shares[c][lastIndex] ?? 0) })),
    18,
    frame.top,
    bottom,
  );
  for (const c of countries) {
    const quiet = spec.focus !== "both" && spec.focus !== c ? " is-quiet" : "";
    marks.push({
      kind: "path",
      key: `s-line-${c}`,
      className: `series series-${c}${quiet}`,
      clipped: true,
      d: path(shares[c]) ?? "",
    });
    marks.push({
      kind: "text",
      key: `s-name-${c}`,
      className: `series-label series-${c}${quiet}`,
      x: right + 6,
      y: ends.get(c) ?? 0,
      text: sharesText[c][lang],
      baseline: "middle",
    });
  }

  marks.push(...annotations.over, ...note(state, frame, size.width, lang));
  const clip = { x: left, y: 0, width: right - left, height: bottom };
  return { width: size.width, height: size.height, clip, marks };
}
