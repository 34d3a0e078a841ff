// The first two steps: one auction taken apart. "what-is-btc" draws the amount on sale and the bids received as
// bars (the data has the ratio, not the dollar amounts, so lengths are relative to the amount on sale); "ratio"
// flattens the same bars onto a number line where the amount on sale is 1 and the bids end at the ratio.
import { linearScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import { fitLabelX } from "../labels";
import type { Mark, Scene, Size, TextMark } from "../scene";
import { type AuctionsData, aprilAuction, dotKey, tenorRow } from "./auctions-data";
import { longDay, ratioText } from "./auctions-format";
import { ratioAxis } from "./ratio-axis";
import { type AuctionsState, auctionsTemplates, auctionsText, exampleTenor } from "./steps";
import { LINE_HEIGHT, noteBlock, textWidth } from "./text-layout";

const MARGIN = { left: 8, right: 14, top: 4, bottom: 6 };
const EXAMPLE_DOT_R = 6;

export function explainerFrame(data: AuctionsData, size: Size) {
  const example = aprilAuction(tenorRow(data, exampleTenor));
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  // Whole multiples of the amount on sale, with room past the ratio for the bar's end.
  const x = linearScale([0, Math.max(1, Math.ceil(example.ratio))], [left, right]);
  return { example, x, left, right };
}

/** Moves a block of marks down by `dy` (the bars sit in the middle of the room left under the notes). */
function shift(marks: Mark[], dy: number): Mark[] {
  return marks.map((m): Mark => {
    switch (m.kind) {
      case "line":
        return { ...m, y1: m.y1 + dy, y2: m.y2 + dy };
      case "circle":
        return { ...m, cy: m.cy + dy };
      case "rect":
      case "text":
        return { ...m, y: m.y + dy };
      case "path":
        return m;
    }
  });
}

/** A label centred under a stretch of bar, kept inside it where it fits and inside the frame always. */
function partLabel(
  key: string,
  text: string,
  from: number,
  to: number,
  y: number,
  frameWidth: number,
): TextMark {
  const width = textWidth(text, "annotation");
  const inside = width <= to - from ? fitLabelX((from + to) / 2, width, from, to) : undefined;
  const placed = inside ?? fitLabelX((from + to) / 2, width, 2, frameWidth - 2);
  return {
    kind: "text",
    key,
    className: "annotation a-part-label",
    x: placed.x,
    y,
    text,
    anchor: placed.anchor,
    baseline: "hanging",
  };
}

function barsScene(data: AuctionsData, size: Size, lang: Lang): Mark[] {
  const { example, x, left, right } = explainerFrame(data, size);
  const tenor = auctionsText.tenorLong[example.tenor][lang];
  const notes = noteBlock(
    [
      {
        key: "a-example",
        text: auctionsTemplates.example[lang](tenor, longDay(example.date, lang)),
        className: "axis-title",
      },
      { key: "a-bars-note", text: auctionsText.barsNote[lang], className: "a-note" },
    ],
    left,
    right,
    MARGIN.top,
    lang,
  );
  const barHeight = Math.max(16, Math.min(56, size.height * 0.08));
  const block: Mark[] = [];
  let y = 0;
  const offered = noteBlock(
    [{ key: "a-offer-label", text: auctionsText.offered[lang], className: "annotation" }],
    left,
    right,
    y,
    lang,
  );
  block.push(...offered.marks);
  y = offered.bottom + 2;
  block.push({
    kind: "rect",
    key: "a-offer",
    className: "a-bar a-bar-offer",
    x: x(0),
    y,
    width: x(1) - x(0),
    height: barHeight,
  });
  y += barHeight + 14;
  const bidsText = auctionsTemplates.bids[lang](ratioText(example.ratio, lang));
  const bids = noteBlock(
    [{ key: "a-bids-label", text: bidsText, className: "annotation" }],
    left,
    right,
    y,
    lang,
  );
  block.push(...bids.marks);
  y = bids.bottom + 2;
  block.push(
    {
      kind: "rect",
      key: "a-bids-accepted",
      className: "a-bar a-bar-accepted",
      x: x(0),
      y,
      width: x(1) - x(0),
      height: barHeight,
    },
    {
      kind: "rect",
      key: "a-bids-rest",
      className: "a-bar a-bar-rest",
      x: x(1),
      y,
      width: x(example.ratio) - x(1),
      height: barHeight,
    },
  );
  // A thin cut at each whole multiple shows how many times over the bids cover the amount on sale.
  for (let k = 1; k < example.ratio; k++)
    block.push({
      kind: "line",
      key: `a-multiple-${k}`,
      className: "a-divider",
      x1: x(k),
      y1: y,
      x2: x(k),
      y2: y + barHeight,
    });
  y += barHeight + 5;
  block.push(
    partLabel("a-accepted-label", auctionsText.accepted[lang], x(0), x(1), y, size.width),
    partLabel("a-rest-label", auctionsText.notAccepted[lang], x(1), x(example.ratio), y, size.width),
  );
  const blockHeight = y + LINE_HEIGHT;
  const room = size.height - MARGIN.bottom - notes.bottom;
  const dy = notes.bottom + Math.max(12, (room - blockHeight) / 2);
  return [...notes.marks, ...shift(block, dy)];
}

function numberLineScene(data: AuctionsData, size: Size, lang: Lang): Mark[] {
  const { example, x, left, right } = explainerFrame(data, size);
  const notes = noteBlock(
    [{ key: "a-ratio-note", text: auctionsText.ratioNote[lang], className: "a-note" }],
    left,
    right,
    MARGIN.top,
    lang,
  );
  const cx = x(example.ratio);
  const bigText = ratioText(example.ratio, lang);
  const block: Mark[] = [];
  const formulaLines = noteBlock(
    [{ key: "a-formula", text: auctionsText.formula[lang], className: "annotation" }],
    left,
    right,
    0,
    lang,
  );
  // The formula reads into the number: right-aligned over it where the line is one short line, else left-aligned.
  const formulaWidth = Math.max(0, ...formulaLines.marks.map((m) => textWidth(m.text, m.className)));
  const formulaX = fitLabelX(cx, formulaWidth, left, right);
  for (const m of formulaLines.marks)
    block.push(formulaLines.marks.length === 1 ? { ...m, x: formulaX.x, anchor: formulaX.anchor } : m);
  const bigY = formulaLines.bottom + 4;
  const bigPlaced = fitLabelX(cx, textWidth(bigText, "a-big-number"), left, right);
  block.push({
    kind: "text",
    key: "a-big-number",
    className: "a-big-number",
    x: bigPlaced.x,
    y: bigY,
    text: bigText,
    anchor: bigPlaced.anchor,
    baseline: "hanging",
  });
  const lineY = bigY + 30 * 1.15 + 4 + EXAMPLE_DOT_R + 4;
  const thin = 6;
  block.push(
    {
      kind: "line",
      key: "a-number-line",
      className: "axis-domain",
      x1: x(0),
      y1: lineY,
      x2: right,
      y2: lineY,
    },
    {
      kind: "rect",
      key: "a-offer",
      className: "a-bar a-bar-offer is-flat",
      x: x(0),
      y: lineY - thin / 2,
      width: x(1) - x(0),
      height: thin,
    },
    {
      kind: "rect",
      key: "a-bids-accepted",
      className: "a-bar a-bar-accepted is-flat",
      x: x(0),
      y: lineY - thin / 2,
      width: x(1) - x(0),
      height: thin,
    },
    {
      kind: "rect",
      key: "a-bids-rest",
      className: "a-bar a-bar-rest is-flat",
      x: x(1),
      y: lineY - thin / 2,
      width: cx - x(1),
      height: thin,
    },
    {
      kind: "circle",
      key: dotKey(example.tenor, example.date),
      className: "a-dot is-april",
      cx,
      cy: lineY,
      r: EXAMPLE_DOT_R,
    },
  );
  const axisY = lineY + EXAMPLE_DOT_R + 4;
  block.push(...ratioAxis(x, { y: axisY, lang, maxTicks: 4, frameWidth: size.width }));
  const one = noteBlock(
    [{ key: "a-one-label", text: auctionsText.oneMeans[lang], className: "a-note" }],
    left,
    right,
    axisY + 8 + 12 * 1.15 + 6,
    lang,
  );
  block.push(...one.marks);
  const room = size.height - MARGIN.bottom - notes.bottom;
  const dy = notes.bottom + Math.max(10, (room - one.bottom) / 2);
  return [...notes.marks, ...shift(block, dy)];
}

export function explainerScene(data: AuctionsData, state: AuctionsState, size: Size, lang: Lang): Scene {
  const marks = state === "ratio" ? numberLineScene(data, size, lang) : barsScene(data, size, lang);
  const clip = { x: 0, y: 0, width: size.width, height: size.height };
  return { width: size.width, height: size.height, clip, marks };
}
