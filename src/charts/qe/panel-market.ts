// The market picture: rows of sell orders and of the Fed's buy orders, in blocks of $20bn on one scale.
// Sell orders the Fed meets, sell orders that find no buyer at the old price (they push the price down) and
// sell orders held back after the announcement are the three parts of the sell row; the model's own numbers.
import { linearScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import type { Mark, Rect } from "../scene";
import { amountText, priceText } from "./qe-format";
import { qeTemplates, qeText } from "./steps";
import { PURCHASE_RANGE_BN, type QeState, SELLING_RANGE_BN } from "./teaching-model";
import { labelled, lineHeightOf, textLines, textWidth, wrapLines } from "./text-fit";

/** One block in the rows of orders: a round size, so a reader can count them. */
export const BLOCK_BN = 20;

const BAR_HEIGHT = 16;
const ROW_GAP = 8;
const SWATCH = 9;
const CAPTION = "qe-caption";
const LABEL = "annotation";
const TITLE = "axis-title";
/** Both rows share one scale, long enough for the largest choice either way. */
const SCALE_MAX_BN = Math.max(SELLING_RANGE_BN.max, PURCHASE_RANGE_BN.max);

/** The parts of the two rows, in billions; together they are exactly the model's selling and purchases. */
export function marketParts(model: QeState) {
  const selling = model.inputs.foreignSellingBn;
  const offered = model.market.sellingAfterCalmingBn;
  const purchases = model.inputs.fedPurchasesBn;
  const met = Math.min(offered, purchases);
  return {
    selling,
    purchases,
    met,
    unmet: Math.max(0, offered - purchases),
    heldBack: selling - offered,
    beyondSelling: Math.max(0, purchases - offered),
  };
}

function title(lang: Lang): string {
  return qeTemplates.marketTitle[lang](qeText.marketTitle[lang], amountText(BLOCK_BN, lang));
}

/** Height of the full picture at this width: constant across steps, so the panels below never jump. */
export function marketHeight(width: number, lang: Lang): number {
  const titleLines = wrapLines(title(lang), width, TITLE, lang).length;
  const label = lineHeightOf(LABEL);
  const caption = lineHeightOf(CAPTION);
  // Title; sell row (label, bar, two captions); fed row (label, bar, one caption); the price line.
  return (
    titleLines * lineHeightOf(TITLE) + 4 + 2 * (label + BAR_HEIGHT + 2) + 3 * caption + ROW_GAP + 4 + label
  );
}

/** Height of the shrunk picture (two thin rows) shown when another panel has the room. */
export const MARKET_COMPACT_HEIGHT = 44;

interface Segment {
  key: string;
  className: string;
  from: number;
  to: number;
}

function rowMarks(
  row: "sell" | "fed",
  segments: Segment[],
  total: number,
  x: (bn: number) => number,
  top: number,
  height: number,
): Mark[] {
  // The outline of the whole row keeps its place visible when nobody is selling or buying.
  const track: Mark = {
    kind: "rect",
    key: `qe-mk-${row}-track`,
    className: "qe-track",
    x: x(0),
    y: top,
    width: x(SCALE_MAX_BN) - x(0),
    height,
  };
  const marks: Mark[] = [track];
  marks.push(
    ...segments.map((s): Mark => ({
      kind: "rect",
      key: `qe-mk-${row}-${s.key}`,
      className: `qe-seg ${s.className}`,
      x: x(s.from),
      y: top,
      width: Math.max(0, x(s.to) - x(s.from)),
      height,
    })),
  );
  // Thin gaps every $20bn turn each bar into a row of order tickets.
  for (let i = 1; i * BLOCK_BN < total; i++) {
    const px = x(i * BLOCK_BN);
    marks.push({
      kind: "line",
      key: `qe-mk-${row}-edge-${i}`,
      className: "qe-block-edge",
      x1: px,
      y1: top,
      x2: px,
      y2: top + height,
    });
  }
  return marks;
}

function segmentsOf(model: QeState): { sell: Segment[]; fed: Segment[] } {
  const p = marketParts(model);
  const offered = p.met + p.unmet;
  return {
    sell: [
      { key: "met", className: "qe-seg-met", from: 0, to: p.met },
      { key: "unmet", className: "qe-seg-unmet", from: p.met, to: offered },
      { key: "held", className: "qe-seg-held", from: offered, to: p.selling },
    ],
    fed: [
      { key: "met", className: "qe-seg-fed", from: 0, to: p.met },
      { key: "beyond", className: "qe-seg-fed-beyond", from: p.met, to: p.purchases },
    ],
  };
}

/** A caption line with a colour swatch that ties it to its part of the bar. */
function caption(key: string, swatchClass: string, text: string, x: number, top: number): Mark[] {
  const lineHeight = lineHeightOf(CAPTION);
  const middle = top + lineHeight / 2;
  return [
    {
      kind: "rect",
      key: `${key}-swatch`,
      className: `qe-seg ${swatchClass}`,
      x,
      y: middle - SWATCH / 2,
      width: SWATCH,
      height: SWATCH,
    },
    {
      kind: "text",
      key: `${key}-text`,
      className: CAPTION,
      x: x + SWATCH + 5,
      y: middle,
      text,
      baseline: "middle",
    },
  ];
}

export function marketMarks(model: QeState, rect: Rect, lang: Lang): Mark[] {
  const p = marketParts(model);
  const x = linearScale([0, SCALE_MAX_BN], [rect.x, rect.x + rect.width]);
  const { sell, fed } = segmentsOf(model);
  const marks: Mark[] = [];
  const heading = textLines(
    "qe-mk-title",
    wrapLines(title(lang), rect.width, TITLE, lang),
    TITLE,
    rect.x,
    rect.y,
  );
  marks.push(...heading.marks);
  let y = heading.bottom + 4;
  const label = (key: string, text: string) => {
    const line = textLines(key, [text], LABEL, rect.x, y);
    marks.push(...line.marks);
    y = line.bottom;
  };
  const captionLine = lineHeightOf(CAPTION);

  label("qe-mk-sell-label", labelled(qeText.sellOrders[lang], amountText(p.selling, lang), lang));
  marks.push(...rowMarks("sell", sell, p.selling, x, y, BAR_HEIGHT));
  y += BAR_HEIGHT + 2;
  if (p.unmet > 0) {
    const text = labelled(qeText.noBuyer[lang], amountText(p.unmet, lang), lang);
    marks.push(...caption("qe-mk-cap-unmet", "qe-seg-unmet", text, rect.x, y));
  } else if (p.selling > 0 && p.met > 0) {
    marks.push(...caption("qe-mk-cap-met", "qe-seg-met", qeText.allMet[lang], rect.x, y));
  }
  if (p.heldBack > 0) {
    const text = labelled(qeText.heldBack[lang], amountText(p.heldBack, lang), lang);
    marks.push(...caption("qe-mk-cap-held", "qe-seg-held", text, rect.x, y + captionLine));
  }
  y += 2 * captionLine + ROW_GAP;

  label(
    "qe-mk-fed-label",
    labelled(
      qeText.fedOrders[lang],
      p.purchases > 0 ? amountText(p.purchases, lang) : qeText.none[lang],
      lang,
    ),
  );
  marks.push(...rowMarks("fed", fed, p.purchases, x, y, BAR_HEIGHT));
  y += BAR_HEIGHT + 2;
  if (p.beyondSelling > 0) {
    const text = labelled(qeText.beyondSelling[lang], amountText(p.beyondSelling, lang), lang);
    marks.push(...caption("qe-mk-cap-beyond", "qe-seg-fed-beyond", text, rect.x, y));
  }
  y += captionLine + 4;

  const { baselinePrice, price } = model.market;
  const priceLine = labelled(
    qeText.price[lang],
    `${priceText(baselinePrice, lang)} → ${priceText(price, lang)}`,
    lang,
  );
  marks.push(...textLines("qe-mk-price", [priceLine], LABEL, rect.x, y).marks);
  return marks;
}

/** The shrunk picture: two thin rows with a short label each, on the same keys so the bars morph. */
export function marketCompactMarks(model: QeState, rect: Rect, lang: Lang): Mark[] {
  const p = marketParts(model);
  const labels = {
    sell: `${qeText.sellShort[lang]} ${amountText(p.selling, lang)}`,
    fed: `${qeText.fedShort[lang]} ${amountText(p.purchases, lang)}`,
  };
  // The label column is as wide as the widest label either row can ever have, so bars never shift sideways.
  const widest = Math.max(
    textWidth(`${qeText.sellShort[lang]} ${amountText(SELLING_RANGE_BN.max, lang)}`, CAPTION),
    textWidth(`${qeText.fedShort[lang]} ${amountText(PURCHASE_RANGE_BN.max, lang)}`, CAPTION),
  );
  const left = rect.x + widest + 8;
  const x = linearScale([0, SCALE_MAX_BN], [left, rect.x + rect.width]);
  const { sell, fed } = segmentsOf(model);
  const rowHeight = 12;
  const marks: Mark[] = [];
  (["sell", "fed"] as const).forEach((row, i) => {
    const top = rect.y + 4 + i * (rowHeight + 10);
    marks.push(
      ...rowMarks(
        row,
        row === "sell" ? sell : fed,
        row === "sell" ? p.selling : p.purchases,
        x,
        top,
        rowHeight,
      ),
    );
    marks.push({
      kind: "text",
      key: `qe-mk-${row}-label-0`,
      className: CAPTION,
      x: rect.x,
      y: top + rowHeight / 2,
      text: labels[row],
      baseline: "middle",
    });
  });
  return marks;
}
