// The frame of the line steps: the time window, the scales, both axes and the notes stacked above the plot.
import { max, min } from "d3-array";
import { linearScale, type TimeScale, utcScale } from "../scales";
import { type Lang, intlLocale } from "../../i18n/locales";
import { formatTimeTick, valueAxis } from "../axes";
import type { Mark, Size, TextMark } from "../scene";
import { type SpreadsData, spreadsHighlights, utc, valuesBetween } from "./spreads-data";
import { bpNumber, shortDay, signedBp } from "./spreads-format";
import { type SpreadsState, spreadsStepSpecs, spreadsTemplates, spreadsText } from "./steps";
import { type HeaderLine, headerBlock, overlaps, textBox, textWidth } from "./text-layout";
import { dateFormat } from "../../i18n/intl-formats";

export const MARGIN = { left: 8, right: 14, bottom: 30 };
/** Room between the notes and the plot for the top tick's label. */
export const HEADER_GAP = 20;
const DAY = 86_400_000;
/** Short windows run a little past their first and last day, so end dots are not on the frame's edge. */
const DAY_PADDING = 0.6 * DAY;

export function headerLines(data: SpreadsData, state: SpreadsState, lang: Lang): HeaderLine[] {
  const unit: HeaderLine = { key: "s-unit", text: spreadsText.unit[lang], className: "axis-title" };
  const note = (key: string, text: string): HeaderLine => ({ key, text, className: "s-note" });
  const h = spreadsHighlights(data);
  const day = (t: number) => shortDay(t, lang);
  switch (state) {
    case "what-is-spread":
    case "early-2025":
      return [unit];
    case "april-move": {
      const widening = data.article.wideningBp;
      if (widening === null) return [unit];
      const text = spreadsTemplates.moveNote[lang](
        day(h.week.from.date),
        day(h.week.to.date),
        signedBp(h.week.changeBp, lang),
        `${bpNumber(widening, lang)}${lang === "ja" ? "bp" : " bp"}`,
      );
      return [unit, note("s-note-move", text)];
    }
    case "article-table": {
      const lines = [unit];
      if (h.switch) {
        const { before, after } = h.switch;
        const text = spreadsTemplates.switchNote[lang](
          day(before.date),
          day(after.date),
          bpNumber(before.value, lang),
          bpNumber(after.value, lang),
        );
        lines.push(note("s-note-switch", text));
      }
      return [...lines, note("s-note-index", spreadsText.onlyAllGrades[lang])];
    }
    case "high-yield": {
      const text = spreadsTemplates.bothMoves[lang](
        day(h.highYield.from.date),
        day(h.highYield.to.date),
        signedBp(h.highYield.changeBp, lang),
        signedBp(h.investmentGradeSameDays.changeBp, lang),
      );
      return [unit, note("s-note-both", text)];
    }
  }
}

export function timeWindow(state: SpreadsState): [number, number] {
  const spec = spreadsStepSpecs[state];
  const from = utc(spec.from);
  const to = utc(spec.to);
  return spec.padded ? [from - DAY_PADDING, to + DAY_PADDING] : [from, to];
}

function valuesShown(data: SpreadsData, state: SpreadsState, from: number, to: number): number[] {
  const spec = spreadsStepSpecs[state];
  const ig = valuesBetween(data, "ig", from, to).map((d) => d.value);
  // High yield is several times investment grade: from zero, the two levels compare honestly.
  if (spec.highYield) return [0, ...ig, ...valuesBetween(data, "hy", from, to).map((d) => d.value)];
  if (state !== "article-table") return ig;
  return [...ig, ...data.article.rows.filter((r) => r.date >= from && r.date <= to).map((r) => r.value)];
}

/** Axis labels that would run off the frame hug its edge; a label that then meets its neighbour is dropped. */
export function keepAxisLabelsApart(marks: Mark[], frameLeft: number, frameRight: number): Mark[] {
  const kept: TextMark[] = [];
  return marks.flatMap((mark): Mark[] => {
    if (mark.kind !== "text") return [mark];
    const width = textWidth(mark.text, mark.className);
    let fitted: TextMark = mark;
    if (mark.anchor === "middle" && mark.x - width / 2 < frameLeft)
      fitted = { ...mark, x: frameLeft, anchor: "start" };
    else if (mark.anchor === "middle" && mark.x + width / 2 > frameRight)
      fitted = { ...mark, x: frameRight, anchor: "end" };
    const box = textBox(fitted);
    if (kept.some((other) => overlaps(box, textBox(other), 4))) return [];
    kept.push(fitted);
    return [fitted];
  });
}

/** Roughly the narrowest spacing worth trying; the axis then backs off until every label fits. */
const MIN_PIXELS_PER_TICK = 32;

