// The first step: a picture, not data. Two bars: the US Treasury's yield, and a company's bond whose yield is that
// same floor plus a spread on top. The heights are illustrative (the header says so); the next step puts real
// spreads, in basis points, on a time axis.
import type { Lang } from "../../i18n/locales";
import type { Mark, Scene, Size, TextMark } from "../scene";
import { spreadsText } from "./steps";
import { LINE_HEIGHT, headerBlock, wrapText } from "./text-layout";

const MARGIN = { left: 8, right: 8, bottom: 8 };
/** The label column beside the bars never gets wider than this, so lines stay short enough to read. */
const MAX_LABEL_COLUMN = 300;
/** Share of the plot's height: the floor, and the spread on top of it. */
const TREASURY_SHARE = 0.58;
const SPREAD_SHARE = 0.27;

interface Column {
  x: number;
  width: number;
}

/** A title and its wrapped note, stacked down from `y`; notes are dropped last-line-first if `maxBottom` is near. */
function labelGroup(
  key: string,
  title: string,
  note: string,
  column: Column,
  y: number,
  maxBottom: number,
  lang: Lang,
  titleClass: string,
): { marks: TextMark[]; bottom: number } {
  const lines = [
    ...wrapText(title, column.width, titleClass, lang).map((text) => ({ text, className: titleClass })),
    ...wrapText(note, column.width, "s-note", lang).map((text) => ({ text, className: "s-note" })),
  ];
  const fitting = Math.max(1, Math.min(lines.length, Math.floor((maxBottom - y) / LINE_HEIGHT)));
  const marks = lines.slice(0, fitting).map((line, i): TextMark => ({
    kind: "text",
    key: `${key}-${i}`,
    className: line.className,
    x: column.x,
    y: y + i * LINE_HEIGHT,
    text: line.text,
    baseline: "hanging",
  }));
  return { marks, bottom: y + fitting * LINE_HEIGHT };
}

export function explainerScene(size: Size, lang: Lang): Scene {
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const header = headerBlock(
    [
      { key: "s-eq", text: spreadsText.equation[lang], className: "axis-title" },
      { key: "s-bp", text: spreadsText.bpNote[lang], className: "s-note" },
      { key: "s-scale", text: spreadsText.notToScale[lang], className: "s-note is-quiet-note" },
    ],
    left,
    right,
    lang,
  );

  // Bars on the left, their labels in a column on the right; on a wide frame the pair is centred.
  const barWidth = Math.min(110, Math.max(44, (right - left) * 0.17));
  const barGap = barWidth * 0.35;
  const bracketGap = 14;
  const column = Math.min(MAX_LABEL_COLUMN, right - left - 2 * barWidth - barGap - bracketGap);
  const used = 2 * barWidth + barGap + bracketGap + column;
  const x0 = left + Math.max(0, (right - left - used) / 2);
  const x1 = x0 + barWidth + barGap;
  const labelColumn = { x: x1 + barWidth + bracketGap, width: column };

  // Names may reach a few pixels past their bar, never into the label column.
  const nameLines = (text: string) => wrapText(text, barWidth + 10, "s-part-name", lang);
  const names = [nameLines(spreadsText.treasuryBar[lang]), nameLines(spreadsText.corporateBar[lang])];
  const nameRows = Math.max(...names.map((n) => n.length));
  const bottom = size.height - MARGIN.bottom - nameRows * LINE_HEIGHT - 6;
  const top = header.bottom + 18;
  const plot = bottom - top;
  const floorY = bottom - plot * TREASURY_SHARE;
  const spreadTop = floorY - plot * SPREAD_SHARE;

  const rect = (key: string, className: string, x: number, y: number, height: number): Mark => ({
    kind: "rect",
    key,
    className,
    x,
    y,
    width: barWidth,
    height,
  });
  const bracket = (key: string, y0: number, y1: number): Mark => {
    const bx = x1 + barWidth + 5;
    return { kind: "path", key, className: "s-bracket", d: `M${bx},${y0 + 1}H${bx + 5}V${y1 - 1}H${bx}` };
  };
  const barNames = names.flatMap((lines, b) =>
    lines.map((text, i): TextMark => ({
      kind: "text",
      key: `s-bar-name-${b}-${i}`,
      className: "s-part-name",
      x: (b === 0 ? x0 : x1) + barWidth / 2,
      y: bottom + 6 + i * LINE_HEIGHT,
      text,
      anchor: "middle",
      baseline: "hanging",
    })),
  );

  // The spread's label starts level with its block; the floor's below it, never on top of it.
  const spreadLabel = labelGroup(
    "s-spread-label",
    spreadsText.spreadPart[lang],
    spreadsText.spreadWhy[lang],
    labelColumn,
    spreadTop,
    bottom,
    lang,
    "s-part-name is-spread",
  );
  const treasuryLabel = labelGroup(
    "s-treasury-label",
    spreadsText.treasuryPart[lang],
    spreadsText.treasuryWhy[lang],
    labelColumn,
    Math.max(floorY + 2, spreadLabel.bottom + 6),
    size.height - MARGIN.bottom,
    lang,
    "s-part-name",
  );

  const marks: Mark[] = [
    rect("s-bar-treasury", "s-block is-treasury", x0, floorY, bottom - floorY),
    rect("s-bar-corporate-floor", "s-block is-treasury", x1, floorY, bottom - floorY),
    rect("s-bar-corporate-spread", "s-block is-spread", x1, spreadTop, floorY - spreadTop),
    { kind: "line", key: "s-floor", className: "s-floor", x1: x0, y1: floorY, x2: x1 + barWidth, y2: floorY },
    {
      kind: "line",
      key: "s-baseline",
      className: "axis-domain",
      x1: x0 - 4,
      y1: bottom,
      x2: x1 + barWidth + 4,
      y2: bottom,
    },
    bracket("s-bracket-spread", spreadTop, floorY),
    bracket("s-bracket-treasury", floorY, bottom),
    ...barNames,
    ...spreadLabel.marks,
    ...treasuryLabel.marks,
    ...header.marks,
  ];
  const clip = { x: 0, y: 0, width: size.width, height: size.height };
  return { width: size.width, height: size.height, clip, marks };
}
