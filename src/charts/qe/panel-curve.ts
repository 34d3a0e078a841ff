// The price–yield curve of the chosen bond, from the real bond maths: the current price and yield are a point
// on it, and a trail along the curve shows how far the point has moved from where it started.
import { linearScale } from "../scales";
import { line } from "d3-shape";
import type { Lang } from "../../i18n/locales";
import { valueAxis } from "../axes";
import { plainNumber } from "../format";
import { fitLabelX } from "../labels";
import type { Mark, Rect, TextMark } from "../scene";
import { priceFromYield, priceYieldCurve, yieldFromPrice } from "./bond-math";
import { couponText, priceText, yieldText } from "./qe-format";
import { qeTemplates, qeText } from "./steps";
import { qeBaseline, type QeState } from "./teaching-model";
import { circleBox, placeBeside } from "./point-labels";
import { labelled, lineHeightOf, textBox, textLines, textWidth, wrapLines } from "./text-fit";

/** The prices the vertical axis spans; the yields follow from the bond maths. */
export interface CurveDomain {
  priceLow: number;
  priceHigh: number;
}

export interface CurveOptions {
  domain: CurveDomain;
  mode: "price-only" | "curve";
}

/** Below this the plot gets too cramped to read the point's moves. */
const MIN_PLOT_HEIGHT = 80;

/** Points drawn along the curve and along the trail: fixed, so every step's paths morph into each other. */
const CURVE_POINTS = 60;
const TRAIL_POINTS = 24;
const TITLE = "axis-title";
const UNIT = "qe-caption";
const LABEL = "annotation";
/** Tick labels, the axis title and the tick marks below the plot. */
const X_AXIS_SPACE = 6 + 16 + 16;

const { bond } = qeBaseline;

function yieldAt(price: number): number {
  const solved = yieldFromPrice({ ...bond, price });
  if (!solved.ok) throw new RangeError(`No yield for price ${price}: ${solved.message}`);
  return solved.yieldRate;
}

function titleText(lang: Lang): string {
  return qeTemplates.curveTitle[lang](String(bond.years), couponText(bond.couponRate, lang));
}

function header(width: number, lang: Lang) {
  const titleLines = wrapLines(titleText(lang), width, TITLE, lang);
  const unitLines = wrapLines(qeText.priceUnit[lang], width, UNIT, lang);
  return {
    titleLines,
    unitLines,
    height: titleLines.length * lineHeightOf(TITLE) + unitLines.length * lineHeightOf(UNIT),
  };
}

/** The least height the full panel needs at this width: its title, both axes and a readable plot. */
export function curveMinHeight(width: number, lang: Lang): number {
  return header(width, lang).height + 16 + MIN_PLOT_HEIGHT + X_AXIS_SPACE;
}

/** Scales and plot area of the curve panel at this size (shared by the marks and the tests). */
export function curveFrame(rect: Rect, lang: Lang, domain: CurveDomain) {
  const { titleLines, unitLines, height: headerHeight } = header(rect.width, lang);
  // Tick labels sit just above their gridlines, so the top one needs room above the plot.
  const plot = {
    x: rect.x,
    y: rect.y + headerHeight + 16,
    width: rect.width,
    height: Math.max(40, rect.height - headerHeight - 16 - X_AXIS_SPACE),
  };
  const x = linearScale([yieldAt(domain.priceHigh), yieldAt(domain.priceLow)], [plot.x, plot.x + plot.width]);
  const y = linearScale([domain.priceLow, domain.priceHigh], [plot.y + plot.height, plot.y]);
  return { x, y, plot, titleLines, unitLines };
}

/** Decimal places a yield tick needs for its step (d3 steps are 1, 2 or 5 × 10^k). */
function tickDecimals(stepPercent: number): number {
  return Math.max(0, -Math.floor(Math.log10(stepPercent) + 1e-9));
}

function yieldAxis(x: ReturnType<typeof curveFrame>["x"], plot: Rect, lang: Lang): Mark[] {
  const bottom = plot.y + plot.height;
  const ticks = x.ticks(Math.max(2, Math.floor(plot.width / 72)));
  const step = ticks.length > 1 ? (ticks[1]! - ticks[0]!) * 100 : 1;
  const marks: Mark[] = [
    {
      kind: "line",
      key: "qe-cv-domain",
      className: "axis-domain",
      x1: plot.x,
      y1: bottom,
      x2: plot.x + plot.width,
      y2: bottom,
    },
  ];
  for (const tick of ticks) {
    const px = x(tick);
    const text = plainNumber(tick * 100, lang, tickDecimals(step)) + "%";
    const placed = fitLabelX(px, textWidth(text, "axis-label"), plot.x, plot.x + plot.width);
    const key = `qe-cv-x-${Math.round(tick * 100_000)}`;
    marks.push({
      kind: "line",
      key: `${key}-tick`,
      className: "axis-tick",
      x1: px,
      y1: bottom,
      x2: px,
      y2: bottom + 5,
    });
    marks.push({
      kind: "text",
      key: `${key}-label`,
      className: "axis-label",
      x: placed.x,
      y: bottom + 7,
      text,
      anchor: placed.anchor,
      baseline: "hanging",
    });
  }
  marks.push({
    kind: "text",
    key: "qe-cv-x-title",
    className: TITLE,
    x: plot.x + plot.width,
    y: bottom + 7 + 16,
    text: `${qeText.yield[lang]} →`,
    anchor: "end",
    baseline: "hanging",
  });
  return marks;
}

