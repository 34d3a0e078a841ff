// The "that week against history" step: how many weeks moved by how much since the series began, with the week
// of 4-11 April 2025 marked and its rank stated in the notes above the plot.
import { max } from "d3-array";
import { linearScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import type { Mark, Scene, Size, TextMark } from "../scene";
import { placeLabels } from "./label-placement";
import { yieldTemplates, yieldText } from "./steps";
import { type HeaderLine, headerBlock, overlaps, textBox } from "./text-layout";
import { axisLabelGutter, bpAxis, weeksAxis } from "./yield-axes";
import type { YieldData } from "./yield-data";
import { capitalise, count, longDay, ordinal, shortDay, signedBp, yearsBetween } from "./yield-format";

const MARGIN = { left: 8, right: 14, bottom: 30 };
const HEADER_GAP = 24;
/** Bins with a handful of weeks in them stay visible as a sliver instead of vanishing at full-history scale. */
const MIN_BAR_HEIGHT = 1.5;

/** "the 22nd" or "joint 22nd" / "22位" or "22位(同率)". */
function rankText(rank: number, ties: number, lang: Lang): string {
  if (ties === 0) return ordinal(rank, lang);
  return lang === "ja" ? `${ordinal(rank, lang)}(同率)` : `joint ${ordinal(rank, lang)}`;
}

/** The notes: what the bars count, the week's change and rank, and the last week that rose more. */
export function histogramNotes(data: YieldData, lang: Lang): HeaderLine[] {
  const { focus, lastLarger, total, firstEnd } = data.weekly;
  const since = String(new Date(firstEnd).getUTCFullYear());
  const week = (end: number) => yieldTemplates.weekTo[lang](longDay(end, lang));
  const rise = yieldTemplates.focusRise[lang](
    capitalise(week(focus.end)),
    signedBp(focus.changeBp, lang),
    rankText(focus.rank, focus.ties, lang),
    count(total, lang),
    since,
  );
  const larger = lastLarger
    ? yieldTemplates.lastLarger[lang](
        week(lastLarger.end),
        signedBp(lastLarger.changeBp, lang),
        yearsBetween(lastLarger.end, focus.end),
      )
    : yieldTemplates.noLarger[lang](since);
  return [
    { key: "yw-unit", text: yieldText.histogramUnit[lang], className: "axis-title" },
    { key: "yw-note-rank", text: rise, className: "y-note" },
    { key: "yw-note-larger", text: larger, className: "y-note" },
  ];
}

export function histogramFrame(data: YieldData, size: Size, lang: Lang) {
  const { binStarts, binWidth, counts } = data.weekly;
  const right = size.width - MARGIN.right;
  const header = headerBlock(histogramNotes(data, lang), MARGIN.left, right, lang);
  const top = header.bottom + HEADER_GAP;
  const bottom = size.height - MARGIN.bottom;
  const first = binStarts[0] ?? 0;
  const last = (binStarts[binStarts.length - 1] ?? 0) + binWidth;
  const left = MARGIN.left;
  const y = linearScale([0, max(counts) ?? 1], [bottom, top], { nice: true });
  const yAxis = weeksAxis(y, { left, right, lang });
  const plotLeft = left + axisLabelGutter(yAxis);
  const x = linearScale([first, last], [plotLeft, right]);
  return { x, y, yAxis, left, plotLeft, right, top, bottom, header: header.marks };
}

function bars(data: YieldData, frame: ReturnType<typeof histogramFrame>): Mark[] {
  const { binStarts, binWidth, counts, focus } = data.weekly;
  const { x, y, bottom } = frame;
  return binStarts.map((start, i): Mark => {
    const n = counts[i] ?? 0;
    const height = n === 0 ? 0 : Math.max(MIN_BAR_HEIGHT, bottom - y(n));
    const holdsFocus = focus.changeBp >= start && focus.changeBp < start + binWidth;
    const larger = start > focus.changeBp;
    const x0 = x(start);
    return {
      kind: "rect",
      key: `yw-bin-${start}`,
      className: `bar${holdsFocus ? " is-focus" : larger ? " is-larger" : ""}`,
      x: x0 + 0.5,
      y: bottom - height,
      width: Math.max(0.5, x(start + binWidth) - x0 - 1),
      height,
    };
  });
}

/** The rule at the week's change and its label above the plot: with the dates where they fit, else the change. */
function focusMarker(
  data: YieldData,
  frame: ReturnType<typeof histogramFrame>,
  obstacles: TextMark[],
  width: number,
  lang: Lang,
): Mark[] {
  const { focus } = data.weekly;
  const px = frame.x(focus.changeBp);
  const bp = signedBp(focus.changeBp, lang);
  const dated = `${yieldTemplates.weekFromTo[lang](shortDay(focus.previousEnd, lang), shortDay(focus.end, lang))}: ${bp}`;
  const bounds = { x: 2, y: frame.top - HEADER_GAP + 2, width: width - 4, height: HEADER_GAP + 4 };
  const boxes = obstacles.map(textBox);
  const label = (text: string) =>
    placeLabels(
      [{ key: "yw-focus-label", className: "annotation", text, x: px, y: frame.top, r: 0, sides: ["above"] }],
      boxes,
      bounds,
    );
  const placed = label(dated);
  return [
    {
      kind: "line",
      key: "yw-focus-rule",
      className: "focus-rule",
      x1: px,
      y1: frame.bottom,
      x2: px,
      y2: frame.top - 2,
    },
    ...(placed.length > 0 ? placed : label(bp)),
  ];
}

/**
 * A bracket over the bins right of the marker, labelled with how many weeks rose more: the bars there are
 * slivers at full-history scale, so the count says what they hold.
 */
function largerTail(
  data: YieldData,
  frame: ReturnType<typeof histogramFrame>,
  bars: Mark[],
  width: number,
  lang: Lang,
): Mark[] {
  const larger = data.weekly.focus.rank - 1;
  if (larger === 0) return [];
  const x0 = frame.x(data.weekly.focus.changeBp) + 3;
  const x1 = frame.right;
  const tallest = Math.max(
    0,
    ...bars.flatMap((b) => (b.kind === "rect" && b.x >= x0 ? [frame.bottom - b.y] : [])),
  );
  const y = frame.bottom - tallest - 6;
  const n = count(larger, lang);
  // The label may run left past the marker (it has a halo) as long as it stays clear of every bar.
  const barBoxes = bars.flatMap((b) => (b.kind === "rect" ? [b] : []));
  const texts = [yieldTemplates.largerWeeks[lang](n), yieldTemplates.largerWeeksShort[lang](n)];
  const label = texts
    .flatMap((text) =>
      [4, 18].map((lift): TextMark => ({
        kind: "text",
        key: "yw-larger-label",
        className: "annotation",
        x: x1,
        y: y - lift,
        text,
        anchor: "end",
      })),
    )
    .find((mark) => {
      const box = textBox(mark);
      return box.x >= 2 && box.x + box.width <= width && !barBoxes.some((b) => overlaps(box, b, 1));
    });
  const rule = (key: string, xa: number, ya: number, xb: number, yb: number): Mark => ({
    kind: "line",
    key,
    className: "leader",
    x1: xa,
    y1: ya,
    x2: xb,
    y2: yb,
  });
  return [
    rule("yw-larger-bracket", x0, y, x1, y),
    rule("yw-larger-bracket-end", x1, y, x1, y + 4),
    ...(label ? [label] : []),
  ];
}

export function histogramScene(data: YieldData, size: Size, lang: Lang): Scene {
  const frame = histogramFrame(data, size, lang);
  const { left, right, top, bottom } = frame;
  const axes = [...frame.yAxis, ...bpAxis(frame.x, { y: bottom, lang, frameWidth: size.width })];
  const barMarks = bars(data, frame);
  const texts = [...axes, ...frame.header].flatMap((m) => (m.kind === "text" ? [m] : []));
  const marks: Mark[] = [
    ...axes,
    ...barMarks,
    {
      kind: "line",
      key: "yw-baseline",
      className: "axis-domain",
      x1: left,
      y1: bottom,
      x2: right,
      y2: bottom,
    },
    ...focusMarker(data, frame, texts, size.width, lang),
    ...largerTail(data, frame, barMarks, size.width, lang),
    ...frame.header,
  ];
  return {
    width: size.width,
    height: size.height,
    clip: { x: left, y: top, width: right - left, height: bottom - top },
    marks,
  };
}
