// T-account balance sheets of the Fed and of the banks, side by side, with box heights proportional to the
// amounts on one scale for both sheets. What the Fed's purchase added is a highlighted slice of its box.
import type { Lang, Localized } from "../../i18n/locales";
import type { Mark, Rect, TextMark } from "../scene";
import { bankBaseline, bankTotals, fedBaseline, fedTotals } from "./balance-sheets";
import { amountChangeText, compactAmountText } from "./qe-format";
import { qeTemplates, qeText } from "./steps";
import { PURCHASE_RANGE_BN, type QeState } from "./teaching-model";
import { labelled, lineHeightOf, textLines, textWidth, wrapLines } from "./text-fit";

/**
 * The banks' loans and deposits dwarf everything QE touches, so both are drawn shorter by the same amount (with a
 * zigzag): the banks' two sides still balance on the page, and their drawn total equals the Fed's before QE.
 */
export const BANK_CUT_BN = bankTotals(bankBaseline).assets - fedTotals(fedBaseline).assets;

/** The tallest column the reader can produce: the Fed's assets after the largest purchase. */
export const ACCOUNTS_SCALE_MAX_BN = fedTotals(fedBaseline).assets + PURCHASE_RANGE_BN.max;

/** Below this the boxes get too short for their labels. */
export const ACCOUNTS_MIN_HEIGHT = 220;

export interface AccountItem {
  key: string;
  label: Localized;
  amount: number;
  /** Change from before the purchase (the baseline balance sheets). */
  change: number;
  /** True for the boxes drawn shorter by BANK_CUT_BN. */
  cut: boolean;
  /** Where the slice showing an increase sits: new Fed money is added below; the banks' reserves take the
   * place their Treasuries left, at the top. */
  newAt: "top" | "bottom";
}

export interface AccountSheet {
  key: "fed" | "bank";
  title: Localized;
  columns: Array<{ key: "assets" | "liabilities"; header: Localized; items: AccountItem[] }>;
  total: number;
}

function item(
  key: string,
  label: Localized,
  amount: number,
  before: number,
  extra: Partial<AccountItem> = {},
) {
  return { key, label, amount, change: amount - before, cut: false, newAt: "bottom" as const, ...extra };
}

/** The two balance sheets the model gives, as columns of items in drawing order (top to bottom). */
export function accountSheets(model: QeState): AccountSheet[] {
  const { fed, bank } = model;
  const fed0 = fedBaseline;
  const bank0 = bankBaseline;
  return [
    {
      key: "fed",
      title: qeText.fedTitle,
      total: fedTotals(fed).assets,
      columns: [
        {
          key: "assets",
          header: qeText.assets,
          items: [
            item("treasuries", qeText.treasuries, fed.assets.treasuries, fed0.assets.treasuries),
            item("other", qeText.otherAssets, fed.assets.other, fed0.assets.other),
          ],
        },
        {
          key: "liabilities",
          header: qeText.liabilities,
          items: [
            item("reserves", qeText.reserves, fed.liabilities.reserves, fed0.liabilities.reserves),
            item(
              "cash",
              qeText.cashAndOther,
              fed.liabilities.currencyAndOther,
              fed0.liabilities.currencyAndOther,
            ),
          ],
        },
      ],
    },
    {
      key: "bank",
      title: qeText.bankTitle,
      total: bankTotals(bank).assets,
      columns: [
        {
          key: "assets",
          header: qeText.assets,
          items: [
            item("treasuries", qeText.treasuries, bank.assets.treasuries, bank0.assets.treasuries),
            item("reserves", qeText.reserves, bank.assets.reserves, bank0.assets.reserves, { newAt: "top" }),
            item("loans", qeText.loans, bank.assets.loans, bank0.assets.loans, { cut: true }),
          ],
        },
        {
          key: "liabilities",
          header: qeText.liabilitiesAndEquity,
          items: [
            item(
              "deposits",
              qeText.deposits,
              bank.liabilitiesAndEquity.deposits,
              bank0.liabilitiesAndEquity.deposits,
              {
                cut: true,
              },
            ),
            item(
              "equity",
              qeText.equity,
              bank.liabilitiesAndEquity.equity,
              bank0.liabilitiesAndEquity.equity,
            ),
          ],
        },
      ],
    },
  ];
}

const SHEET_GAP = 12;
const COLUMN_GAP = 6;
const TITLE = "axis-title";
const FOOT = "qe-caption";

export function drawnAmount(item: AccountItem): number {
  return item.cut ? item.amount - BANK_CUT_BN : item.amount;
}

/** Where everything goes at this size: the sheets' rects, the top of the T, and pixels per billion. */
export function accountsFrame(rect: Rect, lang: Lang) {
  const sheetWidth = (rect.width - SHEET_GAP) / 2;
  const columnWidth = (sheetWidth - COLUMN_GAP) / 2;
  // Column headers and box labels share one size: smaller where the columns are narrow.
  const labelClass = columnWidth >= 80 ? "qe-box-label" : "qe-box-label-s";
  const titles = [qeText.fedTitle, qeText.bankTitle].map((t) => wrapLines(t[lang], sheetWidth, TITLE, lang));
  const headers = [qeText.assets, qeText.liabilities, qeText.liabilitiesAndEquity].map((h) =>
    wrapLines(h[lang], columnWidth, labelClass, lang),
  );
  const titleHeight = Math.max(...titles.map((t) => t.length)) * lineHeightOf(TITLE);
  const headerHeight = Math.max(...headers.map((h) => h.length)) * lineHeightOf(labelClass);
  const tTop = rect.y + titleHeight + 2 + headerHeight + 3;
  const cutNote = wrapLines(
    qeTemplates.cutNote[lang](compactAmountText(BANK_CUT_BN, lang)),
    rect.width,
    FOOT,
    lang,
  );
  const footHeight = 6 + lineHeightOf(FOOT) + 4 + cutNote.length * lineHeightOf(FOOT);
  const columnHeight = Math.max(40, rect.y + rect.height - tTop - 3 - footHeight);
  return {
    sheetWidth,
    columnWidth,
    labelClass,
    titles,
    titleHeight,
    tTop,
    cutNote,
    columnHeight,
    pxPerBn: columnHeight / ACCOUNTS_SCALE_MAX_BN,
    sheetX: (i: number) => rect.x + i * (sheetWidth + SHEET_GAP),
  };
}

