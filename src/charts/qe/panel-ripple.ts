// The ripple: what a solid company pays to borrow, as the Treasury yield plus the spread lenders ask on top,
// for a reference case and for now. Both bars start at zero on one scale, so their lengths compare honestly.
import { linearScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import type { Mark, Rect } from "../scene";
import { bpText, yieldText } from "./qe-format";
import { qeText } from "./steps";
import { qeModel, SELLING_RANGE_BN } from "./teaching-model";
import { labelled, lineHeightOf, textLines, textWidth, wrapLines } from "./text-fit";

export interface RippleRow {
  key: "reference" | "current";
  label: string;
  /** Treasury yield, as a decimal rate. */
  treasuryYield: number;
  spreadBp: number;
}

/** The highest borrowing cost the reader can produce: the largest sell-off with no Fed at all. */
export const RIPPLE_SCALE_MAX = qeModel({
  foreignSellingBn: SELLING_RANGE_BN.max,
  fedPurchasesBn: 0,
  announcement: false,
}).ripple.corporateYield;

const BAR_HEIGHT = 16;
const TITLE = "axis-title";
const LABEL = "annotation";
const CAPTION = "qe-caption";
const SWATCH = 9;

function keyLines(width: number, lang: Lang): string[] {
  return wrapLines(qeText.spreadKey[lang], width - SWATCH - 5, CAPTION, lang);
}

function titleLines(width: number, lang: Lang): string[] {
  return wrapLines(qeText.rippleTitle[lang], width, TITLE, lang);
}

/** Height of the panel at this width: the same for every step. */
export function rippleHeight(width: number, lang: Lang): number {
  return (
    titleLines(width, lang).length * lineHeightOf(TITLE) +
    4 +
    2 * (lineHeightOf(LABEL) + BAR_HEIGHT + 6) +
    keyLines(width, lang).length * lineHeightOf(CAPTION)
  );
}

export function rippleMarks(rows: readonly RippleRow[], rect: Rect, lang: Lang): Mark[] {
  const x = linearScale([0, RIPPLE_SCALE_MAX], [rect.x, rect.x + rect.width]);
  const marks: Mark[] = [];
  const title = textLines("qe-rp-title", titleLines(rect.width, lang), TITLE, rect.x, rect.y);
  marks.push(...title.marks);
  let y = title.bottom + 4;
  for (const row of rows) {
    const total = row.treasuryYield + row.spreadBp / 10_000;
    const prefix = `qe-rp-${row.key}`;
    const label = textLines(
      `${prefix}-label`,
      [labelled(row.label, yieldText(total, lang), lang)],
      LABEL,
      rect.x,
      y,
    );
    marks.push(...label.marks);
    y = label.bottom;
    const split = x(row.treasuryYield);
    const end = x(total);
    marks.push(
      {
        kind: "rect",
        key: `${prefix}-treasury`,
        className: "qe-rp-treasury",
        x: x(0),
        y,
        width: split - x(0),
        height: BAR_HEIGHT,
      },
      {
        kind: "rect",
        key: `${prefix}-spread`,
        className: "qe-rp-spread",
        x: split,
        y,
        width: Math.max(0, end - split),
        height: BAR_HEIGHT,
      },
    );
    const inside = `${qeText.treasuryPart[lang]} ${yieldText(row.treasuryYield, lang)}`;
    if (textWidth(inside, CAPTION) + 8 <= split - x(0)) {
      marks.push({
        kind: "text",
        key: `${prefix}-treasury-label`,
        className: `${CAPTION} qe-on-dark`,
        x: x(0) + 4,
        y: y + BAR_HEIGHT / 2,
        text: inside,
        baseline: "middle",
      });
    }
    const spreadText = `+${bpText(row.spreadBp, lang)}`;
    if (end + 4 + textWidth(spreadText, CAPTION) <= rect.x + rect.width) {
      marks.push({
        kind: "text",
        key: `${prefix}-spread-label`,
        className: CAPTION,
        x: end + 4,
        y: y + BAR_HEIGHT / 2,
        text: spreadText,
        baseline: "middle",
      });
    }
    y += BAR_HEIGHT + 6;
  }
  const lines = keyLines(rect.width, lang);
  const middle = y + lineHeightOf(CAPTION) / 2;
  marks.push({
    kind: "rect",
    key: "qe-rp-key-swatch",
    className: "qe-rp-spread",
    x: rect.x,
    y: middle - SWATCH / 2,
    width: SWATCH,
    height: SWATCH,
  });
  marks.push(...textLines("qe-rp-key", lines, CAPTION, rect.x + SWATCH + 5, y).marks);
  return marks;
}