export function curveMarks(model: QeState, rect: Rect, lang: Lang, options: CurveOptions): Mark[] {
  const { x, y, plot, titleLines, unitLines } = curveFrame(rect, lang, options.domain);
  const priceOnly = options.mode === "price-only";
  const { baselinePrice, price, baselineYield, yieldRate } = model.market;
  const marks: Mark[] = [];
  const title = textLines("qe-cv-title", titleLines, TITLE, rect.x, rect.y);
  marks.push(...title.marks, ...textLines("qe-cv-unit", unitLines, UNIT, rect.x, title.bottom).marks);
  const yTicks = valueAxis(y, {
    left: plot.x,
    right: plot.x + plot.width,
    keyPrefix: "qe-cv",
    format: (v) => plainNumber(v, lang, 1),
  });
  marks.push(...yTicks);
  if (!priceOnly) marks.push(...yieldAxis(x, plot, lang));

  const path = line<{ yieldRate: number; price: number }>()
    .x((d) => x(d.yieldRate))
    .y((d) => y(d.price))
    .digits(1);
  const [lowYield, highYield] = x.domain() as [number, number];
  if (!priceOnly) {
    const yields = Array.from(
      { length: CURVE_POINTS },
      (_, i) => lowYield + ((highYield - lowYield) * i) / (CURVE_POINTS - 1),
    );
    marks.push({
      kind: "path",
      key: "qe-cv-curve",
      className: "qe-curve",
      d: path(priceYieldCurve(bond, yields)) ?? "",
    });
  }

  // Before the reader meets the curve, the price simply drops straight down from the start.
  const startX = x(baselineYield);
  const pointX = priceOnly ? startX : x(yieldRate);
  const trail = Array.from({ length: TRAIL_POINTS }, (_, i) => {
    const t = i / (TRAIL_POINTS - 1);
    if (priceOnly) return { yieldRate: baselineYield, price: baselinePrice + (price - baselinePrice) * t };
    const r = baselineYield + (yieldRate - baselineYield) * t;
    return { yieldRate: r, price: priceFromYield({ ...bond, yieldRate: r }) };
  });
  marks.push({ kind: "path", key: "qe-cv-trail", className: "qe-trail", d: path(trail) ?? "" });
  const pointY = y(price);
  marks.push({
    kind: "line",
    key: "qe-cv-guide-y",
    className: "qe-guide",
    x1: plot.x,
    y1: pointY,
    x2: pointX,
    y2: pointY,
  });
  if (!priceOnly) {
    const bottom = plot.y + plot.height;
    marks.push({
      kind: "line",
      key: "qe-cv-guide-x",
      className: "qe-guide",
      x1: pointX,
      y1: pointY,
      x2: pointX,
      y2: bottom,
    });
  }
  marks.push({
    kind: "circle",
    key: "qe-cv-start",
    className: "qe-start",
    cx: startX,
    cy: y(baselinePrice),
    r: 5,
  });
  marks.push({ kind: "circle", key: "qe-cv-point", className: "qe-point", cx: pointX, cy: pointY, r: 6 });

  const axisLabels = yTicks.filter((m): m is TextMark => m.kind === "text").map(textBox);
  const pointLines = [`${qeText.price[lang]} ${priceText(price, lang)}`];
  if (!priceOnly) pointLines.push(`${qeText.yield[lang]} ${yieldText(yieldRate, lang)}`);
  const startBox = circleBox(startX, y(baselinePrice), 6);
  const pointLabel =
    placeBeside("qe-cv-point-label", pointLines, pointX, pointY, plot, [...axisLabels, startBox]) ?? [];
  marks.push(...pointLabel);
  // The start gets its own label only where it is clear of the current point's.
  const startLines = [
    priceOnly ? labelled(qeText.start[lang], priceText(baselinePrice, lang), lang) : qeText.start[lang],
  ];
  const taken = [...axisLabels, ...pointLabel.map(textBox), circleBox(pointX, pointY, 7)];
  if (Math.abs(pointY - y(baselinePrice)) > 4 || Math.abs(pointX - startX) > 4) {
    marks.push(
      ...(placeBeside("qe-cv-start-label", startLines, startX, y(baselinePrice), plot, taken) ?? []),
    );
  }
  return marks;
}

/**
 * The shrunk panel: the yield's move in one line of words, like the market panel's price line (the shrunk curve
 * only ever sits beside the full market or ripple panel, and those carry the price).
 */
function readoutLines(model: QeState, width: number, lang: Lang): string[] {
  const { baselineYield, yieldRate } = model.market;
  const text = labelled(
    qeText.yield[lang],
    `${yieldText(baselineYield, lang)} → ${yieldText(yieldRate, lang)}`,
    lang,
  );
  return wrapLines(text, width, LABEL, lang);
}

export function curveCompactHeight(model: QeState, width: number, lang: Lang): number {
  return readoutLines(model, width, lang).length * lineHeightOf(LABEL) + 6;
}

export function curveCompactMarks(model: QeState, rect: Rect, lang: Lang): Mark[] {
  return textLines("qe-cv-readout", readoutLines(model, rect.width, lang), LABEL, rect.x, rect.y + 3).marks;
}