function zigzag(x: number, width: number, y: number): string {
  const teeth = 6;
  const step = width / teeth;
  const points = Array.from(
    { length: teeth + 1 },
    (_, i) => `${(x + i * step).toFixed(1)},${(y + (i % 2 === 0 ? -3 : 3)).toFixed(1)}`,
  );
  return `M${points.join("L")}`;
}

/** The lines inside a box, as many as fit: the name first, then the amount, then the change. */
function boxLabel(
  key: string,
  it: AccountItem,
  box: Rect,
  reserveTop: number,
  lang: Lang,
  className: string,
): TextMark[] {
  const inner = box.width - 6;
  const lines = [...wrapLines(it.label[lang], inner, className, lang), compactAmountText(it.amount, lang)];
  if (it.change !== 0) lines.push(amountChangeText(it.change, lang));
  const lineHeight = lineHeightOf(className);
  const room = Math.floor((box.height - reserveTop - 4) / lineHeight);
  const shown = lines.slice(0, Math.max(0, room));
  if (shown.some((l) => textWidth(l, className) > inner)) return [];
  const changeLine = it.change !== 0 ? lines.length - 1 : -1;
  return textLines(`${key}-label`, shown, className, box.x + 3, box.y + reserveTop + 2).marks.map((m, i) =>
    i === changeLine ? { ...m, className: `${className} qe-box-change` } : m,
  );
}

export function accountsMarks(model: QeState, rect: Rect, lang: Lang): Mark[] {
  const frame = accountsFrame(rect, lang);
  const boxClass = frame.labelClass;
  const marks: Mark[] = [];
  accountSheets(model).forEach((sheet, s) => {
    const x0 = frame.sheetX(s);
    const prefix = `qe-ac-${sheet.key}`;
    marks.push(...textLines(`${prefix}-title`, frame.titles[s] ?? [], TITLE, x0, rect.y).marks);
    let deepest = 0;
    sheet.columns.forEach((column, c) => {
      const cx = x0 + c * (frame.columnWidth + COLUMN_GAP);
      const header = wrapLines(column.header[lang], frame.columnWidth, boxClass, lang);
      const headerTop = frame.tTop - 3 - header.length * lineHeightOf(boxClass);
      marks.push(...textLines(`${prefix}-${column.key}-header`, header, boxClass, cx, headerTop).marks);
      let y = frame.tTop + 3;
      for (const it of column.items) {
        const key = `${prefix}-${it.key}`;
        const box = { x: cx, y, width: frame.columnWidth, height: drawnAmount(it) * frame.pxPerBn };
        marks.push({ kind: "rect", key, className: `qe-box qe-box-${it.key}`, ...box });
        const slice = Math.max(0, it.change) * frame.pxPerBn;
        if (it.key === "treasuries" || it.key === "reserves") {
          const sliceY = it.newAt === "top" ? box.y : box.y + box.height - slice;
          marks.push({
            kind: "rect",
            key: `${key}-new`,
            className: "qe-box-new",
            x: box.x,
            y: sliceY,
            width: box.width,
            height: slice,
          });
        }
        if (it.cut) {
          marks.push({
            kind: "path",
            key: `${key}-zigzag`,
            className: "qe-zigzag",
            d: zigzag(box.x, box.width, box.y + box.height - 9),
          });
        }
        marks.push(...boxLabel(key, it, box, it.newAt === "top" ? slice : 0, lang, boxClass));
        y += box.height;
      }
      deepest = Math.max(deepest, y);
    });
    const mid = x0 + frame.columnWidth + COLUMN_GAP / 2;
    marks.push({
      kind: "line",
      key: `${prefix}-t-top`,
      className: "qe-t-rule",
      x1: x0,
      y1: frame.tTop,
      x2: x0 + frame.sheetWidth,
      y2: frame.tTop,
    });
    marks.push({
      kind: "line",
      key: `${prefix}-t-stem`,
      className: "qe-t-rule",
      x1: mid,
      y1: frame.tTop,
      x2: mid,
      y2: deepest + 3,
    });
    const totalText = labelled(qeText.eachSide[lang], compactAmountText(sheet.total, lang), lang);
    const footTop = frame.tTop + 3 + frame.columnHeight + 6;
    marks.push(...textLines(`${prefix}-total`, [totalText], FOOT, x0, footTop).marks);
  });
  const noteTop = frame.tTop + 3 + frame.columnHeight + 6 + lineHeightOf(FOOT) + 4;
  marks.push(...textLines("qe-ac-cut-note", frame.cutNote, FOOT, rect.x, noteTop).marks);
  return marks;
}