/**
 * Month ticks name the year once, on the first label or in January ("Jan 2025", "Feb", "Mar"), so five months fit
 * a phone; other spans read as the shared axes print them.
 */
function tickLabel(tick: Date, lang: Lang, spanDays: number, first: boolean): string {
  const monthly = spanDays >= 28 && spanDays < 360;
  if (!monthly || first || tick.getUTCMonth() === 0) return formatTimeTick(tick, lang, spanDays);
  return dateFormat(intlLocale[lang], { month: "short", timeZone: "UTC" }).format(tick);
}

function timeTicks(x: TimeScale, ticks: Date[], every: number, y: number, lang: Lang): Mark[] {
  const [a, b] = ticks;
  const spanDays = a && b ? ((b.getTime() - a.getTime()) / DAY) * every : 30;
  return ticks.flatMap((tick, i): Mark[] => {
    const px = x(tick);
    const key = `s-x-${tick.getTime()}`;
    const mark: Mark = {
      kind: "line",
      key: `${key}-tick`,
      className: "axis-tick",
      x1: px,
      y1: y,
      x2: px,
      y2: y + 5,
    };
    if (i % every !== 0) return [mark];
    return [
      mark,
      {
        kind: "text",
        key: `${key}-label`,
        className: "axis-label",
        x: px,
        y: y + 8,
        text: tickLabel(tick, lang, spanDays, i === 0),
        anchor: "middle",
        baseline: "hanging",
      },
    ];
  });
}

/** Labelled ticks closer than this read as clutter: a Jan–May axis shows months, not every other week. */
const MIN_LABEL_SPACING = 60;

/**
 * Dates along the bottom: labels that fit whole, apart and not too dense. A label on every tick is best when it
 * gives at least three; otherwise the most labels, on every second or third tick (d3 has no two-week or
 * two-month interval, so on a phone weeks or months are labelled alternately).
 */
export function dateAxis(x: TimeScale, y: number, lang: Lang, frameWidth: number): Mark[] {
  const [left = 0, right = 0] = x.range();
  // Distinct tick sets, densest first: many counts give the same ticks.
  const tickSets = new Map<string, Date[]>();
  for (let count = Math.max(2, Math.floor((right - left) / MIN_PIXELS_PER_TICK)); count > 1; count--) {
    const ticks = x.ticks(count);
    tickSets.set(ticks.map((t) => t.getTime()).join(), ticks);
  }
  const fitting: Array<{ every: number; marks: Mark[]; labels: number }> = [];
  for (const every of [1, 2, 3])
    for (const ticks of tickSets.values()) {
      const labelled = ticks.filter((_, i) => i % every === 0).map((t) => x(t));
      const spacing = Math.min(...labelled.slice(1).map((px, i) => px - (labelled[i] ?? 0)));
      if (labelled.length < 2 || spacing < MIN_LABEL_SPACING) continue;
      const marks = timeTicks(x, ticks, every, y, lang);
      const kept = keepAxisLabelsApart(marks, 2, frameWidth - 2);
      if (kept.length === marks.length) fitting.push({ every, marks: kept, labels: labelled.length });
    }
  const everyTick = fitting.find((f) => f.every === 1 && f.labels >= 3);
  const most = [...fitting].sort((a, b) => b.labels - a.labels || a.every - b.every)[0];
  return (
    (everyTick ?? most)?.marks ?? keepAxisLabelsApart(timeTicks(x, x.ticks(2), 1, y, lang), 2, frameWidth - 2)
  );
}

/** Scales, plot bounds, axes and the notes above the plot for a line step at a size. */
export function lineFrame(data: SpreadsData, state: SpreadsState, size: Size, lang: Lang) {
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const header = headerBlock(headerLines(data, state, lang), left, right, lang);
  const top = header.bottom + HEADER_GAP;
  const bottom = size.height - MARGIN.bottom;
  const [from, to] = timeWindow(state);
  const values = valuesShown(data, state, from, to);
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  // Room under the lowest point for its label.
  const pad = Math.max((hi - lo) * 0.12, 2);
  const y = linearScale([lo === 0 ? 0 : lo - pad, hi + pad], [bottom, top], { nice: true });
  const yAxis = valueAxis(y, { left, right, keyPrefix: "s", format: (v) => bpNumber(v, lang) });
  // The lines start right of the value labels, so they never run underneath them.
  const gutter =
    Math.max(0, ...yAxis.map((m) => (m.kind === "text" ? textWidth(m.text, m.className) : 0))) + 6;
  const plotLeft = left + gutter;
  const x = utcScale([new Date(from), new Date(to)], [plotLeft, right]);
  const xAxis = dateAxis(x, bottom, lang, size.width);
  return { x, y, axes: [...yAxis, ...xAxis], left, plotLeft, right, top, bottom, header: header.marks };
}

export type LineFrame = ReturnType<typeof lineFrame>;
